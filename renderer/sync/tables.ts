// How each synced table's rows are sealed and opened: the same helpers (and sensitive field lists)
// the repositories use, so a merged record is stored exactly as a local edit would be. Opened
// records are stripped of index columns: what travels is the VersionedRecord alone.
import { SYNCED_KINDS, type AnyRecord, type SyncTable } from '../../shared/sync';
import type { CigsPeriod } from '../../shared/domain/worker';
import type { Programme } from '../../shared/domain/programme';
import { recordPart } from '../../shared/sync/record';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec, StoredRecord } from '../db/codec';
import { sealRecord, type OpenedRecords } from '../db/storedRows';

/** A row as any synced table stores it. */
export type SyncRow = Record<string, unknown> & { id: string };

export async function openSyncRow(codec: RecordCodec, table: SyncTable, row: SyncRow): Promise<AnyRecord> {
  // Stored whole (nothing sealed): the row is the record, with any index columns dropped.
  if (SYNCED_KINDS[table].sealed === null) return recordPart(row as unknown as AnyRecord);
  // The stored halves were split from a validated record by `seal`; opening joins them again.
  const opened = await codec.open(table, row as unknown as StoredRecord<Record<string, unknown>>);
  return recordPart(opened);
}

/**
 * Seals a merged record for its table, as the repositories do (shared/sync/registry.ts). The data
 * came from a signed bundle of a registered device (or from this laptop) and was validated line by
 * line against the table's schema by the sync core: the cast names it as the table's record.
 */
export async function sealSyncRecord(codec: RecordCodec, table: SyncTable, record: AnyRecord, periods: readonly CigsPeriod[]): Promise<SyncRow> {
  const sealed: object = await sealRecord(codec, table, record as OpenedRecords[SyncTable], { programmePeriods: periods });
  return sealed as SyncRow;
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
