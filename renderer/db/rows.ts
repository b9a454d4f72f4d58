// What each table stores (rows) and what repositories hand out once opened (records).
// Sensitive fields are sealed in rows (see codec.ts); index columns are non-identifying.
import type { VersionedRecord } from '../../shared/sync/record';
import type { Sealed } from '../../shared/crypto/sealed';
import type { Worker } from '../../shared/domain/worker';
import type { Counselor, Programme } from '../../shared/domain/programme';
import type { Employer } from '../../shared/domain/employer';
import type { DomainEvent, EventKind } from '../../shared/domain/events';
import type { AuditEntry } from '../../shared/domain/audit';
import type { StatisticalRecord } from '../../shared/gdpr/statisticalRecord';
import type { WorkerStatus, Track } from '../../shared/domain/vocabulary';
import type { StoredRecord } from './codec';
import type { Offer } from '../../shared/domain/offer';
import type { ActionPlan, Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';

export interface WorkerIndex {
  status: WorkerStatus;
  primaryTrack: Track;
  counselorId: string;
  /** Last day of the effective CIGS periods, '' when none apply. */
  cigsEnd: string;
}

export type WorkerRow = StoredRecord<Worker> & WorkerIndex;
export type WorkerRecord = VersionedRecord<Worker> & WorkerIndex;

export type CounselorRow = StoredRecord<Counselor>;
export type CounselorRecord = VersionedRecord<Counselor>;
export type ProgrammeRow = VersionedRecord<Programme>;
export type EmployerRow = StoredRecord<Employer>;
export type EmployerRecord = VersionedRecord<Employer>;
export type OfferRow = StoredRecord<Offer>;
export type ActionPlanRow = StoredRecord<ActionPlan>;
export type CourseRow = StoredRecord<Course>;
export type EnrolmentRow = StoredRecord<Enrolment>;
export type VentureRow = StoredRecord<Venture>;
export type CandidacyRow = StoredRecord<Candidacy>;
export type MeetingRow = StoredRecord<Meeting>;
/** A CV version as reviewed and saved by the counselor: its content is sealed. */
export type CvRow = StoredRecord<{ workerId: string; variant: 'full' | 'anonymous'; language: 'it' | 'en'; content: unknown; reference: string }>;

/** An event as stored: its payload (which may hold notes) sealed, its kind indexable. */
export type EventRow = Omit<DomainEvent, 'payload'> & { kind: EventKind; payload: Sealed };
export type EventRecord = DomainEvent & { kind: EventKind };

export type AuditRow = AuditEntry;
export type StatisticalRow = StatisticalRecord;

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface DraftRow {
  key: string;
  value: Sealed;
  savedAt: string;
}

/**
 * A programme-wide setting (matching weights, synonyms, report thresholds): one versioned record per
 * setting, keyed by its name, so the coordinator's choice travels to every laptop through sync.
 */
export type ProgrammeSettingRow = VersionedRecord<{ value: unknown }>;

// Sync bookkeeping rows (v5). Their exact shapes are owned by renderer/sync; the database only
// needs the key columns declared in schema.ts.
export interface SyncBookkeepingRow {
  [column: string]: unknown;
}
