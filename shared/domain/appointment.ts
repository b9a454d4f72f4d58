// An appointment (appuntamento) a counselor books: a day, a start and an end in 24-hour time, a
// place, what kind it is, the workers it concerns and, for a meeting at a company, the employer.
// Cancelled appointments stay (with the day they were cancelled) so the cancellation travels.
import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText } from './primitives';
import { messageWithValues } from './messages';
import { interviewTypeSchema } from './vocabulary';

export const APPOINTMENT_TYPES = ['interview', 'companyVisit', 'phoneCall', 'lesson', 'other'] as const;
export const appointmentTypeSchema = z.enum(APPOINTMENT_TYPES, { error: 'validation.required' });
export type AppointmentType = z.infer<typeof appointmentTypeSchema>;

/** At most this many workers in one appointment (a lesson's class). */
export const MAX_APPOINTMENT_WORKERS = 30;

/** `HH:MM`, 24-hour. */
export const timeSchema = z
  .string({ error: 'validation.required' })
  .min(1, { error: 'validation.required', abort: true })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'agenda.validation.time' });

/** A day or '' (left empty), with the date schema's own messages when it is neither. */
export const dayOrEmptySchema = z.string().superRefine((value, ctx) => {
  if (value === '') return;
  for (const issue of isoDateSchema.safeParse(value).error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message });
});

/** The same, '' when absent. */
export const optionalDaySchema = dayOrEmptySchema.default('');

export const appointmentSchema = z
  .object({
    date: isoDateSchema,
    start: timeSchema,
    end: timeSchema,
    type: appointmentTypeSchema,
    /** For a colloquio: which kind, so that the interview recorded from it starts with it. */
    interviewType: interviewTypeSchema.or(z.literal('')).default(''),
    place: optionalText(200).default(''),
    workerIds: z
      .array(idSchema)
      .max(MAX_APPOINTMENT_WORKERS, { error: (issue) => messageWithValues('validation.tooMany', { max: MAX_APPOINTMENT_WORKERS, count: Array.isArray(issue.input) ? issue.input.length : 0 }) })
      .default([]),
    employerId: idSchema.or(z.literal('')).default(''),
    /** Whose agenda it is in: the counselor who meets (scope and conflicts follow it). */
    counselorId: idSchema,
    note: optionalText(1000).default(''),
    /** Day it was cancelled; '' while it holds. */
    cancelledOn: optionalDaySchema,
    /** The interview recorded from it, once there is one. */
    interviewId: idSchema.or(z.literal('')).default(''),
  })
  .superRefine((value, ctx) => {
    const valid = (time: string) => timeSchema.safeParse(time).success;
    // Compared only when both are times: a malformed one has its own message.
    if (valid(value.start) && valid(value.end) && value.end <= value.start) ctx.addIssue({ code: 'custom', path: ['end'], message: messageWithValues('agenda.validation.endBeforeStart', { start: value.start }) });
    // An interview or a lesson is with someone; a company visit is at a company; a call is to either.
    const needsWorker = value.type === 'interview' || value.type === 'lesson' || (value.type === 'phoneCall' && !value.employerId);
    if (needsWorker && value.workerIds.length === 0) ctx.addIssue({ code: 'custom', path: ['workerIds'], message: value.type === 'phoneCall' ? 'agenda.validation.noOneToCall' : 'agenda.validation.noWorkers' });
    if (value.type === 'companyVisit' && !value.employerId) ctx.addIssue({ code: 'custom', path: ['employerId'], message: 'agenda.validation.noEmployer' });
  });
export type Appointment = z.output<typeof appointmentSchema>;
export type AppointmentInput = z.input<typeof appointmentSchema>;

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** `HH:MM` of minutes since midnight (kept within the day). */
export function timeOf(minutes: number): string {
  const bounded = Math.min(Math.max(minutes, 0), 24 * 60 - 1);
  return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`;
}
