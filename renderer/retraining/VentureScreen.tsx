// A worker's business venture: new (from the worker file) or opened. Marking the launch done asks
// for confirmation, then the worker becomes self-employed. Deleting it asks first, naming what it holds.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Venture } from '../../shared/domain/casework';
import { launchedNow } from '../../shared/retraining/venture';
import type { StatusChange } from '../../shared/retraining/status';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import { RefusalBanner, refusalText, StatusChangeNotice } from './refusals';
import { useVentures } from './useRetrainingRepositories';
import { VentureForm } from './VentureForm';
import { toFormValues, type VentureFormValues } from './ventureFormValues';
import { ventureHistoryText } from './deletion';
import { DraftRestoredNotice } from '../ui/DraftRestoredNotice';
import { RecordNotFound } from '../ui/RecordNotFound';
import { useRecordWithDraft } from '../ui/useRecordWithDraft';
import { DocumentsSection } from '../documents/DocumentsSection';

/** What a save tells the screen it navigates to. */
interface SavedState {
  saved: true;
  statusChange?: StatusChange;
}

export function VentureScreen() {
  const { id, workerId } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { drafts, workers } = useServices();
  const ventures = useVentures();
  const draftKey = id ? `venture:${id}` : `venture:new:${workerId ?? ''}`;
  const loaded = useRecordWithDraft({
    draftKey,
    load: async () => {
      const row = id ? await ventures.get(id) : null;
      return { row, extra: { worker: await workers.get(row?.data.workerId ?? workerId ?? '') } as { worker: WorkerRecord } };
    },
    formValues: (row, { worker }): VentureFormValues => toFormValues(worker.id, row?.data),
    deps: [id, workerId, ventures, workers],
  });
  // The worker's status, live: the launch changes it.
  const loadedWorkerId = loaded.state === 'ready' ? loaded.extra.worker.id : '';
  const liveWorker = useLiveQuery(() => (loadedWorkerId ? workers.get(loadedWorkerId).catch(() => undefined) : undefined), [workers, loadedWorkerId]);
  // The route's element is reused from "new" to the saved venture: what a save reports is kept per
  // location, and a fresh location shows what the save that navigated to it said.
  const [reported, setReported] = useState<{ at: string; saved: SavedState | null } | null>(null);
  const saved = reported?.at === location.key ? reported.saved : ((location.state as SavedState | null) ?? null);
  const setSaved = (value: SavedState | null) => setReported({ at: location.key, saved: value });
  const [refusal, setRefusal] = useState<string | null>(null);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state !== 'ready') return <RecordNotFound message={t('retraining.venture.notFound')} backTo="/workers" backLabel={t('worker.backToList')} />;

  const { row } = loaded;
  const worker = liveWorker?.id === loaded.extra.worker.id ? liveWorker : loaded.extra.worker;
  const name = `${worker.data.surname} ${worker.data.name}`;
  const save = async (venture: Venture): Promise<boolean> => {
    setSaved(null);
    setRefusal(null);
    if (launchedNow(row?.data, venture) && worker.data.status !== 'self_employed' && !window.confirm(t('retraining.venture.confirmLaunch', { name }))) return false;
    try {
      const { record, statusChange } = row ? await ventures.update(row.id, venture) : await ventures.create(venture);
      await drafts.discard(draftKey);
      const state: SavedState = statusChange ? { saved: true, statusChange } : { saved: true };
      if (row) {
        setSaved(state);
        loaded.saved(record);
      } else {
        navigate(`/ventures/${record.id}`, { replace: true, state });
      }
      return true;
    } catch (error) {
      const message = refusalText(t, error);
      setRefusal(message);
      return false;
    }
  };
  const remove = async () => {
    if (!row) return;
    setRefusal(null);
    const history = ventureHistoryText(t, row.data);
    if (!window.confirm(history ? t('retraining.venture.deleteConfirmHistory', { name, history }) : t('retraining.venture.deleteConfirm', { name }))) return;
    try {
      await ventures.remove(row.id);
    } catch (error) {
      const message = refusalText(t, error);
      setRefusal(message);
      return;
    }
    await drafts.discard(draftKey);
    navigate(`/workers/${worker.id}`, { replace: true });
  };

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void loaded.discardDraft()} />}
      <RefusalBanner message={refusal} />
      {saved && (
        <p role="status" className="notice success">
          {t('retraining.venture.saved')}
        </p>
      )}
      <StatusChangeNotice change={saved?.statusChange} />
    </>
  );

  return (
    <section className="screen venture-screen" aria-labelledby="venture-title">
      <div className="screen-header">
        <h1 id="venture-title">{row ? t('retraining.venture.editTitle', { name }) : t('retraining.venture.newTitle', { name })}</h1>
        <span className={`badge status-${worker.data.status}`} data-testid="worker-status">
          {t('retraining.status.current', { status: t(`vocab.status.${worker.data.status}`) })}
        </span>
        <Link to={`/workers/${worker.id}`}>{t('retraining.venture.backToWorker')}</Link>
      </div>
      <VentureForm
        key={loaded.formKey}
        initial={loaded.initial}
        draftKey={draftKey}
        onSave={save}
        status={status}
        actions={
          row && (
            <button type="button" className="danger push-end" onClick={() => void remove()}>
              {t('retraining.venture.delete')}
            </button>
          )
        }
      />
      {row && <DocumentsSection owner={{ kind: 'venture', id: row.id }} workerId={worker.id} />}
    </section>
  );
}
