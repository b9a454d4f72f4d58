// One appointment: booked (/agenda/appointments/new?date=…&worker=…) or opened from the agenda or
// Oggi. Saved, it says when and links to its week; it can be cancelled (it stays, marked), and an
// interview can be recorded from it: the worker's file opens with the interview form prefilled.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Appointment, AppointmentInput } from '../../shared/domain/appointment';
import { isRealDate } from '../../shared/domain/primitives';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { intlLocale } from '../../shared/i18n/locale';
import { useServices } from '../app/services';
import { RecordNotFoundError } from '../db/repositories/errors';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useStoredDraft } from '../casework/useDraft';
import { AppointmentForm } from './AppointmentForm';
import { useAppointments } from './useAgenda';
import type { AppointmentRecord } from './appointmentRepository';
import { interviewFromState } from './interviewFromAppointment';
import './agenda.css';

function emptyAppointment(date: string, counselorId: string, workerId: string | null): AppointmentInput {
  return { date, start: '09:00', end: '10:00', type: 'interview', interviewType: '', place: '', workerIds: workerId ? [workerId] : [], employerId: '', counselorId, note: '' };
}

export function AppointmentScreen() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { session, workers, programme, db, codec } = useServices();
  const appointments = useAppointments();
  const isNew = id === undefined || id === 'new';
  const draftKey = `appointment:${isNew ? 'new' : id}`;
  const draft = useStoredDraft<AppointmentInput>(draftKey);
  const record = useLiveQuery<AppointmentRecord | null>(() => (isNew ? Promise.resolve(null) : appointments.get(id).catch((error: unknown) => (error instanceof RecordNotFoundError ? null : Promise.reject(error)))), [appointments, id, isNew]);
  const people = useLiveQuery(() => workers.summaries(), [workers]);
  const employers = useLiveQuery(async () => {
    const rows = await db.employers.filter((row) => !row.deletedAt).toArray();
    const opened = await Promise.all(rows.map((row) => codec.open('employers', row)));
    return opened.map((employer) => ({ id: employer.id, name: employer.data.legalName })).sort((a, b) => a.name.localeCompare(b.name, 'it'));
  }, [db, codec]);
  const counselors = useLiveQuery(async () => (await programme.counselors()).filter((c) => !c.data.deactivatedOn || c.id === session.counselorId), [programme, session.counselorId]);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  if (draft === undefined || record === undefined || !people || !employers || !counselors) return <p>{t('app.loading')}</p>;
  if (!isNew && record === null) {
    return (
      <section className="screen" aria-labelledby="appointment-title">
        <h1 id="appointment-title">{t('agenda.appointment.titleEdit')}</h1>
        <p>{t('agenda.appointment.notFound')}</p>
        <Link to="/agenda">{t('agenda.appointment.back')}</Link>
      </section>
    );
  }

  const dateParam = params.get('date');
  const initial: AppointmentInput = draft ?? record?.data ?? emptyAppointment(dateParam && isRealDate(dateParam) ? dateParam : todayIso(), session.counselorId, params.get('worker'));
  const byId = new Map(people.map((person) => [person.id, person]));
  const workerName = (workerId: string) => {
    const person = byId.get(workerId);
    return person ? `${person.surname} ${person.name}` : t('agenda.hiddenWorkers', { count: 1 });
  };
  const dayTitle = (day: string) => new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00`));
  const weekLink = (appointment: Appointment) => `/agenda?view=week&date=${appointment.date}`;

  const save = async (values: Appointment) => {
    const written = isNew ? await appointments.create(values) : await appointments.update(record?.id ?? '', values);
    setSaved(`${dayTitle(written.data.date)}, ${t('agenda.timeRange', { start: written.data.start, end: written.data.end })}`);
    if (isNew) void navigate(`/agenda/appointments/${written.id}`, { replace: true, state: { saved: true } });
  };

  const cancel = async () => {
    if (!record) return;
    setFailure(null);
    try {
      await appointments.cancel(record.id);
      setConfirming(false);
    } catch (error) {
      setFailure(error);
    }
  };

  const current = record?.data;
  const visibleWorkers = (current?.workerIds ?? []).filter((workerId) => byId.has(workerId));

  return (
    <section className="screen appointment-screen" aria-labelledby="appointment-title">
      <div className="screen-header">
        <h1 id="appointment-title">{isNew ? t('agenda.appointment.titleNew') : t('agenda.appointment.titleEdit')}</h1>
        <Link to={current ? weekLink(current) : '/agenda'}>{t('agenda.appointment.back')}</Link>
      </div>
      {saved && current && (
        <p className="notice success" role="status">
          {t('agenda.appointment.saved', { when: saved })} <Link to={weekLink(current)}>{t('agenda.appointment.showInAgenda')}</Link>
        </p>
      )}
      {current?.cancelledOn && (
        <p className="notice" role="status">
          {t('agenda.appointment.cancelledOn', { date: formatItalianDate(current.cancelledOn) })}
        </p>
      )}
      {current && !current.cancelledOn && visibleWorkers.length > 0 && (
        <div className="appointment-actions">
          {current.interviewId ? (
            <p className="notice success">{t('agenda.appointment.interviewRecorded')}</p>
          ) : (
            visibleWorkers.map((workerId) => (
              <Link key={workerId} className="button" to={`/workers/${workerId}?section=colloqui`} state={interviewFromState(record.id, current)}>
                {visibleWorkers.length > 1 ? t('agenda.appointment.recordInterviewFor', { name: workerName(workerId) }) : t('agenda.appointment.recordInterview')}
              </Link>
            ))
          )}
        </div>
      )}
      <AppointmentForm
        key={record?.id ?? 'new'}
        {...(record ? { id: record.id } : {})}
        initial={initial}
        draftKey={draftKey}
        workers={people}
        employers={employers}
        counselors={counselors.map((counselor) => ({ id: counselor.id, name: counselor.data.displayName }))}
        workerName={workerName}
        onSave={save}
      />
      {current && !current.cancelledOn && (
        <div className="appointment-cancel">
          <ErrorBanner error={failure} />
          {confirming ? (
            <p role="alert">
              {t('agenda.appointment.cancelConfirm')}{' '}
              <button type="button" className="danger" onClick={() => void cancel()}>
                {t('agenda.appointment.cancel')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                {t('casework.interviews.cancel')}
              </button>
            </p>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('agenda.appointment.cancel')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
