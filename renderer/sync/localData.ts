// Reads this laptop's synced data as plain opened records for the sync core: every row of every
// synced table (opened with the codec), the events (payload opened), audit and statistics.
import { SYNC_TABLES, type AnyRecord, type Conflict, type SyncData, type SyncTable, type TableRecords } from '../../shared/sync';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { ConflictRow, EventRecord } from '../db/rows';
import { openEvent } from '../db/recordRows';
import { openSyncRow, syncTable } from './tables';

export interface SyncStores {
  readonly db: PcoDatabase;
  readonly codec: RecordCodec;
}

export async function openTable({ db, codec }: SyncStores, table: SyncTable): Promise<AnyRecord[]> {
  const rows = await syncTable(db, table).toArray();
  return Promise.all(rows.map((row) => openSyncRow(codec, table, row)));
}

export async function openAllRecords(stores: SyncStores): Promise<TableRecords> {
  const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  for (const table of SYNC_TABLES) records[table] = await openTable(stores, table);
  return records;
}

export async function openAllEvents({ db, codec }: SyncStores): Promise<EventRecord[]> {
  const rows = await db.events.toArray();
  return Promise.all(rows.map((row) => openEvent(codec, row)));
}

/** Everything that may travel from this laptop. */
export async function loadSyncData(stores: SyncStores): Promise<SyncData> {
  const [records, events, audit, statistics] = await Promise.all([openAllRecords(stores), openAllEvents(stores), stores.db.audit.toArray(), stores.db.statistics.toArray()]);
  return { records, events, audit, statistics };
}

/**
 * A conflict row with the sync core's `seenByWinner` hint beside it (Dexie keeps extra columns;
 * rows stored before the hint existed read as concurrent edits, the safe side for review).
 */
export type StoredConflictRow = ConflictRow & { seenByWinner?: boolean };

export async function openConflict(codec: RecordCodec, row: StoredConflictRow): Promise<Conflict> {
  const value = await codec.openValue<unknown>(`conflicts:${row.id}`, row.value);
  const seenByWinner = row.seenByWinner ?? false;
  return { id: row.id, table: row.table as SyncTable, recordId: row.recordId, field: row.field, origin: row.origin, value, hlc: row.hlc, winnerHlc: row.winnerHlc, differs: row.differs, seenByWinner };
}

/** Conflict rows as the sync core sees them; review state is kept apart by the caller. */
export async function openConflicts({ db, codec }: SyncStores): Promise<Conflict[]> {
  const rows = await db.conflicts.toArray();
  return Promise.all(rows.map((row) => openConflict(codec, row)));
}
