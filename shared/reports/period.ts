// Periods of a report and fast day arithmetic on ISO dates (the 30,000-worker report does this
// hundreds of thousands of times, so it avoids building Date objects through a parser).
import type { Period } from './types';
import { isIsoDate } from '../time/days';

export const within = (period: Period, iso: string | undefined): iso is string => iso !== undefined && iso !== '' && iso >= period.start && iso <= period.end;

/** The calendar month holding `iso` (`2019-02-10` → 1–28 February 2019). */
export function monthPeriod(iso: string): Period {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: `${iso.slice(0, 7)}-01`, end: `${iso.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** Months (`YYYY-MM`) from the one holding `start` to the one holding `end`, in order. */
export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The month a report opens on: the month of the latest recorded activity, never later than today.
 * A coordinator preparing the month's tables has just recorded its activity, and an archive (such
 * as the 2019 demo) opens on its last month rather than on an empty one.
 */
export function defaultReportMonth(today: string, latestActivity: string | undefined): Period {
  return monthPeriod(latestActivity && latestActivity < today ? latestActivity : today);
}

/** A period is valid when both ends are ISO days and the end does not precede the start. */
export function isValidPeriod(period: Period): boolean {
  return isIsoDate(period.start) && isIsoDate(period.end) && period.start <= period.end;
}

/** `2019-11-01..2019-11-30` → `2019-11`; any other range → `2019-11-05_2019-12-20` (for file names). */
export function periodSlug(period: Period): string {
  const month = monthPeriod(period.start);
  return month.start === period.start && month.end === period.end ? period.start.slice(0, 7) : `${period.start}_${period.end}`;
}
