import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppInfo } from '../../shared/platform/desktopBridge';
import { useServices } from '../app/services';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { SecuritySettings } from './SecuritySettings';
import { CounselorsCard } from './CounselorsCard';
import { ProgrammeCigsCard } from './ProgrammeCigsCard';
import { ProgrammeTextsCard } from '../paperwork/ProgrammeTextsCard';
import { StorageCard } from '../storage/StorageCard';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { bridge, programme, session } = useServices();
  const current = useLiveQuery(() => programme.get(), [programme]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void bridge.getAppInfo().then(setInfo);
  }, [bridge]);

  return (
    <section className="screen settings" aria-labelledby="settings-title">
      <div className="screen-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </div>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <LanguageSwitch />
      </section>
      <SecuritySettings />
      {current && (
        <section className="card" aria-labelledby="settings-programme">
          <h2 id="settings-programme">{t('settings.programme')}</h2>
          <p>
            <strong>{t('settings.programmeName')}:</strong> {current.data.name}
          </p>
        </section>
      )}
      <ProgrammeCigsCard />
      <ProgrammeTextsCard />
      <CounselorsCard />
      <StorageCard />
      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        {info && <p>{t('settings.appKind', { version: info.version, kind: t(`settings.kinds.${info.kind}`), platform: info.platform })}</p>}
        <p>{t('settings.device', { id: session.deviceId })}</p>
      </section>
    </section>
  );
}
