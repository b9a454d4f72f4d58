// Things that happen: append-only, never edited, never in conflict.
import { z } from 'zod';
import { isoDateSchema } from './primitives';
import { namedLimit } from './messages';
import { contactChannelSchema, contractTypeSchema, exitReasonSchema, incentiveSchema, interviewTypeSchema, workerStatusSchema } from './vocabulary';
import { candidacyStageSchema } from './casework';
import { cigsPeriodSchema } from './cigs';
import { dayOrEmptySchema } from './appointment';

export const statusChangedSchema = z.object({
  kind: z.literal('worker.statusChanged'),
  from: workerStatusSchema.nullable(),
  to: workerStatusSchema,
  exitReason: exitReasonSchema.optional(),
  note: z.string().max(500, namedLimit).default(''),
});

export const consentRecordedSchema = z.object({
  kind: z.literal('worker.consentRecorded'),
  /** true: consent given; false: consent withdrawn. */
  given: z.boolean(),
});

export const workerCreatedSchema = z.object({
  kind: z.literal('worker.created'),
});

/** An interview (colloquio) held with the worker; subject: the worker. */
export const interviewHeldSchema = z.object({
  kind: z.literal('worker.interviewHeld'),
  interviewType: interviewTypeSchema,
  durationMinutes: z.number().int().min(5, namedLimit).max(600, namedLimit),
  place: z.string().max(200, namedLimit).default(''),
  participants: z.string().max(300, namedLimit).default(''),
  notes: z.string().max(8000, namedLimit).default(''),
  outcomes: z.string().max(2000, namedLimit).default(''),
  nextSteps: z.string().max(2000, namedLimit).default(''),
  /** "Prossimo contatto il": the day to hear from the worker again (agenda and reminders); '' when none. */
  // No default: an event recorded before the field existed must read back unchanged (events are
  // compared and merged as written).
  followUpOn: dayOrEmptySchema.optional(),
  /** Skills found in a skills assessment (bilancio di competenze), offered for the profile. */
  skillsFound: z.array(z.string().trim().min(1).max(60, namedLimit)).default([]),
});

/** A contact with an employer; subject: the employer. */
export const employerContactSchema = z.object({
  kind: z.literal('employer.contactLogged'),
  channel: contactChannelSchema,
  outcome: z.string().max(500, namedLimit).default(''),
  note: z.string().max(4000, namedLimit).default(''),
  /** "Richiamare il": the day to call the employer back (agenda and reminders); '' when none. */
  callBackOn: dayOrEmptySchema.optional(),
});

/** A candidacy moves to a stage; subject: the candidacy. */
export const candidacyStageChangedSchema = z.object({
  kind: z.literal('candidacy.stageChanged'),
  from: candidacyStageSchema.nullable(),
  to: candidacyStageSchema,
  reason: z.string().max(500, namedLimit).default(''),
  /** With 'cv_sent': the CV version that went to the employer. */
  cvId: z.string().optional(),
});

/** A hiring; subject: the worker. */
export const placedSchema = z.object({
  kind: z.literal('worker.placed'),
  employerId: z.string().uuid(),
  offerId: z.string().uuid().optional(),
  candidacyId: z.string().uuid().optional(),
  contractType: contractTypeSchema,
  startDate: z.string(),
  fixedTermMonths: z.number().int().min(1, namedLimit).max(36, namedLimit).optional(),
  hoursPerWeek: z.number().min(1, namedLimit).max(60, namedLimit).optional(),
  partTimePercent: z.number().min(10, namedLimit).max(99, namedLimit).optional(),
  incentive: incentiveSchema,
});

/** Hours attended on one day; subject: the enrolment. */
// 0 hours corrects a day recorded by mistake into an absence (the latest recording of a day stands).
export const attendanceSchema = z.object({ kind: z.literal('course.attendance'), hours: z.number().min(0, namedLimit).max(12, namedLimit) });
/** End of a course for one worker; subject: the enrolment. */
export const courseEndedSchema = z.object({
  kind: z.literal('course.ended'),
  outcome: z.enum(['completed', 'dropped']),
  certificate: z.boolean().default(false),
  note: z.string().max(500, namedLimit).default(''),
});

/**
 * The coordinator changed the programme's CIGS periods (an extension, a corrected end, a period
 * entered by mistake); subject: the programme. Both lists are kept: the history says old → new.
 */
export const programmeCigsChangedSchema = z.object({
  kind: z.literal('programme.cigsPeriodsChanged'),
  from: z.array(cigsPeriodSchema),
  to: z.array(cigsPeriodSchema),
});

export const eventPayloadSchema = z.discriminatedUnion('kind', [
  statusChangedSchema,
  consentRecordedSchema,
  workerCreatedSchema,
  interviewHeldSchema,
  employerContactSchema,
  candidacyStageChangedSchema,
  placedSchema,
  attendanceSchema,
  courseEndedSchema,
  programmeCigsChangedSchema,
]);
export type EventPayload = z.infer<typeof eventPayloadSchema>;
export type EventKind = EventPayload['kind'];

export const eventEnvelopeSchema = z.object({
  id: z.string().uuid(),
  /** The record the event is about: a worker, an employer, a candidacy, an enrolment, the programme. */
  subjectId: z.string().uuid(),
  /** Day it happened, as the counselor states it. */
  occurredOn: isoDateSchema,
  /** HLC of the moment it was recorded: orders events totally across laptops. */
  hlc: z.string(),
  recordedBy: z.string(),
  deviceId: z.string(),
  payload: eventPayloadSchema,
});
export type DomainEvent = z.infer<typeof eventEnvelopeSchema>;
