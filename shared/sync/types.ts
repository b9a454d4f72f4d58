// Plain data the sync core takes and returns: records grouped by table, append-only lines,
// version vectors, conflicts and refusal reasons. No storage, no DOM: the renderer adapts.
import { z } from 'zod';
import type { DomainEvent, EventKind } from '../domain/events';
import type { AuditEntry } from '../domain/audit';
import type { StatisticalRecord } from '../gdpr/statisticalRecord';
import type { VersionedRecord } from './record';
import { SYNCED_KINDS, type SyncedKind } from './registry';

/** Tables whose rows are versioned records that merge field by field: the registry's kinds, in its order. */
export type SyncTable = keyof typeof SYNCED_KINDS;
// The one cast of the registry's keys: Object.keys types them as plain strings.
export const SYNC_TABLES = Object.keys(SYNCED_KINDS) as SyncTable[];
export const syncTableSchema = z.enum(SYNC_TABLES as [SyncTable, ...SyncTable[]]);

const tablesWhere = (test: (kind: SyncedKind) => boolean): readonly SyncTable[] => SYNC_TABLES.filter((table) => test(SYNCED_KINDS[table]));

/** Shared by every laptop whatever its caseload. */
export const CATALOGUE_TABLES = tablesWhere((kind) => kind.scope === 'catalogue');
/** Rows that belong to one worker through their `data.workerId`. */
export const WORKER_OWNED_TABLES = tablesWhere((kind) => kind.scope === 'workerOwned');
/** Tables only the coordinator writes (devices have their own rule in devices.ts). */
export const COORDINATOR_TABLES = tablesWhere((kind) => kind.writers === 'coordinator');

/** An opened (plaintext) record of any table. Extra top-level columns (index columns) are ignored. */
export type AnyRecord = VersionedRecord<Record<string, unknown>>;

/** Records grouped by table; a missing table means no rows. */
export type TableRecords = { [T in SyncTable]?: readonly AnyRecord[] };

/** An opened event, as renderer/db/rows.ts EventRecord. */
export type SyncEvent = DomainEvent & { kind: EventKind };

/** Everything that travels, as plain data. */
export interface SyncData {
  readonly records: TableRecords;
  readonly events: readonly SyncEvent[];
  readonly audit: readonly AuditEntry[];
  readonly statistics: readonly StatisticalRecord[];
}

/** Highest HLC held per origin device (the node part of the HLC). */
export type VersionVector = Readonly<Record<string, string>>;
export const versionVectorSchema = z.record(z.string(), z.string());

/** Coordinator → counselor: the complete caseload of the receiver at export time. */
export interface CaseloadLine {
  readonly counselorId: string;
  readonly workerIds: readonly string[];
}

/** Counselor → coordinator: the laptop's raw data key, age-armored to the programme recipient. */
export interface RecoveryKeyLine {
  readonly deviceId: string;
  readonly wrappedDataKey: string;
}

/** A document whose bytes a bundle carries (as chunk lines after its record): which, how long, its hash. */
export interface DocumentContentRef {
  readonly documentId: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** What one bundle carries besides its manifest. */
export interface BundleContent extends SyncData {
  readonly caseload: CaseloadLine | null;
  readonly recoveryKeys: readonly RecoveryKeyLine[];
  /**
   * Documents whose bytes travel with this bundle (export: to be read and written as chunk lines;
   * decode: arrived whole, their hash checked). The bytes themselves are never part of the content:
   * they are read from storage as the bundle is written, and written to storage as it is applied.
   */
  readonly documentContents?: readonly DocumentContentRef[];
}

/**
 * A value that lost a field merge to a value from another origin device. At most one per
 * (table, recordId, field, origin): the highest-HLC one, so the set does not depend on the order
 * bundles arrive in. `differs` is false when that origin's latest value equals the winner (kept
 * so the set stays order-independent; hide it in the UI).
 */
export interface Conflict {
  /** `${table}:${recordId}:${field}:${origin}`: stable, so the same conflict found twice is one row. */
  readonly id: string;
  readonly table: SyncTable;
  readonly recordId: string;
  readonly field: string;
  /** Origin device of the losing value (node part of `hlc`). */
  readonly origin: string;
  readonly value: unknown;
  readonly hlc: string;
  readonly winnerHlc: string;
  readonly differs: boolean;
  /**
   * The winning value came in a bundle whose sender had already seen this one: most likely a
   * deliberate overwrite after a sync rather than two people editing at once. Only a hint for the
   * review list (it shows concurrent edits first); the conflict set itself ignores it, so it stays
   * order-independent. Absent or false: treat as concurrent.
   */
  readonly seenByWinner?: boolean;
}

export const REFUSAL_REASONS = [
  'notForThisDevice',
  'badSignature',
  'unknownDevice',
  'revokedDevice',
  'otherProgramme',
  'corrupted',
  'unsupportedSchema',
  'alreadyApplied',
  'stale',
  'clockDrift',
  'notEnrolled',
  'outOfScope',
  'enrolmentUnproven',
  'enrolmentUsed',
  'counselorDeactivated',
] as const;
export const refusalReasonSchema = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

/** Refusals that mean "nothing to do" rather than "something is wrong". */
export const HARMLESS_REFUSALS: readonly RefusalReason[] = ['alreadyApplied', 'stale'];

export const EMPTY_SYNC_DATA: SyncData = { records: {}, events: [], audit: [], statistics: [] };
