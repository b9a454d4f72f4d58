// Hours typed the Italian way ("3,5") or with a point: a text field, since a number input shows
// and reads decimals in the browser's own format, not the app's.
import { z } from 'zod';
import { namedLimit } from '../../shared/domain/messages';

export function hoursSchema(min: number) {
  return z
    .string({ error: 'validation.number' })
    .trim()
    .transform((text, context) => {
      const hours = Number(text.replace(',', '.'));
      if (text === '' || !Number.isFinite(hours)) {
        context.addIssue({ code: 'custom', message: 'validation.number' });
        return z.NEVER;
      }
      return hours;
    })
    .pipe(
      z
        .number()
        .min(min, namedLimit)
        .max(12, namedLimit)
        .refine((hours) => Number.isInteger(hours * 2), { error: 'retraining.validation.halfHours' }),
    );
}
