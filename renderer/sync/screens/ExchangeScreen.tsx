// Sync, first tab: programme keys (coordinator, once), export, import and the shared folder.
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useMembership } from '../useSync';
import { SyncLayout } from './SyncTabs';
import { SetupCard } from './SetupCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { SharedFolderCard } from './SharedFolderCard';

export function ExchangeScreen() {
  const { t } = useTranslation();
  const { session } = useServices();
  const membership = useMembership();
  if (membership === undefined) return null;
  return (
    <SyncLayout titleKey="exchange">
      <p>{t('sync.intro')}</p>
      {membership === null ? (
        session.role === 'coordinator' ? (
          <SetupCard />
        ) : (
          <p className="notice">{t('sync.notReady.counselor')}</p>
        )
      ) : (
        <div className="sync-grid">
          <ExportCard />
          <ImportCard />
          <SharedFolderCard />
        </div>
      )}
    </SyncLayout>
  );
}
