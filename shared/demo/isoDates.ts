// Calendar arithmetic on ISO dates (`YYYY-MM-DD`) in UTC, so no time zone or clock can change a result.
import type { Random } from './random';

const MS_PER_DAY = 86_400_000;

// Proleptic Gregorian calendar <-> day count, in integer arithmetic (H. Hinnant's civil algorithms):
// the generator converts dates a few hundred thousand times, and Date objects would dominate its time.

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) throw new RangeError(`not an ISO date: ${isoDate}`);
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function isoFromDayNumber(days: number): string {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(isoDate: string, days: number): string {
  return isoFromDayNumber(dayNumber(isoDate) + days);
}

/** Milliseconds since the epoch at midnight UTC of an ISO date. */
export function epochMillis(isoDate: string): number {
  return dayNumber(isoDate) * MS_PER_DAY;
}

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
