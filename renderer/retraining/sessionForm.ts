// The form of a lesson entered for every enrolled worker at once: each row present or absent with
// its hours, typed the Italian way ("3,5") or with a point. Every refusal names the limit.
import { z } from 'zod';
import { messageWithValues } from '../../shared/domain/messages';
import { parseDecimal } from '../../shared/text/numbers';
import { MAX_SESSION_HOURS, enrolledOnDay, recordedHours } from '../../shared/retraining/session';
import { formatHours } from '../../shared/documents/templates/facts';
import type { EnrolmentView } from '../db/repositories/courseRepository';

/** "3,5", "3.5", " 4 " → the number; anything else (empty, "3,5,1", "tre") → undefined. */
export const readHours = (text: string): number | undefined => parseDecimal(text);

const hoursIssue = (hours: number | undefined): string | null => {
  if (hours === undefined) return 'retraining.session.hoursNotNumber';
  if (hours < 0.5) return messageWithValues('retraining.session.hoursMin', { min: 0.5 });
  if (hours > MAX_SESSION_HOURS) return messageWithValues('retraining.session.hoursMax', { max: MAX_SESSION_HOURS });
  if (!Number.isInteger(hours * 2)) return 'retraining.validation.halfHours';
  return null;
};

/** The lesson's own hours, the default of every row. */
export const lessonHoursSchema = z
  .string()
  .transform((text, context) => {
    const hours = readHours(text);
    const issue = hoursIssue(hours);
    if (issue || hours === undefined) {
      context.addIssue({ code: 'custom', message: issue ?? 'retraining.session.hoursNotNumber' });
      return z.NEVER;
    }
    return hours;
  });

// A disabled field (an absent row's hours) may come back without a value.
const rowSchema = z
  .object({ enrolmentId: z.string(), present: z.boolean(), hours: z.string().optional() })
  .transform((row, context) => {
    if (!row.present) return { enrolmentId: row.enrolmentId, hours: 0 };
    const hours = readHours(row.hours ?? '');
    const issue = hoursIssue(hours);
    if (issue || hours === undefined) {
      context.addIssue({ code: 'custom', path: ['hours'], message: issue ?? 'retraining.session.hoursNotNumber' });
      return z.NEVER;
    }
    return { enrolmentId: row.enrolmentId, hours };
  });

export const sessionFormSchema = z.object({ rows: z.array(rowSchema) });
export type SessionFormInput = z.input<typeof sessionFormSchema>;
export type SessionFormOutput = z.output<typeof sessionFormSchema>;

export interface SessionPerson {
  readonly view: EnrolmentView;
  readonly fullName: string;
  readonly codiceFiscale: string;
}

/**
 * Each row as the sheet opens: what is recorded for the day; when the lesson was already entered
 * for someone else, the others were absent; otherwise present for the lesson's hours.
 */
export function sessionDefaults(people: readonly SessionPerson[], date: string, lessonHours: number): SessionFormInput['rows'] {
  const entered = people.some(({ view }) => recordedHours(view.progress, date) !== undefined);
  return people
    .filter(({ view }) => enrolledOnDay({ enrolledOn: view.enrolment.data.enrolledOn, progress: view.progress }, date))
    .map(({ view }) => {
      const recorded = recordedHours(view.progress, date);
      return { enrolmentId: view.enrolment.id, present: recorded !== undefined || !entered, hours: formatHours(recorded ?? lessonHours) };
    });
}
