// Agenda entries as calendar items: the worker's name and the kind of appointment; for an
// appointment its times, place and employer, for a meeting the employer and the time. Nothing
// else leaves (see shared/agenda/ics.ts for why). The UID comes from the record's id, so the
// same appointment exported twice is the same calendar event.
import type { TFunction } from 'i18next';
import type { AgendaEntry } from '../../shared/agenda/types';
import type { CalendarItem } from '../../shared/agenda/ics';
import { minutesOf, timeOf } from '../../shared/domain/appointment';

/** Introductory meetings usually take about an hour and a half with several candidates. */
const MEETING_MINUTES = 90;

const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(', ');

export function calendarItem(entry: AgendaEntry, t: TFunction): CalendarItem {
  const kind = t(`agenda.kinds.${entry.kind}`);
  const names = entry.workers.map((worker) => worker.name).join(', ');
  const base = { uid: `${entry.key}@pco-desk`, date: entry.date };
  switch (entry.kind) {
    case 'appointment': {
      const others = entry.hiddenWorkers > 0 && t('agenda.hiddenWorkers', { count: entry.hiddenWorkers });
      const summary = `${t(`agenda.types.${entry.type}`)}: ${join(names, others, entry.employerName) || kind}`;
      return { ...base, start: entry.start, end: entry.end, summary, location: entry.place || entry.employerName, cancelled: entry.cancelled };
    }
    case 'meeting': {
      const summary = [`${kind}, ${entry.employerName}`, names].filter(Boolean).join(': ');
      const timed = entry.time ? { start: entry.time, end: timeOf(minutesOf(entry.time) + MEETING_MINUTES) } : {};
      return { ...base, summary, location: entry.place || entry.employerName, ...timed };
    }
    case 'callBack':
      return { ...base, summary: `${kind}: ${entry.employerName}` };
    default:
      return { ...base, summary: `${names} — ${kind}` };
  }
}

export function calendarFileName(start: string, end: string): string {
  return start === end ? `agenda-${start}.ics` : `agenda-${start}_${end}.ics`;
}
