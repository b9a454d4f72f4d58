// Calendar arithmetic on ISO dates (`YYYY-MM-DD`) in UTC, so no time zone or clock can change a result.
import type { Random } from './random';
import { addDays, dayNumber, isoFromDayNumber } from '../time/days';

// The day arithmetic is shared/time/days.ts's; the demo's modules keep importing it from here.
export { addDays, dayNumber, epochMillis, isoFromDayNumber } from '../time/days';

/** Uniform day in [from, to], both inclusive; `to` earlier than `from` yields `from`. */
export function randomDateBetween(random: Random, from: string, to: string): string {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return end <= start ? from : isoFromDayNumber(random.int(start, end));
}

/**
 * The date moved off a weekend, to the Monday after or else the Friday before, staying within
 * [earliest, latest]; when neither fits, the date as drawn. Counselors do not hold Sunday interviews.
 */
export function onWorkday(date: string, earliest: string, latest: string): string {
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  if (weekday < 5) return date;
  const monday = addDays(date, 7 - weekday);
  const friday = addDays(date, 4 - weekday);
  if (monday <= latest) return monday;
  return friday >= earliest ? friday : date;
}

/** First day of the month following the given date (pensions and contracts often start then). */
export function firstOfNextMonth(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
