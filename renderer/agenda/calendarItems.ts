// Agenda entries as calendar items: the worker's name and the kind of appointment, and for a
// meeting the employer and the time. Nothing else leaves (see shared/agenda/ics.ts for why).
import type { TFunction } from 'i18next';
import type { AgendaEntry } from '../../shared/agenda/types';
import type { CalendarItem } from '../../shared/agenda/ics';

/** Introductory meetings usually take about an hour and a half with several candidates. */
const MEETING_MINUTES = 90;

export function calendarItem(entry: AgendaEntry, t: TFunction): CalendarItem {
  const kind = t(`casework.agenda.kinds.${entry.kind}`);
  const names = entry.workers.map((worker) => worker.name).join(', ');
  const base = { uid: `${entry.key}@pco-desk`, date: entry.date };
  if (entry.kind === 'meeting') {
    const summary = [`${kind}, ${entry.employerName}`, names].filter(Boolean).join(': ');
    return { ...base, summary, ...(entry.employerName ? { location: entry.employerName } : {}), ...(entry.time ? { time: entry.time, durationMinutes: MEETING_MINUTES } : {}) };
  }
  return { ...base, summary: `${names} — ${kind}` };
}

export function calendarFileName(start: string, end: string): string {
  return start === end ? `agenda-${start}.ics` : `agenda-${start}_${end}.ics`;
}
