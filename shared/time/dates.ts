// Calendar dates are ISO strings (`YYYY-MM-DD`) in the data and dd/mm/yyyy on screen.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/** Today's local calendar date as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** `2019-03-01` → `01/03/2019`; empty stays empty. */
export function formatItalianDate(iso: string | undefined): string {
  if (!iso) return '';
  return format(parseISO(iso), 'dd/MM/yyyy');
}

export function addDaysIso(iso: string, days: number): string {
  return format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
}

export function daysBetween(fromIso: string, toIso: string): number {
  return differenceInCalendarDays(parseISO(toIso), parseISO(fromIso));
}

/** Whole years between a birth date and a reference date. */
export function ageOn(birthIso: string, onIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const [y, m, d] = onIso.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined || y === undefined || m === undefined || d === undefined) return Number.NaN;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
