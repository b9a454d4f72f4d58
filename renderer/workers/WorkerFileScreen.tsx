// A worker's file: create or edit, with the status history beside it.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Worker, WorkerInput } from '../../shared/domain/worker';
import { LEAVING_STATUSES } from '../../shared/domain/vocabulary';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { CounselorRecord, WorkerRecord } from '../db/rows';
import { DuplicatePersonError, NotAllowedError } from '../db/repositories/errors';
import { WorkerForm } from './form/WorkerForm';
import { StatusHistory } from './StatusHistory';
import { GdprPanel } from './GdprPanel';
import { WorkerCaseWork } from '../casework/WorkerCaseWork';
import { WorkerTrainingAndVentures } from '../retraining/WorkerTrainingAndVentures';
import { WorkerCandidacies } from '../candidacies/WorkerCandidacies';
import { WorkerCvPanel } from '../cv/feature';
import { DeleteWorkerButton } from './DeleteWorkerButton';
import { DraftRestoredNotice } from '../ui/DraftRestoredNotice';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' | 'forbidden'; key: string }
  | { state: 'ready'; key: string; row: WorkerRecord | null; initial: WorkerInput; draftRestored: boolean; counselors: CounselorRecord[] };

export function emptyWorker(counselorId: string): WorkerInput {
  return {
    surname: '', name: '', codiceFiscale: '', birthDate: '', sex: '' as WorkerInput['sex'], birthplaceCode: '', residenceCode: '',
    address: '', phone: '', email: '', enrolmentDate: todayIso(), privacyConsentDate: '', cigsPeriods: [],
    primaryTrack: '' as WorkerInput['primaryTrack'], secondaryTracks: [], status: 'active', exitReason: undefined, counselorId,
    formerRole: '', department: '', yearsAtPlant: undefined, educationLevel: '' as WorkerInput['educationLevel'], licences: [], languages: [], skills: [],
    commuteLimitKm: undefined, preferredContracts: [], refusedContracts: [], acceptedShifts: [], availableFrom: '',
    protectedCategory: false, protectedCategoryNote: '',
  };
}

export function WorkerFileScreen() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workers, drafts, session, programme } = useServices();
  const draftKey = `worker:${id ?? 'new'}`;
  const [result, setLoaded] = useState<Loaded>({ state: 'loading' });
  // A result for another file (the route changed) counts as still loading.
  const loaded: Loaded = result.state !== 'loading' && result.key === draftKey ? result : { state: 'loading' };
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const draft = (await drafts.load(draftKey)) as WorkerInput | undefined;
      const row = id ? await workers.open(id) : null;
      // Loaded before the form renders, so the counselor select shows the stored choice.
      const counselors = await programme.counselors();
      const initial = draft ?? row?.data ?? emptyWorker(session.role === 'counselor' ? session.counselorId : '');
      if (!cancelled) setLoaded({ state: 'ready', key: draftKey, row, initial, draftRestored: draft !== undefined, counselors });
    })().catch((error: unknown) => {
      if (!cancelled) setLoaded({ state: error instanceof NotAllowedError ? 'forbidden' : 'missing', key: draftKey });
    });
    return () => {
      cancelled = true;
    };
  }, [id, draftKey, workers, drafts, session, programme]);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state !== 'ready') {
    return (
      <section className="screen">
        <p role="alert" className="error-banner">{t(loaded.state === 'forbidden' ? 'worker.notAllowed' : 'worker.notFound')}</p>
        <Link to="/workers">{t('worker.backToList')}</Link>
      </section>
    );
  }

  const { row } = loaded;
  const save = async (worker: Worker): Promise<boolean> => {
    setDuplicateOf(null);
    setSaved(false);
    const leavingNow = LEAVING_STATUSES.includes(worker.status) && row?.data.status !== worker.status;
    if (leavingNow && !window.confirm(t('worker.statusConfirm', { status: t(`vocab.status.${worker.status}`) }))) return false;
    try {
      const stored = row ? await workers.update(row.id, worker) : await workers.create(worker);
      await drafts.discard(draftKey);
      setSaved(true);
      if (row) setLoaded({ ...loaded, row: stored, initial: stored.data, draftRestored: false });
      else navigate(`/workers/${stored.id}`, { replace: true });
      return true;
    } catch (error) {
      if (!(error instanceof DuplicatePersonError)) throw error;
      setDuplicateOf(error.existingId);
      return false;
    }
  };
  const discardDraft = async () => {
    await drafts.discard(draftKey);
    setLoaded({ ...loaded, initial: row?.data ?? emptyWorker(loaded.initial.counselorId), draftRestored: false });
  };

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void discardDraft()} />}
      {duplicateOf && (
        <p role="alert" className="error-banner">
          {t('worker.duplicate')} <Link to={`/workers/${duplicateOf}`}>{t('worker.openExisting')}</Link>
        </p>
      )}
      {saved && (
        <p role="status" className="notice success">
          {t('worker.saved')}
        </p>
      )}
    </>
  );

  return (
    <section className="screen worker-file" aria-labelledby="worker-title">
      <div className="screen-header">
        <h1 id="worker-title">{row ? t('worker.editTitle', { name: `${row.data.surname} ${row.data.name}` }) : t('worker.newTitle')}</h1>
        <Link to="/workers">{t('worker.backToList')}</Link>
      </div>
      <div className="worker-layout">
        <div className="main-column">
        <WorkerForm key={`${row?.id ?? 'new'}:${row?.updatedAt ?? ''}:${loaded.draftRestored}`} initial={loaded.initial} counselors={loaded.counselors} draftKey={draftKey} onSave={save} status={status} />
        {row && <WorkerCaseWork worker={row} />}
        {row && <WorkerTrainingAndVentures worker={row} />}
        {row && <WorkerCvPanel worker={row} />}
        {row && <WorkerCandidacies worker={row} onWorkerChanged={(stored) => setLoaded({ ...loaded, row: stored, initial: stored.data, draftRestored: false })} />}
        </div>
        {row && (
          <aside className="side-column">
            <StatusHistory workerId={row.id} />
            <GdprPanel worker={row} />
            <DeleteWorkerButton worker={row} />
          </aside>
        )}
      </div>
    </section>
  );
}
