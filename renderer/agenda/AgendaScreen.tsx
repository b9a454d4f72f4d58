// The counselor's day or week: appointments at their times (moved by dragging or from the
// keyboard), introductory meetings, follow-ups of interviews, employers to call back, action-plan
// activities due, trials, fixed-term contracts and wage guarantees ending. The period and, for the
// coordinator, the counselor whose agenda is shown live in the address (?view=week&date=…&counselor=…).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { computeAgenda } from '../../shared/agenda/agenda';
import { daysOf, periodOf, shiftAnchor, type AgendaView } from '../../shared/agenda/period';
import { buildCalendar } from '../../shared/agenda/ics';
import { isRealIsoDate } from '../../shared/time/days';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { intlLocale } from '../../shared/i18n/locale';
import { useServices } from '../app/services';
import { useErrorText } from '../ui/messages';
import { AgendaToolbar } from './AgendaToolbar';
import { Field } from '../ui/Field';
import { AgendaEntryItem } from './AgendaEntryItem';
import { calendarFileName, calendarItem } from './calendarItems';
import { isTimed, WeekGrid, type AppointmentEntry, type MoveTarget } from './WeekGrid';
import { useAgendaInput, useAgendaReader, useAppointments, useViewer } from './useAgenda';
import { CigsAlertPanel } from '../reports/CigsAlertPanel';
import './agenda.css';

/** On a phone a week of seven columns does not fit: the agenda opens on the day unless the address asks for the week. */
const defaultView = (): AgendaView => (window.matchMedia('(max-width: 600px)').matches ? 'day' : 'week');

type Message = { key: 'exported' | 'exportCancelled' | 'exportFailed'; file?: string } | { text: string };

