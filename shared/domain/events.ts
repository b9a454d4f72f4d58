// Things that happen: append-only, never edited, never in conflict.
import { z } from 'zod';
import { isoDateSchema } from './primitives';
import { exitReasonSchema, workerStatusSchema } from './vocabulary';

export const statusChangedSchema = z.object({
  kind: z.literal('worker.statusChanged'),
  from: workerStatusSchema.nullable(),
  to: workerStatusSchema,
  exitReason: exitReasonSchema.optional(),
  note: z.string().max(500).default(''),
});

export const consentRecordedSchema = z.object({
  kind: z.literal('worker.consentRecorded'),
  /** true: consent given; false: consent withdrawn. */
  given: z.boolean(),
});

export const workerCreatedSchema = z.object({
  kind: z.literal('worker.created'),
});

export const eventPayloadSchema = z.discriminatedUnion('kind', [statusChangedSchema, consentRecordedSchema, workerCreatedSchema]);
export type EventPayload = z.infer<typeof eventPayloadSchema>;
export type EventKind = EventPayload['kind'];

export const eventEnvelopeSchema = z.object({
  id: z.string().uuid(),
  /** The record the event is about (a worker id for now). */
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
