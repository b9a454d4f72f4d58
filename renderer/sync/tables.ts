// How each synced table's rows are sealed and opened: the same helpers (and sensitive field lists)
// the repositories use, so a merged record is stored exactly as a local edit would be. Opened
// records are stripped of index columns: what travels is the VersionedRecord alone.
import type { AnyRecord, SyncTable } from '../../shared/sync';
import type { CigsPeriod, Worker } from '../../shared/domain/worker';
import type { Counselor, Programme } from '../../shared/domain/programme';
import type { Employer } from '../../shared/domain/employer';
import type { Offer } from '../../shared/domain/offer';
import type { ActionPlan, Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';
import { recordPart, type VersionedRecord } from '../../shared/sync/record';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec, StoredRecord } from '../db/codec';
import type { DeviceData } from '../db/rows';
import { sealCounselor, sealEmployer, sealWorker } from '../db/recordRows';
import { sealOfferRecord } from '../db/repositories/offerRepository';
import { sealActionPlan } from '../db/repositories/actionPlanRepository';
import { sealCourse, sealEnrolment } from '../db/repositories/courseRepository';
import { sealVenture } from '../db/repositories/ventureRepository';
import { sealCandidacy } from '../db/repositories/candidacyRepository';
import { sealMeeting } from '../db/repositories/meetingRepository';
import { sealCv, type CvData } from '../db/repositories/cvRepository';

/** The device label may name its user: sealed like a counselor's name. */
export const SENSITIVE_DEVICE_FIELDS = ['label'] as const satisfies readonly (keyof DeviceData)[];

/** Tables whose rows are StoredRecords (a sealed part); the others keep the record as is. */
const PLAIN_TABLES: readonly SyncTable[] = ['programme', 'programmeSettings'];

/** A row as any synced table stores it. */
export type SyncRow = Record<string, unknown> & { id: string };

export async function openSyncRow(codec: RecordCodec, table: SyncTable, row: SyncRow): Promise<AnyRecord> {
  if (PLAIN_TABLES.includes(table)) return recordPart(row as unknown as AnyRecord);
  // The stored halves were split from a validated record by `seal`; opening joins them again.
  const opened = await codec.open(table, row as unknown as StoredRecord<Record<string, unknown>>);
  return recordPart(opened);
}

/**
 * Seals a merged record for its table. The data came from a signed bundle of a registered device
 * (or from this laptop) and was validated line by line by the sync core; the casts name the
 * table's record type for the repository helper that seals it.
 */
export async function sealSyncRecord(codec: RecordCodec, table: SyncTable, record: AnyRecord, periods: readonly CigsPeriod[]): Promise<SyncRow> {
  const clean = recordPart(record);
  const as = <T extends object>() => clean as unknown as VersionedRecord<T>;
  // Each helper returns its own row type; they all are rows of the synced table.
  const sealed = (): Promise<object> => {
    switch (table) {
      case 'programme':
      case 'programmeSettings':
        return Promise.resolve(clean);
      case 'counselors':
        return sealCounselor(codec, as<Counselor>());
      case 'workers':
        return sealWorker(codec, as<Worker>(), periods);
      case 'employers':
        return sealEmployer(codec, as<Employer>());
      case 'offers':
        return sealOfferRecord(codec, as<Offer>());
      case 'actionPlans':
        return sealActionPlan(codec, as<ActionPlan>());
      case 'courses':
        return sealCourse(codec, as<Course>());
      case 'enrolments':
        return sealEnrolment(codec, as<Enrolment>());
      case 'ventures':
        return sealVenture(codec, as<Venture>());
      case 'candidacies':
        return sealCandidacy(codec, as<Candidacy>());
      case 'meetings':
        return sealMeeting(codec, as<Meeting>());
      case 'cvs':
        return sealCv(codec, as<CvData>());
      case 'devices':
        return codec.seal('devices', as<DeviceData>(), SENSITIVE_DEVICE_FIELDS);
    }
  };
  return (await sealed()) as SyncRow;
}

/** The Dexie table of a synced table name (one place for the untyped access). */
export function syncTable(db: PcoDatabase, table: SyncTable) {
  return db.table<SyncRow, string>(table);
}

/** The programme's CIGS periods: a worker row's index column depends on them. */
export async function programmePeriods(db: PcoDatabase, incoming?: readonly AnyRecord[]): Promise<readonly CigsPeriod[]> {
  const fromBundle = incoming?.[0]?.data as Partial<Programme> | undefined;
  if (fromBundle?.cigsPeriods) return fromBundle.cigsPeriods;
  const programme = await db.programme.toCollection().first();
  return programme?.data.cigsPeriods ?? [];
}
