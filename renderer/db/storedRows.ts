// How each synced kind is stored: its sealed fields and index columns come from the registry
// (shared/sync/registry.ts); this file only names the row and record types the repositories use,
// so that a repository, the sync import and a restored conflict seal a record the same way.
import type { ActionPlan, Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';
import type { Counselor, Programme } from '../../shared/domain/programme';
import type { Employer } from '../../shared/domain/employer';
import type { Offer, OfferState } from '../../shared/domain/offer';
import type { Worker } from '../../shared/domain/worker';
import type { DeviceData } from '../../shared/sync/devices';
import type { DocumentData } from '../../shared/documents/types';
import type { Appointment } from '../../shared/domain/appointment';
import { SYNCED_KINDS, type IndexContext } from '../../shared/sync/registry';
import type { SyncTable } from '../../shared/sync/types';
import { recordPart, type VersionedRecord } from '../../shared/sync/record';
import type { RecordCodec, StoredRecord } from './codec';
import type { WorkerIndex } from './rows';
import { personKeyColumn } from './personKey';

/** A CV version's fields as the cvs table holds them (the repository reads the content with its schema). */
export type StoredCvData = {
  workerId: string;
  variant: 'full' | 'anonymous';
  language: 'it' | 'en';
  content: unknown;
  reference: string;
};

/** The opened record of each synced table. */
export interface OpenedRecords {
  programme: VersionedRecord<Programme>;
  counselors: VersionedRecord<Counselor>;
  workers: VersionedRecord<Worker>;
  employers: VersionedRecord<Employer>;
  offers: VersionedRecord<Offer>;
  actionPlans: VersionedRecord<ActionPlan>;
  courses: VersionedRecord<Course>;
  enrolments: VersionedRecord<Enrolment>;
  ventures: VersionedRecord<Venture>;
  candidacies: VersionedRecord<Candidacy>;
  meetings: VersionedRecord<Meeting>;
  cvs: VersionedRecord<StoredCvData>;
  devices: VersionedRecord<DeviceData>;
  programmeSettings: VersionedRecord<{ value: unknown }>;
  documents: VersionedRecord<DocumentData>;
  appointments: VersionedRecord<Appointment>;
}

/** The row each synced table stores: the sealed record and its index columns (SYNCED_KINDS). */
export interface StoredRows {
  programme: VersionedRecord<Programme>;
  counselors: StoredRecord<Counselor>;
  workers: StoredRecord<Worker> & WorkerIndex & { personKey?: string };
  employers: StoredRecord<Employer>;
  offers: StoredRecord<Offer> & { employerId: string; state: OfferState };
  actionPlans: StoredRecord<ActionPlan> & { workerId: string };
  courses: StoredRecord<Course>;
  enrolments: StoredRecord<Enrolment> & { courseId: string; workerId: string };
  ventures: StoredRecord<Venture> & { workerId: string };
  candidacies: StoredRecord<Candidacy> & { workerId: string; offerId: string };
  meetings: StoredRecord<Meeting> & { employerId: string; date: string };
  cvs: StoredRecord<StoredCvData> & { workerId: string };
  devices: StoredRecord<DeviceData>;
  programmeSettings: VersionedRecord<{ value: unknown }>;
  documents: StoredRecord<DocumentData> & { workerId: string; ownerId: string };
  appointments: StoredRecord<Appointment> & { counselorId: string; date: string; workerIds: string[] };
}

// Both maps name every synced table and nothing else: a kind added to the registry without its
// types here, or a table here the registry does not know, fails to compile.
type Exactly<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
export const STORED_ROWS_COVER_THE_REGISTRY: Exactly<StoredRows, Record<SyncTable, unknown>> & Exactly<OpenedRecords, Record<SyncTable, unknown>> = true;

/** Index columns that need nothing but the record. */
export const NO_INDEX_CONTEXT: IndexContext = { programmePeriods: [] };

/**
 * A record sealed for its table: the registry's sealed fields under the data key (bound to table
 * and id), its index columns beside them; a kind with nothing sealed stored whole. Only the
 * record's own part is stored: index columns a caller's object may carry are dropped first.
 */
export async function sealRecord<T extends SyncTable>(codec: RecordCodec, table: T, record: OpenedRecords[T], context: IndexContext = NO_INDEX_CONTEXT): Promise<StoredRows[T]> {
  const kind = SYNCED_KINDS[table];
  const clean = recordPart<Record<string, unknown>>(record);
  if (kind.sealed === null) return clean as StoredRows[T];
  const sealed = await codec.seal(table, clean, kind.sealed);
  const index = 'index' in kind ? kind.index(clean.data, context) : {};
  // A worker row also carries the blind index of its codice fiscale, whoever writes it.
  const person = table === 'workers' ? await personKeyColumn(codec, clean.data) : {};
  // The shape StoredRows names for this table is what the registry's fields and index build.
  return { ...sealed, ...index, ...person } as StoredRows[T];
}
