// Oggi: the day at a glance, the screen the app opens to. Today's appointments (with "Registra
// colloquio" for those still to record), the follow-ups, call-backs and plan activities due today
// or late, the wage guarantees ending within a month and the workers waiting for their consent.
// Every row opens its record.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { computeToday, CIGS_WARNING_DAYS } from '../../shared/agenda/today';
import type { AgendaEntry } from '../../shared/agenda/types';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { intlLocale } from '../../shared/i18n/locale';
import { EntryMarks, EntryWho, entryTime } from '../agenda/AgendaEntryItem';
import { markFirstScreenShown } from '../app/startupMarks';
import { useTodayInput, useViewer } from '../agenda/useAgenda';
import { interviewFromState } from '../agenda/interviewFromAppointment';
import '../agenda/agenda.css';
import './today.css';

const SHOWN = 10;

function Section({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section className="today-section" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {title} <span className="today-count">{count}</span>
      </h2>
      {count === 0 ? <p className="hint">{empty}</p> : children}
    </section>
  );
}

/** A list cut at SHOWN rows, with a button for the rest. */
function Capped<T>({ items, render }: { items: readonly T[]; render: (item: T) => ReactNode }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul className="today-list">{shown.map(render)}</ul>
      {shown.length < items.length && (
        <p>
          {t('today.more', { count: items.length - shown.length })}{' '}
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            {t('today.showAll')}
          </button>
        </p>
      )}
    </>
  );
}

function AppointmentRow({ entry }: { entry: AgendaEntry }) {
  const { t } = useTranslation();
  if (entry.kind === 'meeting') {
    return (
      <li className="today-row agenda-meeting">
        <span className="today-time">{entry.time}</span>
        <Link to="/meetings">{t('agenda.kinds.meeting')}</Link> · {entry.employerName} · <EntryWho entry={entry} />
      </li>
    );
  }
  if (entry.kind !== 'appointment') return null;
  const canRecord = !entry.cancelled && !entry.interviewId && entry.type === 'interview' && entry.workers.length > 0;
  return (
    <li className={`today-row agenda-appointment${entry.cancelled ? ' cancelled' : ''}`}>
      <span className="today-time">{entryTime(entry)}</span>
      <Link to={`/agenda/appointments/${entry.appointmentId}`}>{t(`agenda.types.${entry.type}`)}</Link>
      {entry.workers.length > 0 && ' · '}
      <EntryWho entry={entry} />
      {entry.employerName && ` · ${entry.employerName}`}
      {entry.place && ` · ${entry.place}`} <EntryMarks entry={entry} />
      {canRecord &&
        entry.workers.map((worker) => (
          <Link
            key={worker.id}
            className="button today-record"
            to={`/workers/${worker.id}?section=colloqui`}
            state={interviewFromState(entry.appointmentId, { date: entry.date, interviewType: entry.interviewType, place: entry.place })}
          >
            {entry.workers.length > 1 ? t('agenda.appointment.recordInterviewFor', { name: worker.name }) : t('agenda.appointment.recordInterview')}
          </Link>
        ))}
    </li>
  );
}

function ReminderRow({ entry, late }: { entry: AgendaEntry; late: boolean }) {
  const { t } = useTranslation();
  const detail = entry.kind === 'activityDue' ? entry.title : entry.kind === 'followUp' ? t('agenda.followUpOf', { date: formatItalianDate(entry.interviewOn) }) : entry.kind === 'callBack' ? t('agenda.callBackOf', { date: formatItalianDate(entry.contactOn) }) : '';
  return (
    <li className={`today-row agenda-${entry.kind}${late ? ' overdue' : ''}`} data-testid="today-reminder">
      <span className="today-kind">{t(`agenda.kinds.${entry.kind}`)}</span> <EntryWho entry={entry} />
      {detail && ` · ${detail}`}
      {late && <span className="overdue-badge">{`${t('agenda.overdue')} ${t('today.overdueSince', { date: formatItalianDate(entry.date) })}`}</span>}
    </li>
  );
}

export function TodayScreen() {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const input = useTodayInput(today);
  const viewer = useViewer(null);
  const digest = useMemo(() => (input ? computeToday(input, viewer, today) : undefined), [input, viewer, today]);
  const shown = digest !== undefined;
  useEffect(() => {
    if (shown) markFirstScreenShown();
  }, [shown]);
  const date = new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${today}T12:00:00`));

  return (
    <section className="screen today" aria-labelledby="today-title">
      <div className="screen-header">
        <h1 id="today-title">{t('today.title')}</h1>
        <p className="today-date">{date}</p>
        <Link className="button" to="/agenda">
          {t('today.openAgenda')}
        </Link>
        <Link className="button primary" to={`/agenda/appointments/new?date=${today}`}>
          {t('today.newAppointment')}
        </Link>
      </div>
      {!digest ? (
        <p role="status">{t('today.loading')}</p>
      ) : (
        <div className="today-grid">
          <Section id="today-appointments" title={t('today.appointments')} count={digest.appointments.length} empty={t('today.noAppointments')}>
            <ul className="today-list">
              {digest.appointments.map((entry) => (
                <AppointmentRow key={entry.key} entry={entry} />
              ))}
            </ul>
          </Section>
          <Section id="today-overdue" title={t('today.reminders')} count={digest.overdue.length + digest.dueToday.length} empty={t('today.noneOverdue')}>
            {digest.dueToday.length > 0 && (
              <>
                <h3>{t('today.dueToday')}</h3>
                <Capped items={digest.dueToday} render={(entry) => <ReminderRow key={entry.key} entry={entry} late={false} />} />
              </>
            )}
            {digest.overdue.length > 0 && digest.dueToday.length > 0 && <h3>{t('today.overdue')}</h3>}
            {/* Most recent first: what slipped yesterday before what slipped months ago. */}
            <Capped items={[...digest.overdue].reverse()} render={(entry) => <ReminderRow key={entry.key} entry={entry} late />} />
          </Section>
          <Section id="today-cigs" title={t('today.cigsEnding', { days: CIGS_WARNING_DAYS })} count={digest.cigsEnding.length} empty={t('today.noCigsEnding', { days: CIGS_WARNING_DAYS })}>
            <Capped
              items={digest.cigsEnding}
              render={(worker) => (
                <li key={worker.id} className="today-row">
                  <Link to={`/workers/${worker.id}`}>{worker.name}</Link> · {t('today.cigsEndsOn', { date: formatItalianDate(worker.cigsEnd) })}
                </li>
              )}
            />
          </Section>
          <Section id="today-consent" title={t('today.awaitingConsent')} count={digest.awaitingConsent.length} empty={t('today.noneAwaiting')}>
            <Capped
              items={digest.awaitingConsent}
              render={(worker) => (
                <li key={worker.id} className="today-row">
                  <Link to={`/workers/${worker.id}`}>{worker.name}</Link>
                </li>
              )}
            />
          </Section>
        </div>
      )}
    </section>
  );
}