export function AgendaScreen() {
  const { t, i18n } = useTranslation();
  const { session, bridge, programme } = useServices();
  const errorText = useErrorText();
  const reader = useAgendaReader();
  const appointments = useAppointments();
  const [params, setParams] = useSearchParams();
  const asked = params.get('view');
  const view: AgendaView = asked === 'day' || asked === 'week' ? asked : defaultView();
  const dateParam = params.get('date');
  const anchor = isRealIsoDate(dateParam) ? dateParam : todayIso();
  const counselorParam = session.role === 'coordinator' ? params.get('counselor') : null;
  const viewer = useViewer(counselorParam);
  const period = useMemo(() => periodOf(view, anchor), [view, anchor]);
  const input = useAgendaInput();
  const counselors = useLiveQuery(() => (session.role === 'coordinator' ? programme.counselors() : Promise.resolve([])), [programme, session.role]);
  const entries = useMemo(() => (input ? computeAgenda(input, period, viewer, todayIso()) : undefined), [input, period, viewer]);
  // Kept as a key, so the message follows a change of language; a move's announcement is a sentence.
  const [message, setMessage] = useState<Message | null>(null);
  const [exporting, setExporting] = useState(false);
  // The appointment just moved from the keyboard keeps the focus, wherever it lands.
  const [focusId, setFocusId] = useState<string | null>(null);

  const go = useCallback(
    (next: { view?: AgendaView; date?: string; counselor?: string }) => {
      const counselor = next.counselor ?? counselorParam ?? '';
      setParams({ view: next.view ?? view, date: next.date ?? anchor, ...(counselor ? { counselor } : {}) }, { replace: true });
    },
    [setParams, view, anchor, counselorParam],
  );
  const step = useCallback((by: number) => go({ date: shiftAnchor(view, anchor, by) }), [go, view, anchor]);
  const today = useCallback(() => go({ date: todayIso() }), [go]);
  const changeView = useCallback((next: AgendaView) => go({ view: next }), [go]);

  const locale = intlLocale(i18n.language);
  const dayTitle = (day: string) => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00`));
  const dayShort = (day: string) => `${new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(new Date(`${day}T12:00:00`))} ${formatItalianDate(day).slice(0, 5)}`;
  const title = view === 'day' ? dayTitle(anchor) : t('agenda.weekOf', { start: formatItalianDate(period.start), end: formatItalianDate(period.end) });
  const counselorName = counselors?.find((counselor) => counselor.id === counselorParam)?.data.displayName;

  useEffect(() => {
    if (!focusId) return;
    const element = document.querySelector<HTMLElement>(`[data-appointment-id="${focusId}"]`);
    if (element && document.activeElement !== element) element.focus();
  }, [entries, focusId]);

  const move = async (entry: AppointmentEntry, to: MoveTarget) => {
    try {
      await appointments.move(entry.appointmentId, to);
      const conflicts = await appointments.conflictsOf({ id: entry.appointmentId, counselorId: entry.counselorId, ...to });
      const what = [t(`agenda.types.${entry.type}`), entry.workers.map((worker) => worker.name).join(', ')].filter(Boolean).join(' ');
      const when = `${dayTitle(to.date)}, ${t('agenda.timeRange', { start: to.start, end: to.end })}`;
      setMessage({ text: t(conflicts.length > 0 ? 'agenda.appointment.movedWithConflict' : 'agenda.appointment.moved', { what, when }) });
      setFocusId(entry.appointmentId);
      // A move to another week follows the appointment there.
      if (to.date < period.start || to.date > period.end) go({ date: to.date });
    } catch (error) {
      setMessage({ text: errorText(error) });
    }
  };

  const exportCalendar = async () => {
    if (!entries) return;
    setExporting(true);
    try {
      const text = buildCalendar(
        entries.map((entry) => calendarItem(entry, t)),
        { name: `${t('agenda.calendarName')} ${formatItalianDate(period.start)}`, stamp: new Date() },
      );
      const result = await bridge.saveFile({ suggestedName: calendarFileName(period.start, period.end), bytes: new TextEncoder().encode(text), filters: [{ name: 'iCalendar', extensions: ['ics'] }] });
      if (result.ok) await reader.recordExport(period);
      setMessage(result.ok ? { key: 'exported', file: result.value.location } : { key: result.error === 'cancelled' ? 'exportCancelled' : 'exportFailed' });
    } finally {
      setExporting(false);
    }
  };

  const scope = counselorName ? t('agenda.scopeOf', { name: counselorName }) : session.role === 'coordinator' ? t('agenda.scopeAll') : t('agenda.scopeOwn');
  const newLink = `/agenda/appointments/new?date=${view === 'day' || (todayIso() >= period.start && todayIso() <= period.end) ? (view === 'day' ? anchor : todayIso()) : period.start}`;
  const listed = (day: string) => (entries ?? []).filter((entry) => entry.date === day && (view === 'day' || !isTimed(entry)));

  return (
    <section className="screen agenda" aria-labelledby="agenda-title">
      <div className="screen-header">
        <h1 id="agenda-title">{t('agenda.title')}</h1>
        <p className="count" aria-live="polite">
          {entries && t('agenda.count', { count: entries.length })}
        </p>
        <Link className="button primary" to={newLink}>
          {t('agenda.appointment.add')}
        </Link>
      </div>
      <p className="hint agenda-scope">{scope}</p>
      <AgendaToolbar view={view} anchor={anchor} onView={changeView} onAnchor={(date) => go({ date })} onStep={step} onToday={today} onExport={() => void exportCalendar()} exporting={exporting || !entries}>
        {session.role === 'coordinator' && counselors && (
          <Field label={t('agenda.counselor')} className="agenda-counselor">
            {(controlProps) => (
              <select {...controlProps} value={counselorParam ?? ''} onChange={(event) => go({ counselor: event.target.value })}>
                <option value="">{t('agenda.allCounselors')}</option>
                {counselors.map((counselor) => (
                  <option key={counselor.id} value={counselor.id}>
                    {counselor.data.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </AgendaToolbar>
      <p className="hint agenda-hints">
        <span>{t('agenda.keyboardHint')}</span>
        <span id="agenda-move-hint">{t('agenda.moveHint')}</span>
      </p>
      <p className="notice agenda-announce" role="status" aria-live="polite">
        {message && ('text' in message ? message.text : t(`agenda.${message.key}`, { file: message.file }))}
      </p>
      <h2 className="agenda-period" aria-live="polite">
        {title}
      </h2>
      {!entries ? (
        <p>{t('agenda.loading')}</p>
      ) : (
        <>
          {view === 'week' && <WeekGrid days={daysOf(period)} entries={entries} dayLabel={dayShort} today={todayIso()} onMove={(entry, to) => void move(entry, to)} />}
          {view === 'week' && <h2 className="agenda-untimed">{t('agenda.untimed')}</h2>}
          <div className={`agenda-days agenda-view-${view}`}>
            {daysOf(period).map((day) => {
              const ofDay = listed(day);
              return (
                <section key={day} className={`agenda-day${day === todayIso() ? ' today' : ''}`} aria-labelledby={`day-${day}`}>
                  <h3 id={`day-${day}`} className={view === 'day' ? 'visually-hidden' : undefined}>
                    {dayTitle(day)}
                  </h3>
                  {ofDay.length === 0 ? (
                    <p className="hint">{t('agenda.empty')}</p>
                  ) : (
                    <ul className="agenda-entries">
                      {ofDay.map((entry) => (
                        <AgendaEntryItem key={entry.key} entry={entry} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
      {/* Wage guarantees ending within 90 days of the first day shown, for workers not yet placed:
          after the days, so that on a small laptop screen the appointments come first. */}
      <CigsAlertPanel referenceDate={period.start} limit={10} />
    </section>
  );
}
