// Impostazioni → Spazio: what the app's data takes on this laptop and what is left (the browser's
// estimate), what the documents weigh, and whether the browser may clear the data when the disk
// runs low (the web build asks it not to; the desktop app keeps its data anyway).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatBytes, spaceAvailable, type SpaceEstimate } from '../../shared/storage/space';
import type { AppInfo } from '../../shared/platform/desktopBridge';
import { useServices } from '../app/services';
import { documentUsage } from '../documents/documentRepository';
import { readEstimate, readPersistence, requestPersistence, type Persistence } from './space';
import './storage.css';

/** Below this much left, the card says space is running out (a few dozen scans). */
const LOW_SPACE_BYTES = 200 * 1024 * 1024;

function PersistenceNote({ kind }: { kind: AppInfo['kind'] }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Persistence | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (kind === 'web') void readPersistence().then(setState);
  }, [kind]);

  if (kind === 'electron') return <p>{t('storage.persistentDesktop')}</p>;
  if (state === null) return null;
  if (state === 'unavailable') return <p>{t('storage.persistUnavailable')}</p>;
  if (state === 'persisted') return <p data-testid="storage-persistence">{t('storage.persisted')}</p>;
  const ask = async () => {
    const answer = await requestPersistence();
    setState(answer);
    setRefused(answer === 'notPersisted');
  };
  return (
    <>
      <p data-testid="storage-persistence">{t('storage.notPersisted')}</p>
      <button type="button" onClick={() => void ask()}>
        {t('storage.askPersist')}
      </button>
      {refused && (
        <p role="alert" className="error-banner">
          {t('storage.refused')}
        </p>
      )}
    </>
  );
}

export function StorageCard() {
  const { t, i18n } = useTranslation();
  const { db, bridge } = useServices();
  const documents = useLiveQuery(() => documentUsage(db), [db]);
  const [estimate, setEstimate] = useState<SpaceEstimate | null | undefined>(undefined);
  const [kind, setKind] = useState<AppInfo['kind'] | null>(null);
  // Read again when the documents change: they are what makes the store grow.
  useEffect(() => {
    void readEstimate().then(setEstimate);
  }, [documents?.bytes]);
  useEffect(() => {
    void bridge.getAppInfo().then((info) => setKind(info.kind));
  }, [bridge]);

  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const available = estimate === undefined ? null : spaceAvailable(estimate);
  const used = estimate?.usage ?? 0;
  const quota = estimate?.quota ?? 0;

  return (
    <section className="card storage-card" aria-labelledby="settings-storage" data-testid="storage-card">
      <h2 id="settings-storage">{t('storage.title')}</h2>
      <p className="storage-intro">{t('storage.intro')}</p>
      {estimate !== undefined && available === null && <p>{t('storage.unknown')}</p>}
      {available !== null && (
        <>
          <meter className="storage-meter" min={0} max={quota} value={used} aria-label={t('storage.meter')} />
          <dl className="storage-figures">
            <dt>{t('storage.used')}</dt>
            <dd data-testid="storage-used">{size(used)}</dd>
            <dt>{t('storage.available')}</dt>
            <dd data-testid="storage-available">{size(available)}</dd>
            <dt>{t('storage.quota')}</dt>
            <dd>{size(quota)}</dd>
            {documents && (
              <>
                <dt>{t('storage.documents')}</dt>
                <dd data-testid="storage-documents">{t('storage.documentsCount', { count: documents.count, size: size(documents.bytes) })}</dd>
              </>
            )}
          </dl>
          {available < LOW_SPACE_BYTES && (
            <p role="status" className="notice">
              {t('storage.low', { size: size(available) })}
            </p>
          )}
        </>
      )}
      <h3>{t('storage.persistence')}</h3>
      {kind && <PersistenceNote kind={kind} />}
    </section>
  );
}
