// The counselor's day or week: interviews and their follow-ups, action-plan activities due,
// meetings at employers, trials, fixed-term contracts and wage guarantees ending. The period
// lives in the address (?view=week&date=…), so going back to the agenda returns to it.
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { computeAgenda } from '../../shared/agenda/agenda';
import { daysOf, periodOf, shiftAnchor, type AgendaView } from '../../shared/agenda/period';
import { buildCalendar } from '../../shared/agenda/ics';
import { isRealIsoDate } from '../../shared/time/days';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { useRepository } from '../app/useRepository';
import { createAgendaReader } from './agendaReader';
import { AgendaToolbar } from './AgendaToolbar';
import { AgendaEntryItem } from './AgendaEntryItem';
import { calendarFileName, calendarItem } from './calendarItems';
import { CigsAlertPanel } from '../reports/CigsAlertPanel';
import { intlLocale } from '../../shared/i18n/locale';

const validDate = isRealIsoDate;

export function AgendaScreen() {
  const { t, i18n } = useTranslation();
  const { session, bridge } = useServices();
  const reader = useRepository((s) => createAgendaReader(s.db, s.session, s.codec, s.workers));
  const [params, setParams] = useSearchParams();
  const view: AgendaView = params.get('view') === 'day' ? 'day' : 'week';
  const dateParam = params.get('date');
  const anchor = validDate(dateParam) ? dateParam : todayIso();
  const period = useMemo(() => periodOf(view, anchor), [view, anchor]);
  const input = useLiveQuery(() => reader.load(), [reader]);
  const entries = useMemo(() => (input ? computeAgenda(input, period, { role: session.role, counselorId: session.counselorId }, todayIso()) : undefined), [input, period, session]);
  // Kept as a key, so the message follows a change of language.
  const [message, setMessage] = useState<{ key: 'exported' | 'exportCancelled' | 'exportFailed'; file?: string } | null>(null);
  const [exporting, setExporting] = useState(false);

  const go = useCallback((next: { view?: AgendaView; date?: string }) => setParams({ view: next.view ?? view, date: next.date ?? anchor }, { replace: true }), [setParams, view, anchor]);
  const step = useCallback((by: number) => go({ date: shiftAnchor(view, anchor, by) }), [go, view, anchor]);
  const today = useCallback(() => go({ date: todayIso() }), [go]);
  const changeView = useCallback((next: AgendaView) => go({ view: next }), [go]);

  const dayTitle = (day: string) => new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00`));
  const title = view === 'day' ? dayTitle(anchor) : t('casework.agenda.weekOf', { start: formatItalianDate(period.start), end: formatItalianDate(period.end) });

  const exportCalendar = async () => {
    if (!entries) return;
    setExporting(true);
    try {
      const text = buildCalendar(
        entries.map((entry) => calendarItem(entry, t)),
        { name: `${t('casework.agenda.calendarName')} ${formatItalianDate(period.start)}`, stamp: new Date() },
      );
      const result = await bridge.saveFile({ suggestedName: calendarFileName(period.start, period.end), bytes: new TextEncoder().encode(text), filters: [{ name: 'iCalendar', extensions: ['ics'] }] });
      if (result.ok) await reader.recordExport(period);
      setMessage(result.ok ? { key: 'exported', file: result.value.location } : { key: result.error === 'cancelled' ? 'exportCancelled' : 'exportFailed' });
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="screen agenda" aria-labelledby="agenda-title">
      <div className="screen-header">
        <h1 id="agenda-title">{t('casework.agenda.title')}</h1>
        <p className="count" aria-live="polite">
          {entries && t('casework.agenda.count', { count: entries.length })}
        </p>
      </div>
      <p className="hint">{session.role === 'coordinator' ? t('casework.agenda.scopeAll') : t('casework.agenda.scopeOwn')}</p>
      <AgendaToolbar view={view} anchor={anchor} onView={changeView} onAnchor={(date) => go({ date })} onStep={step} onToday={today} onExport={() => void exportCalendar()} exporting={exporting || !entries} />
      <p className="hint">{t('casework.agenda.keyboardHint')}</p>
      {message && (
        <p className="notice" role="status">
          {t(`casework.agenda.${message.key}`, { file: message.file })}
        </p>
      )}
      <h2 className="agenda-period" aria-live="polite">
        {title}
      </h2>
      {!entries ? (
        <p>{t('app.loading')}</p>
      ) : (
        <div className={`agenda-days agenda-view-${view}`}>
          {daysOf(period).map((day) => {
            const ofDay = entries.filter((entry) => entry.date === day);
            return (
              <section key={day} className={`agenda-day${day === todayIso() ? ' today' : ''}`} aria-labelledby={`day-${day}`}>
                <h3 id={`day-${day}`} className={view === 'day' ? 'visually-hidden' : undefined}>
                  {dayTitle(day)}
                </h3>
                {ofDay.length === 0 ? (
                  <p className="hint">{t('casework.agenda.empty')}</p>
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
      )}
      {/* Wage guarantees ending within 90 days of the first day shown, for workers not yet placed:
          after the days, so that on a small laptop screen the appointments come first. */}
      <CigsAlertPanel referenceDate={period.start} limit={10} />
    </section>
  );
}
