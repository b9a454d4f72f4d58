// Every synced kind of record, declared once: its table, the entity schema its data must satisfy,
// who receives it (scope), who may write it, which fields are sealed at rest and which are copied
// beside the seal as index columns. The sync core (selection, validation, sender scope), the
// renderer's storage (sealing, opening) and `pco` read this registry: adding a kind is one entry.
import { z } from 'zod';
import { actionPlanSchema, candidacySchema, courseSchema, enrolmentSchema, meetingSchema, ventureSchema, type ActionPlan, type Meeting, type Venture } from '../domain/casework';
import { employerSchema, type Employer } from '../domain/employer';
import { offerSchema, type Offer } from '../domain/offer';
import { cigsEndDate, counselorSchema, effectiveCigsPeriods, programmeSchema, type Counselor } from '../domain/programme';
import type { CigsPeriod } from '../domain/cigs';
import { SENSITIVE_WORKER_FIELDS, workerSchema, type Worker } from '../domain/worker';
import { cvContentSchema } from '../cv/content';
import { deviceDataSchema, type DeviceData } from './devices';
import { documentSchema, type DocumentData } from '../documents/types';
import { appointmentSchema, type Appointment } from '../domain/appointment';

/**
 * Who receives a kind: every laptop (the shared catalogue), the counselor of the worker, the
 * counselor of the worker a row names by `workerId`, or the laptops holding one of the candidacies
 * a meeting groups, or the counselor a row names by `counselorId` and the counselors of the workers
 * it names by `workerIds` (an appointment).
 */
export type ScopeRule = 'catalogue' | 'worker' | 'workerOwned' | 'candidacyGroup' | 'counselorAndWorkers';

/** Who may write it: anyone in scope, the coordinator only, or a laptop its own device record only. */
export type WriterRule = 'anyone' | 'coordinator' | 'device';

/** What the index columns of a row may need besides its data. */
export interface IndexContext {
  readonly programmePeriods: readonly CigsPeriod[];
}

export interface SyncedKind {
  readonly schema: z.ZodType;
  readonly scope: ScopeRule;
  readonly writers: WriterRule;
  /** Fields sealed at rest (AES-GCM under the data key); null: the record is stored whole, in clear. */
  readonly sealed: readonly string[] | null;
  /** Columns stored beside the sealed part for IndexedDB indexes: never identifying. */
  readonly index?: (data: Readonly<Record<string, unknown>>, context: IndexContext) => Record<string, unknown>;
}

/** A CV version as reviewed and saved by its counselor. */
const cvRecordSchema = z.object({
  workerId: z.string().min(1),
  variant: z.enum(['full', 'anonymous']),
  language: z.enum(['it', 'en']),
  content: cvContentSchema,
  reference: z.string(),
});

/** A programme-wide setting (matching weights, synonyms, thresholds): its value, checked where it is read. */
const programmeSettingSchema = z.object({ value: z.unknown() });

/** Index columns that are plain copies of fields. */
const copies =
  (...fields: string[]) =>
  (data: Readonly<Record<string, unknown>>): Record<string, unknown> =>
    Object.fromEntries(fields.map((field) => [field, data[field]]));

/** The non-identifying index columns of a worker row. */
export interface WorkerIndexColumns {
  status: Worker['status'];
  /** '' before the worker joins (see shared/domain/participation.ts). */
  primaryTrack: NonNullable<Worker['primaryTrack']> | '';
  /** '' while nobody follows the worker (only before they join). */
  counselorId: string;
  /** Last day of the effective CIGS periods, '' when none apply. */
  cigsEnd: string;
}

/** A worker's index columns: status, track and counselor, and the last day of the CIGS that applies. */
export function workerIndexColumns(data: Pick<Worker, 'status' | 'primaryTrack' | 'counselorId' | 'cigsPeriods'>, context: IndexContext): WorkerIndexColumns {
  return {
    status: data.status,
    primaryTrack: data.primaryTrack ?? '',
    counselorId: data.counselorId ?? '',
    cigsEnd: cigsEndDate(effectiveCigsPeriods(data.cigsPeriods, context.programmePeriods)) ?? '',
  };
}

export const SYNCED_KINDS = {
  programme: { schema: programmeSchema, scope: 'catalogue', writers: 'coordinator', sealed: null },
  counselors: { schema: counselorSchema, scope: 'catalogue', writers: 'coordinator', sealed: ['displayName'] satisfies (keyof Counselor)[] },
  // The data sealed is a worker file the schema has checked (a form, an import, a bundle line).
  workers: { schema: workerSchema, scope: 'worker', writers: 'anyone', sealed: SENSITIVE_WORKER_FIELDS, index: (data, context) => ({ ...workerIndexColumns(data as Worker, context) }) },
  employers: { schema: employerSchema, scope: 'catalogue', writers: 'anyone', sealed: ['contactName', 'phone', 'email'] satisfies (keyof Employer)[] },
  offers: { schema: offerSchema, scope: 'catalogue', writers: 'anyone', sealed: ['description'] satisfies (keyof Offer)[], index: copies('employerId', 'state') },
  actionPlans: { schema: actionPlanSchema, scope: 'workerOwned', writers: 'anyone', sealed: ['goals', 'activities'] satisfies (keyof ActionPlan)[], index: copies('workerId') },
  courses: { schema: courseSchema, scope: 'catalogue', writers: 'anyone', sealed: [] },
  enrolments: { schema: enrolmentSchema, scope: 'workerOwned', writers: 'anyone', sealed: [], index: copies('courseId', 'workerId') },
  ventures: { schema: ventureSchema, scope: 'workerOwned', writers: 'anyone', sealed: ['idea', 'funding'] satisfies (keyof Venture)[], index: copies('workerId') },
  candidacies: { schema: candidacySchema, scope: 'workerOwned', writers: 'anyone', sealed: [], index: copies('workerId', 'offerId') },
  meetings: { schema: meetingSchema, scope: 'candidacyGroup', writers: 'anyone', sealed: ['place', 'notes'] satisfies (keyof Meeting)[], index: copies('employerId', 'date') },
  cvs: { schema: cvRecordSchema, scope: 'workerOwned', writers: 'anyone', sealed: ['content'] satisfies (keyof z.infer<typeof cvRecordSchema>)[], index: copies('workerId') },
  devices: { schema: deviceDataSchema, scope: 'catalogue', writers: 'device', sealed: ['label'] satisfies (keyof DeviceData)[] },
  programmeSettings: { schema: programmeSettingSchema, scope: 'catalogue', writers: 'coordinator', sealed: null },
  // A document's metadata; its bytes are sealed chunks beside it (shared/documents/content.ts) and
  // travel as chunk lines with the record's first sending. An employer's own papers (workerId '') go
  // to every laptop, like the employer.
  documents: {
    schema: documentSchema,
    scope: 'workerOwned',
    writers: 'anyone',
    sealed: ['fileName', 'note'] satisfies (keyof DocumentData)[],
    index: (data) => ({ workerId: data['workerId'], ownerId: (data['owner'] as DocumentData['owner'] | undefined)?.id ?? '' }),
  },
  // A counselor's appointments, on their laptop and on those of the workers' counselors.
  appointments: {
    schema: appointmentSchema,
    scope: 'counselorAndWorkers',
    writers: 'anyone',
    sealed: ['place', 'note'] satisfies (keyof Appointment)[],
    index: copies('counselorId', 'date', 'workerIds'),
  },
} as const satisfies Record<string, SyncedKind>;
