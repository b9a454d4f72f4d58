// The worker's interviews: the list, most recent first, and the form to record a new one (which
// reopens with its draft after a lock or a reload).
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkerInput } from '../../shared/domain/worker';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import type { InterviewInput, InterviewValues } from '../db/repositories/interviewRepository';
import { useInterviews } from './useCasework';
import { useStoredDraft } from './useDraft';
import { emptyInterview, InterviewForm } from './InterviewForm';
import { InterviewItem } from './InterviewItem';
import { reopenPath, skillsAddedOf } from './reopen';
import { interviewFromOf } from '../agenda/interviewFromAppointment';
import { useAppointments } from '../agenda/useAgenda';
import { LoadingSection } from './LoadingSection';

export function InterviewsSection({ worker }: { worker: WorkerRecord }) {
  const { t } = useTranslation();
  const { drafts } = useServices();
  const interviews = useInterviews();
  const navigate = useNavigate();
  const location = useLocation();
  const draftKey = `interview:${worker.id}`;
  const draft = useStoredDraft<InterviewInput>(draftKey);
  const list = useLiveQuery(() => interviews.list(worker.id), [interviews, worker.id]);
  // "Registra colloquio" from an appointment: the form opens prefilled from it.
  const [from] = useState(() => interviewFromOf(location.state));
  const appointments = useAppointments();
  const [open, setOpen] = useState(from !== undefined);
  // A stored draft opens the form once; after a save or a cancel it is gone.
  const [draftDone, setDraftDone] = useState(false);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  // Read once: the navigation state is then cleared, so a reload does not repeat the notice.
  const [added] = useState(() => skillsAddedOf(location.state));
  const addedNotice = useRef<HTMLParagraphElement>(null);

  // After skills were added the file reopens to show them in the form: bring the notice into view.
  const ready = draft !== undefined && list !== undefined;
  useEffect(() => {
    if (added.length === 0 || !ready) return;
    addedNotice.current?.scrollIntoView({ block: 'center' });
    addedNotice.current?.focus();
    navigate(location.pathname, { replace: true, state: null });
  }, [added.length, ready, navigate, location.pathname]);

  // Shown with its heading while reading, so the file's index has a place to reach and nothing says "none" yet.
  if (draft === undefined || !list) return <LoadingSection className="casework-interviews" title={t('casework.interviews.title')} />;
  const restored = draft !== null && !draftDone ? draft : null;
  const formOpen = open || restored !== null;
  const profileSkills = new Set(worker.data.skills.map((skill) => skill.toLocaleLowerCase('it')));
  const { enrolmentDate } = worker.data;

  const save = async (values: InterviewValues) => {
    const recorded = await interviews.record(worker.id, values);
    if (from) {
      await appointments.linkInterview(from.appointmentId, recorded.id);
      navigate(location.pathname, { replace: true, state: null });
    }
    setOpen(false);
    setDraftDone(true);
    setSaved(true);
  };
  const close = () => {
    setOpen(false);
    setDraftDone(true);
  };
  const addSkills = async (skills: readonly string[]) => {
    setBusy(true);
    try {
      const addedNow = await interviews.addSkillsToProfile(worker.id, skills);
      // Unsaved edits of the worker form are kept, with the new skills in them.
      const formDraft = (await drafts.load(`worker:${worker.id}`)) as WorkerInput | undefined;
      if (formDraft) await drafts.save(`worker:${worker.id}`, { ...formDraft, skills: [...(formDraft.skills ?? []), ...addedNow] });
      navigate(reopenPath(worker.id), { replace: true, state: { skillsAdded: addedNow } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section casework-interviews" aria-labelledby="interviews-title">
      <div className="section-header">
        <h2 id="interviews-title">{t('casework.interviews.title')}</h2>
        {!formOpen && enrolmentDate && (
          <button type="button" onClick={() => setOpen(true)}>
            {t('casework.interviews.add')}
          </button>
        )}
      </div>
      {added.length > 0 && (
        <p className="notice success" role="status" ref={addedNotice} tabIndex={-1}>
          {t('casework.interviews.skillsAdded', { skills: added.join(', ') })}
        </p>
      )}
      {saved && (
        <p className="notice success" role="status">
          {t('casework.interviews.saved')}
        </p>
      )}
      {!enrolmentDate && <p className="hint">{t('casework.interviews.notEnrolled')}</p>}
      {formOpen && enrolmentDate && (
        <>
          {restored !== null && (
            <p className="notice" role="status">
              {t('worker.draftRestored')}
            </p>
          )}
          <InterviewForm enrolmentDate={enrolmentDate} initial={restored ?? emptyInterview(from)} draftKey={draftKey} onSave={save} onClose={close} />
        </>
      )}
      {list.length === 0 ? (
        <p>{t('casework.interviews.none')}</p>
      ) : (
        <ol className="interviews">
          {list.map((interview) => (
            <InterviewItem key={interview.id} interview={interview} profileSkills={profileSkills} busy={busy} onAddSkills={(skills) => void addSkills(skills)} />
          ))}
        </ol>
      )}
    </section>
  );
}
