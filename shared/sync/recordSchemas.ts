// What a record's `data` must look like, per table: the entity's own zod schema, the single source
// of truth the forms use. A signed bundle from a known laptop is still checked field by field, so a
// bug or a hand-edited file on one laptop cannot plant malformed rows in everyone's database.
import { z } from 'zod';
import { workerSchema } from '../domain/worker';
import { employerSchema } from '../domain/employer';
import { offerSchema } from '../domain/offer';
import { actionPlanSchema, candidacySchema, courseSchema, enrolmentSchema, meetingSchema, ventureSchema } from '../domain/casework';
import { counselorSchema, programmeSchema } from '../domain/programme';
import { cvContentSchema } from '../cv/content';
import { deviceDataSchema } from './devices';
import type { AnyRecord, SyncTable } from './types';

const cvRecordSchema = z.object({
  workerId: z.string().min(1),
  variant: z.enum(['full', 'anonymous']),
  language: z.enum(['it', 'en']),
  content: cvContentSchema,
  reference: z.string(),
});

const RECORD_DATA_SCHEMAS: Record<SyncTable, z.ZodType> = {
  programme: programmeSchema,
  counselors: counselorSchema,
  workers: workerSchema,
  employers: employerSchema,
  offers: offerSchema,
  actionPlans: actionPlanSchema,
  courses: courseSchema,
  enrolments: enrolmentSchema,
  ventures: ventureSchema,
  candidacies: candidacySchema,
  meetings: meetingSchema,
  cvs: cvRecordSchema,
  devices: deviceDataSchema,
  programmeSettings: z.object({ value: z.unknown() }),
};

/**
 * Why a record's data is not valid for its table, or null when it is. A tombstone is checked only
 * for being an object: an erased worker's tombstone deliberately holds no field.
 */
export function recordDataProblem(table: SyncTable, record: AnyRecord): string | null {
  if (record.deletedAt !== null) return null;
  const parsed = RECORD_DATA_SCHEMAS[table].safeParse(record.data);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${table} ${record.id}: ${issue?.path.join('.') || 'data'} ${issue?.message ?? 'invalid'}`;
}
