// Case work around a worker: the action plan (edited), courses and enrolments, ventures,
// candidacies and introductory meetings. Things that happen to them are events (events.ts).
import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText } from './primitives';
import { namedLimit } from './messages';
import { licenceSchema } from './vocabulary';
import { atecoCodeSchema } from './employer';

// --- Action plan (piano d'azione individuale / patto di servizio) ---
export const ACTIVITY_STATES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const activityStateSchema = z.enum(ACTIVITY_STATES, { error: 'validation.required' });

export const planActivitySchema = z.object({
  id: z.string().min(1),
  title: requiredText(200),
  /** Who carries it out: the worker, the counselor, or another named person. */
  owner: requiredText(80),
  dueDate: isoDateSchema,
  state: activityStateSchema,
  goalId: z.string().optional(),
});

export const actionPlanSchema = z.object({
  workerId: idSchema,
  goals: z.array(z.object({ id: z.string().min(1), text: requiredText(300) })).default([]),
  activities: z.array(planActivitySchema).default([]),
  /** Day the worker signed the plan; empty while it is a draft. */
  signedOn: isoDateSchema.or(z.literal('')).optional().transform((value) => value || undefined),
});
export type ActionPlan = z.output<typeof actionPlanSchema>;

// --- Retraining ---
export const COURSE_FUNDING = ['regional_voucher', 'interprofessional_fund', 'social_plan', 'other'] as const;
export const courseSchema = z
  .object({
    provider: requiredText(160),
    title: requiredText(200),
    hours: z.number({ error: 'validation.number' }).int().min(1, namedLimit).max(2000, namedLimit),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    funding: z.enum(COURSE_FUNDING, { error: 'validation.required' }),
    qualification: optionalText(200).default(''),
    /** What the course teaches: used by matching to close a worker's gap. */
    teachesSkills: z.array(z.string().trim().min(1).max(60, namedLimit)).default([]),
    teachesLicences: z.array(licenceSchema).default([]),
  })
  .refine((course) => course.endDate >= course.startDate, { path: ['endDate'], error: 'validation.periodEndBeforeStart' });
export type Course = z.output<typeof courseSchema>;

export const enrolmentSchema = z.object({
  courseId: idSchema,
  workerId: idSchema,
  enrolledOn: isoDateSchema,
});
export type Enrolment = z.output<typeof enrolmentSchema>;

/** Regional measures require attending at least 70% of the hours. */
export const MIN_ATTENDANCE_SHARE = 0.7;

// --- Self-employment ---
export const MILESTONES = ['business_plan', 'funding_application', 'registration', 'launch'] as const;
export const ventureSchema = z.object({
  workerId: idSchema,
  idea: requiredText(2000),
  ateco: atecoCodeSchema.optional(),
  milestones: z
    .array(z.object({ kind: z.enum(MILESTONES), dueDate: isoDateSchema.or(z.literal('')).optional(), doneOn: isoDateSchema.or(z.literal('')).optional() }))
    .default([]),
  funding: z
    .array(
      z.object({
        id: z.string().min(1),
        source: requiredText(160),
        requested: z.number().min(0, namedLimit),
        granted: z.number().min(0, namedLimit).optional(),
        state: z.enum(['planned', 'applied', 'granted', 'refused']),
      }),
    )
    .default([]),
});
export type Venture = z.output<typeof ventureSchema>;

// --- Candidacies and introductory meetings ---
export const CANDIDACY_STAGES = ['proposed', 'cv_sent', 'meeting_scheduled', 'meeting_held', 'trial', 'hired'] as const;
export const CANDIDACY_ENDINGS = ['rejected_by_employer', 'declined_by_worker', 'withdrawn'] as const;
export const candidacyStageSchema = z.enum([...CANDIDACY_STAGES, ...CANDIDACY_ENDINGS]);
export type CandidacyStage = z.infer<typeof candidacyStageSchema>;

export const candidacySchema = z.object({
  workerId: idSchema,
  offerId: idSchema,
  proposedOn: isoDateSchema,
});
export type Candidacy = z.output<typeof candidacySchema>;

export const meetingSchema = z.object({
  employerId: idSchema,
  date: isoDateSchema,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' }).or(z.literal('')).default(''),
  place: optionalText(200).default(''),
  candidacyIds: z.array(idSchema).default([]),
  notes: optionalText(2000).default(''),
  /** Day the meeting was marked as held; absent while it is still to come. */
  heldOn: isoDateSchema.or(z.literal('')).optional().transform((value) => value || undefined),
});
export type Meeting = z.output<typeof meetingSchema>;
