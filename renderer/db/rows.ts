// What each table stores. Edited entities are VersionedRecords plus a few non-identifying
// index columns copied out of `data` (never names, codici fiscali or contacts).
import type { VersionedRecord } from '../../shared/sync/record';
import type { Worker } from '../../shared/domain/worker';
import type { Counselor, Programme } from '../../shared/domain/programme';
import type { Employer } from '../../shared/domain/employer';
import type { DomainEvent, EventKind } from '../../shared/domain/events';
import type { WorkerStatus, Track } from '../../shared/domain/vocabulary';

export type WorkerRow = VersionedRecord<Worker> & {
  status: WorkerStatus;
  primaryTrack: Track;
  counselorId: string;
  /** Last day of the effective CIGS periods, '' when none apply. */
  cigsEnd: string;
};
export type CounselorRow = VersionedRecord<Counselor>;
export type ProgrammeRow = VersionedRecord<Programme>;
export type EmployerRow = VersionedRecord<Employer>;
export type EventRow = DomainEvent & { kind: EventKind };

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: string;
}
