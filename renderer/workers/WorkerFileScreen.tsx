// A worker's file: create or edit, its sections reached from a side index (the address keeps the one
// open), its one history in the timeline. The record is read live, so a status changed on another
// screen (a hiring, an enrolment, a venture launch) shows at once; a form with typed values is kept
// and saved on top of the newer record.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Worker, WorkerInput } from '../../shared/domain/worker';
import { LEAVING_STATUSES } from '../../shared/domain/vocabulary';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { CounselorRecord } from '../db/rows';
import { DuplicatePersonError } from '../db/repositories/errors';
import { WorkerForm } from './form/WorkerForm';
import { GdprPanel } from './GdprPanel';
import { WorkerCaseWork } from '../casework/WorkerCaseWork';
import { WorkerTrainingAndVentures } from '../retraining/WorkerTrainingAndVentures';
import { WorkerCandidacies } from '../candidacies/WorkerCandidacies';
import { WorkerCvPanel } from '../cv/feature';
import { DocumentsSection } from '../documents/DocumentsSection';
import { WorkerPaperworkPanel } from '../paperwork/WorkerPaperworkPanel';
import { DeleteWorkerButton } from './DeleteWorkerButton';
import { ParticipationNotice } from './ParticipationNotice';
import { DraftRestoredNotice } from '../ui/DraftRestoredNotice';
import { RecordNotFound } from '../ui/RecordNotFound';
import { ErrorBanner } from '../ui/ErrorBanner';
import { rebaseEdits, useRecordWithDraft } from '../ui/useRecordWithDraft';
import { sectionOf } from './fileSections';
import { FileIndex } from './FileIndex';
import { FileSection, useRevealSection } from './FileSection';
import './workerFile.css';

export function emptyWorker(counselorId: string): WorkerInput {
  return {
    surname: '', name: '', codiceFiscale: '', birthDate: '', sex: '' as WorkerInput['sex'], birthplaceCode: '', residenceCode: '',
    address: '', phone: '', email: '', enrolmentDate: todayIso(), privacyConsentDate: '',
    profilingBand: '', profilingDate: '', cigsPeriods: [],
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
  const loaded = useRecordWithDraft({
    draftKey,
    // Opening is audited once; the live re-reads are not.
    load: async () => ({ row: id ? await workers.open(id) : null, extra: { counselors: await programme.counselors() } as { counselors: CounselorRecord[] } }),
    formValues: (row) => row?.data ?? emptyWorker(session.role === 'counselor' ? session.counselorId : ''),
    reread: (row) => workers.get(row.id),
    deps: [id, workers, programme, session],
  });
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [params] = useSearchParams();
  const section = sectionOf(params.get('section'));
  useRevealSection(section, loaded.state === 'ready');

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state !== 'ready') {
    return <RecordNotFound message={t(loaded.state === 'forbidden' ? 'worker.notAllowed' : 'worker.notFound')} backTo="/workers" backLabel={t('worker.backToList')} />;
  }

  const { row, base } = loaded;
  const changedElsewhere = row !== null && base !== null && row !== base;
  const save = async (typed: Worker): Promise<boolean> => {
    setDuplicateOf(null);
    setSaved(false);
    setFailure(null);
    // Typed over an older version of the record: only the fields the user changed are applied.
    const worker = changedElsewhere ? rebaseEdits(base.data, row.data, typed) : typed;
    const leavingNow = LEAVING_STATUSES.includes(worker.status) && row?.data.status !== worker.status;
    if (leavingNow && !window.confirm(t('worker.statusConfirm', { status: t(`vocab.status.${worker.status}`) }))) return false;
    try {
      const stored = row ? await workers.update(row.id, worker) : await workers.create(worker);
      await drafts.discard(draftKey);
      setSaved(true);
      if (row) loaded.saved(stored);
      else navigate(`/workers/${stored.id}`, { replace: true });
      return true;
    } catch (error) {
      if (error instanceof DuplicatePersonError) setDuplicateOf(error.existingId);
      else setFailure(error);
      return false;
    }
  };

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void loaded.discardDraft()} />}
      {changedElsewhere && (
        <p role="status" className="notice">
          {t('worker.changedElsewhere', { status: t(`vocab.status.${row.data.status}`) })}
        </p>
      )}
      {duplicateOf && (
        <p role="alert" className="error-banner">
          {t('worker.duplicate')} <Link to={`/workers/${duplicateOf}`}>{t('worker.openExisting')}</Link>
        </p>
      )}
      <ErrorBanner error={failure} />
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
        {row && (
          <span className={`badge status-${row.data.status}`} data-testid="worker-file-status">
            {t('worker.currentStatus', { status: t(`vocab.status.${row.data.status}`) })}
          </span>
        )}
        {row && <Link to={`/workers/${row.id}/matching`}>{t('matching.link.worker')}</Link>}
        <Link to="/workers">{t('worker.backToList')}</Link>
      </div>
      {row && <ParticipationNotice worker={row.data} />}
      <div className="worker-layout file-layout">
        <FileIndex saved={row !== null} current={section} />
        <div className="main-column">
          <WorkerForm key={loaded.formKey} initial={loaded.initial} counselors={loaded.extra.counselors} draftKey={draftKey} onSave={save} status={status} onDirtyChange={loaded.setDirty} />
          {row && (
            <>
              <WorkerCaseWork worker={row} />
              <FileSection section="formazione">
                <WorkerTrainingAndVentures worker={row} />
              </FileSection>
              <FileSection section="cv">
                <WorkerCvPanel worker={row} />
              </FileSection>
              <FileSection section="candidature">
                <WorkerCandidacies worker={row} />
              </FileSection>
              <FileSection section="documenti">
                <DocumentsSection owner={{ kind: 'worker', id: row.id }} workerId={row.id} />
              </FileSection>
              <FileSection section="modulistica">
                <WorkerPaperworkPanel worker={row} />
              </FileSection>
              <FileSection section="privacy">
                <GdprPanel worker={row} />
                <DeleteWorkerButton worker={row} />
              </FileSection>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
