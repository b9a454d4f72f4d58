// The periods the agenda shows: one day, or one week from Monday to Sunday (the Italian week).
import { addDays, addWeeks, format, parseISO, startOfISOWeek } from 'date-fns';

export const AGENDA_VIEWS = ['day', 'week'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** Both ends included, ISO dates. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

const iso = (date: Date): string => format(date, 'yyyy-MM-dd');

/** The day itself, or the Monday-to-Sunday week that holds it. */
export function periodOf(view: AgendaView, anchor: string): Period {
  if (view === 'day') return { start: anchor, end: anchor };
  const monday = startOfISOWeek(parseISO(anchor));
  return { start: iso(monday), end: iso(addDays(monday, 6)) };
}

/** The anchor of the previous (step -1) or next (step +1) period; the weekday is kept in week view. */
export function shiftAnchor(view: AgendaView, anchor: string, step: number): string {
  const date = parseISO(anchor);
  return iso(view === 'day' ? addDays(date, step) : addWeeks(date, step));
}

export function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (let day = parseISO(period.start); iso(day) <= period.end; day = addDays(day, 1)) days.push(iso(day));
  return days;
}

export function contains(period: Period, date: string): boolean {
  return date >= period.start && date <= period.end;
}
