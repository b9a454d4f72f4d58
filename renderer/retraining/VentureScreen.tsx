// A worker's business venture: new (from the worker file) or opened. Marking the launch done asks
// for confirmation, then the worker becomes self-employed.
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Venture } from '../../shared/domain/casework';
import { launchedNow } from '../../shared/retraining/venture';
import type { StatusChange } from '../../shared/retraining/status';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import type { VentureRecord } from '../db/repositories/ventureRepository';
import { RefusalBanner, refusalText, StatusChangeNotice } from './refusals';
import { useVentures } from './useRetrainingRepositories';
import { VentureForm } from './VentureForm';
import { toFormValues, type VentureFormValues } from './ventureFormValues';
import { DraftRestoredNotice } from '../ui/DraftRestoredNotice';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing'; key: string }
  | { state: 'ready'; key: string; worker: WorkerRecord; row: VentureRecord | null; initial: VentureFormValues; draftRestored: boolean };

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
  const [result, setLoaded] = useState<Loaded>({ state: 'loading' });
  const loaded: Loaded = result.state !== 'loading' && result.key === draftKey ? result : { state: 'loading' };
  // The route's element is reused from "new" to the saved venture: what a save reports is kept per
  // location, and a fresh location shows what the save that navigated to it said.
  const [reported, setReported] = useState<{ at: string; saved: SavedState | null } | null>(null);
  const saved = reported?.at === location.key ? reported.saved : ((location.state as SavedState | null) ?? null);
  const setSaved = (value: SavedState | null) => setReported({ at: location.key, saved: value });
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const draft = (await drafts.load(draftKey)) as VentureFormValues | undefined;
      const row = id ? await ventures.get(id) : null;
      const worker = await workers.get(row?.data.workerId ?? workerId ?? '');
      const initial = draft ?? toFormValues(worker.id, row?.data);
      if (!cancelled) setLoaded({ state: 'ready', key: draftKey, worker, row, initial, draftRestored: draft !== undefined });
    })().catch(() => {
      if (!cancelled) setLoaded({ state: 'missing', key: draftKey });
    });
    return () => {
      cancelled = true;
    };
  }, [id, workerId, draftKey, ventures, workers, drafts]);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'missing') {
    return (
      <section className="screen">
        <p role="alert" className="error-banner">{t('retraining.venture.notFound')}</p>
        <Link to="/workers">{t('worker.backToList')}</Link>
      </section>
    );
  }

  const { row, worker } = loaded;
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
        setLoaded({ ...loaded, row: record, initial: toFormValues(worker.id, record.data), draftRestored: false, worker: statusChange ? await workers.get(worker.id) : worker });
      } else {
        navigate(`/ventures/${record.id}`, { replace: true, state });
      }
      return true;
    } catch (error) {
      const message = refusalText(t, error);
      if (!message) throw error;
      setRefusal(message);
      return false;
    }
  };
  const discardDraft = async () => {
    await drafts.discard(draftKey);
    setLoaded({ ...loaded, initial: toFormValues(worker.id, row?.data), draftRestored: false });
  };

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void discardDraft()} />}
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
      <VentureForm key={`${row?.id ?? 'new'}:${row?.updatedAt ?? ''}:${loaded.draftRestored}`} initial={loaded.initial} draftKey={draftKey} onSave={save} status={status} />
    </section>
  );
}
