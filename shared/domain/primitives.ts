// Small value schemas shared by every entity. Error messages are i18n keys (see renderer/i18n).
import { z } from 'zod';

/** ISO calendar date, `YYYY-MM-DD`; a real date (no 31 February). */
export const isoDateSchema = z
  .string({ error: 'validation.required' })
  .min(1, { error: 'validation.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' })
  .refine(isRealDate, { error: 'validation.date' });

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

export const requiredText = (max: number) =>
  z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });

export const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
