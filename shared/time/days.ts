// Calendar days as ISO strings (`YYYY-MM-DD`) and as day numbers (days since 1970-01-01), in
// integer arithmetic: no time zone, clock or daylight saving can move a result, and the demo
// generator and the 30,000-worker report convert dates hundreds of thousands of times, where
// building Date objects through a parser would dominate their time.

export const DAY_MS = 86_400_000;

/** The shape of an ISO calendar day; whether the day exists is `isRealIsoDate`'s to say. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` shaped string (`2019-02-31` included). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** True for a `YYYY-MM-DD` day that exists on the calendar (`2019-02-31` and `2019-13-01` do not). */
export function isRealIsoDate(value: string | null | undefined): value is string {
  if (value === null || value === undefined || !ISO_DATE.test(value)) return false;
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Proleptic Gregorian calendar <-> day count (H. Hinnant's civil-from-days algorithms).

/** Days since 1970-01-01 of an ISO date; a day past its month's end counts on (`2019-02-30` is 2 March); RangeError when not ISO-shaped. */
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

/** The ISO date of a day number (`0` → `1970-01-01`). */
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

/** `2019-12-31` + 1 → `2020-01-01`; negative days go back. */
export function addDays(isoDate: string, days: number): string {
  return isoFromDayNumber(dayNumber(isoDate) + days);
}

/** Calendar days from one date to another: `2019-03-01` → `2019-03-31` is 30; negative when `to` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** Milliseconds since the epoch at midnight UTC of an ISO date. */
export function epochMillis(isoDate: string): number {
  return dayNumber(isoDate) * DAY_MS;
}
