// Import: choose a bundle (file dialog, one listed in the shared folder, or one the OS opened with
// the app), read the preview of what it adds and changes by kind, conflicts and workers leaving,
// then Apply or Cancel. A refused bundle says why in plain words; nothing else changed.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { BridgeFailureError, memorySource, type FileSource } from '../../../shared/platform/fileStreams';
import { HARMLESS_REFUSALS, keyFingerprint } from '../../../shared/sync';
import { formatItalianDate } from '../../../shared/time/dates';
import { useServices } from '../../app/services';
import { ProgressBar } from '../../ui/ProgressBar';
import { prepareImport, type PreparedImport } from '../importBundle';
import { applyImport } from '../applyBundle';
import { createDevicesRepository } from '../devicesRepository';
import { openBundleSource } from '../transport';
import { useErrorText, useSharedFolder, useSyncContext } from '../useSync';
import { useOfferedBundle } from '../useOpenedBundle';
import { Link } from 'react-router-dom';
import { DUPLICATES_PATH } from '../../workers/duplicates/feature';
import { useBridgeFailureText } from '../folderAccess';
import { CountsTable } from './CountsTable';
import { FolderBundles } from './FolderBundles';

/** `duplicates`: after an import that brought files of people already here, the count to merge in Doppioni. */
type Notice = { kind: 'ok' | 'info' | 'error'; text: string; duplicates?: number };

export function ImportCard() {
  const { t } = useTranslation();
  const { bridge, programme } = useServices();
  const ctx = useSyncContext();
  const folder = useSharedFolder();
  const errorText = useErrorText();
  const bridgeFailureText = useBridgeFailureText();
  const [busy, setBusy] = useState(false);
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const knownLabels = useLiveQuery(async () => new Map((await createDevicesRepository(ctx).list()).map((device) => [device.id, device.data.label])), [ctx.db]);

  // The bundle being previewed stays open (applying reads its documents again) until it is
  // applied, cancelled or replaced, or the screen closes.
  const openFile = useRef<FileSource | null>(null);
  const release = () => {
    void openFile.current?.close();
    openFile.current = null;
  };
  useEffect(() => release, []);
  const dismiss = () => {
    release();
    setPrepared(null);
  };

  const read = async (file: FileSource) => {
    setBusy(true);
    dismiss();
    setNotice(null);
    openFile.current = file;
    try {
      const outcome = await prepareImport(ctx, file, file.name);
      if (outcome.ok) setPrepared(outcome);
      else {
        release();
        const reason = t(`sync.refusal.${outcome.reason}`);
        setNotice(HARMLESS_REFUSALS.includes(outcome.reason) ? { kind: 'info', text: t('sync.import.harmless', { reason }) } : { kind: 'error', text: t('sync.import.refused', { reason }) });
      }
    } catch (error) {
      release();
      setNotice({ kind: 'error', text: t('sync.import.failed', { reason: failureText(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const failureText = (error: unknown) => (error instanceof BridgeFailureError ? bridgeFailureText(error.failure) : errorText(error));

  // A bundle the OS opened with the app (double-click) is previewed like a chosen one.
  useOfferedBundle((offered) => {
    if ('file' in offered) void read(memorySource(offered.file.name, offered.file.bytes));
    else setNotice({ kind: 'error', text: t('sync.import.openedFailed', { reason: bridgeFailureText(offered.failure) }) });
  });

  const choose = async () => {
    const file = await openBundleSource(bridge);
    if (file.ok) await read(file.value);
    else if (file.error !== 'cancelled') setNotice({ kind: 'error', text: t('sync.import.failed', { reason: bridgeFailureText(file) }) });
  };

  const apply = async () => {
    if (!prepared) return;
    setBusy(true);
    try {
      const applied = await applyImport(ctx, prepared);
      const kept = applied.keptWorkerIds.length;
      setNotice({ kind: 'ok', text: [t('sync.import.applied'), kept > 0 ? t('sync.import.kept', { count: kept }) : ''].filter(Boolean).join(' '), duplicates: prepared.samePersonFiles });
      dismiss();
    } catch (error) {
      setNotice({ kind: 'error', text: t('sync.import.failed', { reason: failureText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const preview = prepared?.preview;
  const senderId = prepared?.bundle.manifest.sender.deviceId ?? '';
  const announcedDevice = prepared?.bundle.announcedDevice?.data;
  const announced = prepared?.bundle.content.records.devices?.find((device) => device.id === senderId)?.data['label'];
  const senderLabel = typeof announced === 'string' ? announced : (knownLabels?.get(senderId) ?? senderId);
  const newCounselor = useLiveQuery(async () => {
    const id = announcedDevice?.['counselorId'];
    return typeof id === 'string' ? ((await programme.counselors()).find((c) => c.id === id)?.data.displayName ?? id) : null;
  }, [programme, announcedDevice]);
  const leaving = preview?.purge?.workerIds.length ?? 0;
  const kept = preview?.purge?.kept.length ?? 0;
  return (
    <section className="card" aria-labelledby="sync-import-title">
      <h2 id="sync-import-title">{t('sync.import.title')}</h2>
      <button type="button" disabled={busy} onClick={() => void choose()}>
        {t('sync.import.choose')}
      </button>
      {folder && <FolderBundles folder={folder} disabled={busy} onOpen={(file) => void read(file)} />}
      {busy && <ProgressBar label={t('sync.import.reading')} value={0} max={1} />}
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'error-banner' : 'notice'}>
          {notice.text}
          {notice.duplicates ? (
            <>
              {' '}
              <Link to={DUPLICATES_PATH}>{t('duplicates.listLink', { count: notice.duplicates })}</Link>
            </>
          ) : null}
        </p>
      )}
      {prepared && preview && (
        <div className="sync-preview" role="region" aria-labelledby="sync-preview-title">
          <h3 id="sync-preview-title">{t('sync.import.previewTitle', { file: prepared.fileName })}</h3>
          <p>{t('sync.import.from', { sender: senderLabel, date: formatItalianDate(prepared.bundle.manifest.createdAt.slice(0, 10)) })}</p>
          {prepared.bundle.announcedDevice && (
            <div className="notice" data-testid="new-laptop">
              <p>{t('sync.import.newLaptop', { label: senderLabel, counselor: newCounselor ?? '' })}</p>
              <p>
                {t('sync.import.newLaptopFingerprint')}{' '}
                <strong className="mono">{keyFingerprint(prepared.bundle.manifest.sender.signPublicKey)}</strong>
              </p>
            </div>
          )}
          <CountsTable counts={preview.counts} columns={['added', 'changed', 'unchanged']} />
          {preview.newConflicts > 0 && <p className="warning">{t('sync.import.conflicts', { count: preview.newConflicts })}</p>}
          {leaving > 0 && <p className="warning">{t('sync.import.leaving', { count: leaving })}</p>}
          {kept > 0 && <p className="warning">{t('sync.import.kept', { count: kept })}</p>}
          {prepared.samePersonFiles > 0 && (
            <p className="warning" data-testid="import-duplicates">
              {t('duplicates.importNotice', { count: prepared.samePersonFiles })} <Link to={DUPLICATES_PATH}>{t('duplicates.nav')}</Link>
            </p>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
              {t('sync.import.apply')}
            </button>
            <button type="button" disabled={busy} onClick={dismiss}>
              {t('sync.import.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
