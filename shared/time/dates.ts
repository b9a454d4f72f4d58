// Calendar dates are ISO strings (`YYYY-MM-DD`) in the data and dd/mm/yyyy on screen.
import { format, parseISO } from 'date-fns';
import { addDays, DAY_MS, daysBetween as daysFromTo } from './days';

export { isIsoDate } from './days';

/** Today's local calendar date as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** Today's calendar date in a time zone (`Europe/Rome`), as `YYYY-MM-DD`, whatever the machine's own zone. */
export function todayIsoIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `2019-03-01` → `01/03/2019`; empty stays empty. */
export function formatItalianDate(iso: string | undefined): string {
  if (!iso) return '';
  return format(parseISO(iso), 'dd/MM/yyyy');
}

export function addDaysIso(iso: string, days: number): string {
  return addDays(iso, days);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return daysFromTo(fromIso, toIso);
}

/** Whole years between a birth date and a reference date. */
export function ageOn(birthIso: string, onIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const [y, m, d] = onIso.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined || y === undefined || m === undefined || d === undefined) return Number.NaN;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

// Dates as spreadsheets hold them (imports): an Excel serial day number, dd/mm/yyyy text, ISO.
// The result is an ISO-shaped `YYYY-MM-DD` that may name a day that does not exist (31/02/2019 →
// `2019-02-31`), so that the domain's date schema can say so in its own words.

/** Excel's day 0 (1900 date system): serials count days from 30/12/1899, with 29/02/1900 (serial 60) invented by Lotus 1-2-3. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** 31/12/9999, the last day a spreadsheet can hold. */
const LAST_SERIAL = 2_958_465;

/** An Excel serial date (time of day ignored) as `YYYY-MM-DD`; serial 60 is the day Excel invented, `1900-02-29`. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_SERIAL) return undefined;
  const day = Math.floor(serial);
  if (day === 60) return '1900-02-29';
  return new Date(EXCEL_EPOCH_MS + (day < 60 ? day + 1 : day) * DAY_MS).toISOString().slice(0, 10);
}

/** A JavaScript date as the calendar day it stands for in UTC (spreadsheet readers give dates at UTC midnight). */
export function utcDayIso(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * A typed or exported date: `dd/mm/yyyy` (also with `-` or `.`, one-digit days and months, two-digit
 * years: 80 is 1980, 05 is 2005 against `pivotYear`), ISO `yyyy-mm-dd` (a time after it is ignored),
 * or an Excel serial written as text (five digits). Undefined when it is none of these.
 */
export function readDateText(text: string, pivotYear = new Date().getFullYear()): string | undefined {
  const value = text.trim();
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (italian) {
    const [, day = '', month = '', yearText = ''] = italian;
    let year = Number(yearText);
    if (yearText.length === 2) year += year <= pivotYear % 100 ? Math.floor(pivotYear / 100) * 100 : Math.floor(pivotYear / 100) * 100 - 100;
    return `${String(year).padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) return `${iso[1]}-${(iso[2] ?? '').padStart(2, '0')}-${(iso[3] ?? '').padStart(2, '0')}`;
  if (/^\d{5}(\.\d+)?$/.test(value)) return excelSerialToIso(Number(value));
  return undefined;
}
