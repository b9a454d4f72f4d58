// Export: choose the receiver (the coordinator chooses a counselor laptop; a counselor sends to the
// coordinator), watch the progress, then read the summary: counts by kind, size, SHA-256.
import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { ProgressBar } from '../../ui/ProgressBar';
import { Field } from '../../ui/Field';
import { exportTargets, recordExport, type ExportStep } from '../exportBundle';
import { startExport, type RunningExport } from '../exportJob';
import { SyncCancelledError } from '../../../shared/sync';
import { BridgeFailureError } from '../../../shared/platform/fileStreams';
import { formatBytes, openBundleSink } from '../transport';
import { useErrorText, useSharedFolder, useSyncContext } from '../useSync';
import { useBridgeFailureText } from '../folderAccess';
import { CountsTable } from './CountsTable';
import { destinationFolder, destinationKey, destinationsOf, useRemovableDrives, type Destination } from '../destinations';

const STEPS: ExportStep[] = ['collecting', 'encrypting', 'writing'];

interface Summary {
  location: string;
  counts: Record<string, number>;
  bytes: number;
  sha256: string;
}

export function ExportCard() {
  const { t, i18n } = useTranslation();
  const { bridge, programme } = useServices();
  const ctx = useSyncContext();
  const folder = useSharedFolder();
  const errorText = useErrorText();
  const failureText = useBridgeFailureText();
  const targets = useLiveQuery(() => exportTargets(ctx), [ctx.db]);
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const [chosen, setChosen] = useState('');
  const destinations = destinationsOf(useRemovableDrives(bridge));
  const [destinationChoice, setDestinationChoice] = useState('default');
  const destination: Destination = destinations.find((d) => destinationKey(d) === destinationChoice) ?? { kind: 'default' };
  const [step, setStep] = useState<ExportStep | null>(null);
  // Plaintext written of the total, once the payload is measured: the bar moves within the step.
  const [bytes, setBytes] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<RunningExport | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const target = chosen || targets?.[0]?.id || '';
  const name = (counselorId: string) => counselors?.find((c) => c.id === counselorId)?.data.displayName ?? '';

  const run = async () => {
    setSummary(null);
    setMessage(null);
    try {
      // The file is asked for first, then the bundle is made in a worker and written into it as it comes.
      const job = startExport(ctx, target, (fileName) => openBundleSink(bridge, destinationFolder(destination, folder ?? null), fileName), { onStep: setStep, onBytes: (done, total) => setBytes({ done, total }) });
      running.current = job;
      const written = await job.result;
      if (!written.ok) {
        setMessage(written.error === 'cancelled' ? t('sync.export.cancelled') : t('sync.export.failed', { reason: failureText(written) }));
        return;
      }
      const { value } = written;
      await recordExport(ctx, value);
      setSummary({ location: value.location, counts: value.manifest.counts, bytes: value.size, sha256: value.fileSha256 });
    } catch (error) {
      if (error instanceof SyncCancelledError) setMessage(t('sync.export.cancelled'));
      else setMessage(t('sync.export.failed', { reason: error instanceof BridgeFailureError ? failureText(error.failure) : errorText(error) }));
    } finally {
      running.current = null;
      setStep(null);
      setBytes(null);
    }
  };

  return (
    <section className="card" aria-labelledby="sync-export-title">
      <h2 id="sync-export-title">{t('sync.export.title')}</h2>
      {targets && targets.length === 0 ? (
        <p>{t('sync.export.noTargets')}</p>
      ) : (
        <div className="sync-row">
          <Field label={t('sync.export.target')}>
            {(control) => (
              <select {...control} value={target} onChange={(event) => setChosen(event.target.value)}>
                {(targets ?? []).map((peer) => (
                  <option key={peer.id} value={peer.id}>
                    {peer.role === 'coordinator' ? t('sync.export.toCoordinator', { label: peer.label }) : t('sync.export.toCounselor', { label: peer.label, name: name(peer.counselorId) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {destinations.length > 1 && (
            <Field label={t('sync.export.destination')}>
              {(control) => (
                <select {...control} value={destinationKey(destination)} onChange={(event) => setDestinationChoice(event.target.value)}>
                  {destinations.map((option) => (
                    <option key={destinationKey(option)} value={destinationKey(option)}>
                      {option.kind === 'drive'
                        ? t('sync.export.toDrive', { label: option.drive.label, size: option.drive.sizeBytes ? formatBytes(option.drive.sizeBytes, i18n.language) : '?' })
                        : folder
                          ? t('sync.export.toFolder')
                          : t('sync.export.toDialog')}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <button type="button" className="primary" disabled={!target || step !== null} onClick={() => void run()}>
            {destination.kind === 'drive' ? t('sync.export.toDriveButton', { label: destination.drive.label }) : folder ? t('sync.export.toFolder') : t('sync.export.button')}
          </button>
        </div>
      )}
      {step && (
        <div className="sync-row">
          <ProgressBar
            label={t(`sync.export.steps.${step}`)}
            value={step === 'encrypting' && bytes && bytes.total > 0 ? STEPS.indexOf(step) + bytes.done / bytes.total : STEPS.indexOf(step) + 1}
            max={STEPS.length}
          />
          <button type="button" onClick={() => running.current?.cancel()}>
            {t('sync.export.stop')}
          </button>
        </div>
      )}
      {message && (
        <p role="alert" className="error-banner">
          {message}
        </p>
      )}
      {summary && (
        <div className="sync-summary" role="status">
          <p>{t('sync.export.summary', { location: summary.location })}</p>
          <CountsTable counts={Object.fromEntries(Object.entries(summary.counts).map(([kind, count]) => [kind, { added: count }]))} columns={['added']} />
          <dl className="sync-facts">
            <dt>{t('sync.export.size')}</dt>
            <dd>{formatBytes(summary.bytes, i18n.language)}</dd>
            <dt>{t('sync.export.sha256')}</dt>
            <dd className="mono" data-testid="export-sha256">
              {summary.sha256}
            </dd>
          </dl>
        </div>
      )}
    </section>
  );
}
