// What survives a worker's erasure: a row the monitoring reports can still count. It keeps only
// what the reports break down by (DOMAIN.md, "What the programme reports"): no identifier, no
// contact, no free text about the person, no day-level date. In a workforce of about 300, though,
// a combination (comune + sex + age band + role) can still single someone out to a colleague who
// knows them; on the demo data most rows are unique. So these rows stay inside the programme's
// data and only aggregated counts leave it (with small cells suppressed), as for live files.
import { z } from 'zod';
import type { DomainEvent } from '../domain/events';
import { ageOn } from '../time/dates';
import { educationLevelSchema, exitReasonSchema, sexSchema, trackSchema, workerStatusSchema } from '../domain/vocabulary';
import type { Worker } from '../domain/worker';
import { isEnrolled, participantSince } from '../domain/participation';
import { chronological, programmeExitDate } from './eventHistory';

export const AGE_BANDS = ['<30', '30-39', '40-49', '50-54', '55-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** `YYYY-MM`: a day would be one more clue to the person; the reports are monthly anyway. */
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const statisticalRecordSchema = z.strictObject({
  /**
   * A fresh random UUID v4, made at erasure. Never the worker id, nor anything derived from the
   * person; not a v7 either: its timestamp would match the audit log's `erase` entry, which names
   * the worker id, and so link the row back to the file.
   */
  id: z.uuidv4(),
  enrolmentMonth: monthSchema,
  /** Null while the status keeps the worker in the programme. */
  exitMonth: monthSchema.nullable(),
  exitReason: exitReasonSchema.nullable(),
  finalStatus: workerStatusSchema,
  primaryTrack: trackSchema,
  secondaryTracks: z.array(trackSchema),
  sex: sexSchema,
  ageBandAtEnrolment: z.enum(AGE_BANDS),
  educationLevel: educationLevelSchema,
  formerRole: z.string(),
  /**
   * Belfiore code of the comune of residence. Reports count placements by distance from the site,
   * which needs a place; the comune is the coarsest one that still gives a distance, and the
   * level at which ISTAT itself publishes statistics. No address, no birthplace.
   */
  residenceCode: z.string().regex(/^[A-Z]\d{3}$/),
  /** Status changes by month, in order; the counselor's notes are free text about the person and are dropped. */
  statusHistory: z.array(z.strictObject({ from: workerStatusSchema.nullable(), to: workerStatusSchema, month: monthSchema })),
  // Deliberately absent: the L. 68/99 protected-category flag. Belonging to it reveals a
  // disability, i.e. health data (art. 9 GDPR), which must not outlive the erasure even as a flag.
});
export type StatisticalRecord = z.infer<typeof statisticalRecordSchema>;

/**
 * The anonymous row for an erased worker. `events` are the worker's own events; `newId` must be
 * a fresh random UUID v4 (e.g. `crypto.randomUUID()`). Throws when the id is malformed or is the
 * worker's own id. None for someone the reports never counted (not enrolled, or never consented):
 * the row exists only so that the counts stay what they were.
 */
export function toStatisticalRecord(worker: Worker, events: readonly DomainEvent[], options: { newId: string }): StatisticalRecord | undefined {
  if (events.some((event) => event.subjectId === options.newId)) throw new Error('The statistical record needs a fresh id, not the worker id.');
  const since = participantSince(worker);
  if (since === undefined || !isEnrolled(worker)) return undefined;
  const exitDate = programmeExitDate(worker, events);
  const record: StatisticalRecord = {
    id: options.newId,
    // The month the reports began to count the file in.
    enrolmentMonth: monthOf(since),
    exitMonth: exitDate === undefined ? null : monthOf(exitDate),
    exitReason: worker.exitReason ?? null,
    finalStatus: worker.status,
    primaryTrack: worker.primaryTrack,
    secondaryTracks: [...worker.secondaryTracks],
    sex: worker.sex,
    ageBandAtEnrolment: ageBand(ageOn(worker.birthDate, worker.enrolmentDate)),
    educationLevel: worker.educationLevel,
    formerRole: worker.formerRole,
    residenceCode: worker.residenceCode,
    statusHistory: chronological(events).flatMap((event) =>
      event.payload.kind === 'worker.statusChanged' ? [{ from: event.payload.from, to: event.payload.to, month: monthOf(event.occurredOn) }] : [],
    ),
  };
  // Parsing checks the id and, being strict, that no field slipped in beyond the list above.
  return statisticalRecordSchema.parse(record);
}

export function ageBand(age: number): AgeBand {
  if (!Number.isFinite(age)) throw new RangeError(`Not an age: ${age}`);
  if (age < 30) return '<30';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  if (age < 55) return '50-54';
  if (age < 60) return '55-59';
  return '60+';
}

function monthOf(iso: string): string {
  return iso.slice(0, 7);
}
