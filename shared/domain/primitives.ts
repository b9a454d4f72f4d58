// Small value schemas shared by every entity. Error messages are i18n keys (see renderer/i18n and
// ./messages.ts for the ones that carry values).
import { z } from 'zod';
import { messageWithValues, namedLimit } from './messages';
import { ISO_DATE } from '../time/days';

/** ISO calendar date, `YYYY-MM-DD`; a real date: 31 February is refused as a day that does not exist. */
export const isoDateSchema = z
  .string({ error: 'validation.required' })
  .min(1, { error: 'validation.required', abort: true })
  .regex(ISO_DATE, { error: 'validation.date', abort: true })
  .refine(isRealDate, { error: (issue) => missingDayMessage(String(issue.input)) });

/** `2019-02-31` → "31/02/2019 does not exist: February 2019 has 28 days"; `2019-13-01` → "there is no month 13". */
function missingDayMessage(value: string): string {
  const [year = '', month = '', day = ''] = value.split('-');
  const date = `${day}/${month}/${year}`;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return messageWithValues('validation.noSuchMonth', { date });
  const days = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return messageWithValues('validation.noSuchDay', { date, month: { month: `${year}-${month}` }, days });
}

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Record identifier: a UUIDv7 (time-ordered, generated offline on any laptop). */
export const idSchema = z.string().uuid({ error: 'validation.id' });

/** Belfiore cadastral code of an Italian comune (`D612`) or foreign country (`Z100`). */
export const belfioreSchema = z.string().regex(/^[A-Z]\d{3}$/, { error: 'validation.comune' });

export const requiredText = (max: number) => z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(max, namedLimit);

export const optionalText = (max: number) => z.string().trim().max(max, namedLimit);
