// The small forms of the feature (enrol, attendance, end of a course): their fields and checks.
// Dates and facts about the course are checked by the repository, which says why it refuses.
import { z } from 'zod';
import { isoDateSchema, optionalText } from '../../shared/domain/primitives';
import { namedLimit } from '../../shared/domain/messages';

export const enrolFormSchema = z.object({
  /** The worker (from the course page) or the course (from the worker file). */
  otherId: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
  enrolledOn: isoDateSchema,
});
export type EnrolForm = z.infer<typeof enrolFormSchema>;

export const attendanceFormSchema = z.object({
  date: isoDateSchema,
  hours: z
    .number({ error: 'validation.number' })
    .min(0.5, namedLimit)
    .max(12, namedLimit)
    .refine((hours) => Number.isInteger(hours * 2), { error: 'retraining.validation.halfHours' }),
});
export type AttendanceForm = z.infer<typeof attendanceFormSchema>;

export const ENDING_CHOICES = ['completed_certificate', 'completed', 'dropped'] as const;
export type EndingChoice = (typeof ENDING_CHOICES)[number];

export const endFormSchema = z.object({
  date: isoDateSchema,
  outcome: z.enum(ENDING_CHOICES, { error: 'validation.required' }),
  note: optionalText(500).default(''),
});
export type EndFormInput = z.input<typeof endFormSchema>;
export type EndForm = z.output<typeof endFormSchema>;
