// What each table stores (rows) and what repositories hand out once opened (records).
// Sensitive fields are sealed in rows (see codec.ts); index columns are non-identifying.
import type { VersionedRecord } from '../../shared/sync/record';
import type { DocumentData } from '../../shared/documents/types';
import type { SealedChunk } from '../../shared/documents/content';
import type { DeviceData } from '../../shared/sync/devices';
import type { Sealed } from '../../shared/crypto/sealed';
import type { Worker } from '../../shared/domain/worker';
import type { Counselor, Programme } from '../../shared/domain/programme';
import type { Employer } from '../../shared/domain/employer';
import type { DomainEvent, EventKind } from '../../shared/domain/events';
import type { AuditEntry } from '../../shared/domain/audit';
import type { StatisticalRecord } from '../../shared/gdpr/statisticalRecord';
import type { StoredRecord } from './codec';
import type { Offer } from '../../shared/domain/offer';
import type { ActionPlan, Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';
import type { WorkerIndexColumns } from '../../shared/sync/registry';
import type { Appointment } from '../../shared/domain/appointment';

/** The non-identifying index columns of a worker row (shared/sync/registry.ts). */
export type WorkerIndex = WorkerIndexColumns;

/** `personKey`: the blind index of the codice fiscale (personKey.ts), absent without a valid one. */
export type WorkerRow = StoredRecord<Worker> & WorkerIndex & { personKey?: string };
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
/** A document's metadata, its file name and note sealed; `workerId` and `ownerId` beside it for the indexes. */
export type DocumentRow = StoredRecord<DocumentData> & { workerId: string; ownerId: string };
/** An appointment, its place and note sealed; counselor, day and workers beside them for the indexes. */
export type AppointmentRow = StoredRecord<Appointment> & { counselorId: string; date: string; workerIds: string[] };
/** One sealed chunk of a document's bytes (shared/documents/content.ts). Local: never synced as a row. */
export interface DocumentChunkRow extends SealedChunk {
  readonly documentId: string;
  readonly index: number;
}

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

// Sync bookkeeping rows (v5), written by renderer/sync. A version vector maps an origin device id
// to the highest HLC of that device a laptop holds.
export type VersionVectorRow = Record<string, string>;

/** A laptop of the programme as registered (synced record, id = device id); its label is sealed. */
export type { DeviceData };
export type DeviceRow = StoredRecord<DeviceData>;
export type DeviceRecord = VersionedRecord<DeviceData>;

export type SyncDirection = 'in' | 'out';

/** One bundle sent or received (or refused): the sync history. */
export interface SyncHistoryRow {
  id: string;
  /** Wall-clock time, ISO. */
  at: string;
  direction: SyncDirection;
  /** The other laptop ('' when a refused file named no readable sender). */
  peerDeviceId: string;
  /**
   * False when the bundle was refused before its sender's signature was checked against a trusted
   * key: `peerDeviceId` is then only what the file claims. Absent on rows written before this was
   * recorded (see `historyPeerVerified`).
   */
  peerVerified?: boolean;
  bundleId: string;
  fileName: string;
  /** Lines by kind/table. */
  counts: Record<string, number>;
  bytes: number;
  /** SHA-256 (hex) of the file bytes. */
  sha256: string;
  /** 'sent', 'applied', or 'refused:<reason>'. */
  outcome: string;
  /** Plain note for the user (e.g. workers kept because of unsent changes). */
  note: string;
}

/** What a peer laptop has seen and what it was last given. */
export interface PeerRow {
  deviceId: string;
  /** The `knows` vector of the last bundle applied from this peer. */
  knows: VersionVectorRow;
  lastBundleId: string;
  lastSeenAt: string;
  /**
   * Coordinator side: worker ids this counselor laptop is assumed to hold (shared/sync/caseloadBelief.ts),
   * so bundles to it leave out what it has. Before v10 of the app: the caseload last sent.
   */
  caseload: string[];
  /** The workers kept by every caseload sent since the laptop last reported its own; absent or null when none was. */
  keptSinceReport?: string[] | null;
  /** When the laptop's last caseload report was made. */
  reportedAt?: string | null;
}

/**
 * A field value that lost a merge, kept for the coordinator's review (shared/sync Conflict, id
 * `table:recordId:field:origin`). The value is sealed: it may be personal data.
 */
export interface ConflictRow {
  id: string;
  table: string;
  recordId: string;
  field: string;
  /** Origin device of the losing value. */
  origin: string;
  value: Sealed;
  hlc: string;
  winnerHlc: string;
  /** False when that origin's latest value equals the winner: kept for order independence, not shown. */
  differs: boolean;
  detectedAt: string;
  /** Review state is local: null while to review. */
  resolvedAt: string | null;
  resolution: 'restored' | 'dismissed' | null;
}

/** A laptop's data key escrowed to the programme key (age, armored): only the programme identity opens it. */
export interface RecoveryKeyRow {
  deviceId: string;
  wrappedDataKey: string;
  receivedAt: string;
}

export interface AppliedBundleRow {
  bundleId: string;
  senderDeviceId: string;
  appliedAt: string;
}
