// Import: choose a bundle (file dialog, one listed in the shared folder, or one the OS opened with
// the app), read the preview of what it adds and changes by kind, conflicts and workers leaving,
// then Apply or Cancel. A refused bundle says why in plain words; nothing else changed. Reading
// and applying run in a worker (importJob.ts) with a progress bar and a button that stops them,
// the database left as it was.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { BridgeFailureError, memorySource, type FileSource } from '../../../shared/platform/fileStreams';
import { HARMLESS_REFUSALS, keyFingerprint, SyncCancelledError } from '../../../shared/sync';
import { formatItalianDate } from '../../../shared/time/dates';
import { useServices } from '../../app/services';
import { ProgressBar } from '../../ui/ProgressBar';
import { startImport, type ImportJob, type ImportView, type PreviewOutcome } from '../importJob';
import { APPLY_STEPS, PREVIEW_STEPS, type ImportStep } from '../importControl';
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

/** The step under way and how far it is in it (total 0: not measured). */
interface Progress {
  readonly step: ImportStep;
  readonly done: number;
  readonly total: number;
}

/** The bar runs over the steps of the preview, then over those of applying. */
function barOf({ step, done, total }: Progress): { value: number; max: number } {
  const steps = PREVIEW_STEPS.includes(step) ? PREVIEW_STEPS : APPLY_STEPS;
  return { value: steps.indexOf(step) + (total > 0 ? Math.min(done / total, 1) : 0), max: steps.length };
}

export function ImportCard() {
  const { t } = useTranslation();
  const { bridge, programme } = useServices();
  const ctx = useSyncContext();
  const folder = useSharedFolder();
  const errorText = useErrorText();
  const bridgeFailureText = useBridgeFailureText();
  const [progress, setProgress] = useState<Progress | null>(null);
  const busy = progress !== null;
  const [prepared, setPrepared] = useState<ImportView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const knownLabels = useLiveQuery(async () => new Map((await createDevicesRepository(ctx).list()).map((device) => [device.id, device.data.label])), [ctx.db]);

  // The bundle being previewed stays open (applying reads its documents again), and its worker
  // holds what it decoded, until it is applied, cancelled or replaced, or the screen closes.
  const openFile = useRef<FileSource | null>(null);
  const job = useRef<ImportJob | null>(null);
  const dismiss = () => {
    job.current?.close();
    job.current = null;
    void openFile.current?.close();
    openFile.current = null;
    setPrepared(null);
  };
  useEffect(
    () => () => {
      job.current?.close();
      void openFile.current?.close();
    },
    [],
  );
  // An apply under way is let finish before another bundle is read (one the OS opens meanwhile).
  const applying = useRef<Promise<void>>(Promise.resolve());
  const failureText = (error: unknown) => (error instanceof BridgeFailureError ? bridgeFailureText(error.failure) : errorText(error));
  const stopped = (error: unknown) => {
    if (error instanceof SyncCancelledError) setNotice({ kind: 'info', text: t('sync.import.cancelled') });
    else setNotice({ kind: 'error', text: t('sync.import.failed', { reason: failureText(error) }) });
  };

  const read = async (file: FileSource) => {
    dismiss();
    setNotice(null);
    setProgress({ step: 'reading', done: 0, total: file.size });
    openFile.current = file;
    // A bundle the OS opens meanwhile replaces this one: what this one ends with is no longer shown.
    let running: ImportJob | null = null;
    const replaced = () => job.current !== running;
    running = startImport(ctx, file, file.name, {
      onStep: (step) => !replaced() && setProgress({ step, done: 0, total: 0 }),
      onProgress: (done, total) => !replaced() && setProgress((now) => now && { ...now, done, total }),
    });
    job.current = running;
    let outcome: PreviewOutcome;
    try {
      outcome = await running.preview;
    } catch (error) {
      if (replaced()) return;
      setProgress(null);
      dismiss();
      stopped(error);
      return;
    }
    if (replaced()) return;
    setProgress(null);
    if (outcome.ok) setPrepared(outcome.view);
    else {
      dismiss();
      const reason = t(`sync.refusal.${outcome.reason}`);
      setNotice(HARMLESS_REFUSALS.includes(outcome.reason) ? { kind: 'info', text: t('sync.import.harmless', { reason }) } : { kind: 'error', text: t('sync.import.refused', { reason }) });
    }
  };

  // A bundle the OS opened with the app (double-click) is previewed like a chosen one.
  useOfferedBundle((offered) => {
    if ('file' in offered) void applying.current.then(() => read(memorySource(offered.file.name, offered.file.bytes)));
    else setNotice({ kind: 'error', text: t('sync.import.openedFailed', { reason: bridgeFailureText(offered.failure) }) });
  });

  const choose = async () => {
    const file = await openBundleSource(bridge);
    if (file.ok) await read(file.value);
    else if (file.error !== 'cancelled') setNotice({ kind: 'error', text: t('sync.import.failed', { reason: bridgeFailureText(file) }) });
  };

  const apply = () => (applying.current = applyNow());
  const applyNow = async () => {
    const running = job.current;
    if (!prepared || !running) return;
    setProgress({ step: 'sealing', done: 0, total: 0 });
    try {
      const applied = await running.apply();
      if (job.current !== running) return;
      const kept = applied.keptWorkerIds.length;
      setNotice({ kind: 'ok', text: [t('sync.import.applied'), kept > 0 ? t('sync.import.kept', { count: kept }) : ''].filter(Boolean).join(' '), duplicates: prepared.samePersonFiles });
    } catch (error) {
      if (job.current === running) stopped(error);
    } finally {
      // Applied or not, the worker has let go of the bundle: it is chosen again to retry.
      if (job.current === running) {
        dismiss();
        setProgress(null);
      }
    }
  };

  const senderId = prepared?.manifest.sender.deviceId ?? '';
  const announcedDevice = prepared?.announcedDevice?.data;
  const senderLabel = prepared?.senderLabel ?? knownLabels?.get(senderId) ?? senderId;
  const newCounselor = useLiveQuery(async () => {
    const id = announcedDevice?.['counselorId'];
    return typeof id === 'string' ? ((await programme.counselors()).find((c) => c.id === id)?.data.displayName ?? id) : null;
  }, [programme, announcedDevice]);
  const leaving = prepared?.leaving ?? 0;
  const kept = prepared?.kept ?? 0;
  return (
    <section className="card" aria-labelledby="sync-import-title">
      <h2 id="sync-import-title">{t('sync.import.title')}</h2>
      <button type="button" disabled={busy} onClick={() => void choose()}>
        {t('sync.import.choose')}
      </button>
      {folder && <FolderBundles folder={folder} disabled={busy} onOpen={(file) => void read(file)} />}
      {progress && (
        <div className="sync-row" data-testid="import-progress">
          <ProgressBar label={t(`sync.import.steps.${progress.step}`)} {...barOf(progress)} />
          <button type="button" onClick={() => job.current?.cancel()}>
            {t('sync.import.stop')}
          </button>
        </div>
      )}
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
      {prepared && (
        <div className="sync-preview" role="region" aria-labelledby="sync-preview-title">
          <h3 id="sync-preview-title">{t('sync.import.previewTitle', { file: prepared.fileName })}</h3>
          <p>{t('sync.import.from', { sender: senderLabel, date: formatItalianDate(prepared.manifest.createdAt.slice(0, 10)) })}</p>
          {prepared.announcedDevice && (
            <div className="notice" data-testid="new-laptop">
              <p>{t('sync.import.newLaptop', { label: senderLabel, counselor: newCounselor ?? '' })}</p>
              <p>
                {t('sync.import.newLaptopFingerprint')}{' '}
                <strong className="mono">{keyFingerprint(prepared.manifest.sender.signPublicKey)}</strong>
              </p>
            </div>
          )}
          <CountsTable counts={prepared.counts} columns={['added', 'changed', 'unchanged']} />
          {prepared.newConflicts > 0 && <p className="warning">{t('sync.import.conflicts', { count: prepared.newConflicts })}</p>}
          {leaving > 0 && <p className="warning">{t('sync.import.leaving', { count: leaving })}</p>}
          {kept > 0 && <p className="warning">{t('sync.import.kept', { count: kept })}</p>}
          {prepared.samePersonFiles > 0 && (
            <p className="warning" data-testid="import-duplicates">
              {t('duplicates.importNotice', { count: prepared.samePersonFiles })} <Link to={DUPLICATES_PATH}>{t('duplicates.nav')}</Link>
            </p>
          )}
          {/* While applying, the progress bar's own button stops it: one Cancel at a time. */}
          {!busy && (
            <div className="actions">
              <button type="button" className="primary" onClick={() => void apply()}>
                {t('sync.import.apply')}
              </button>
              <button type="button" onClick={dismiss}>
                {t('sync.import.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
