// This laptop's synced data as the sync core's page source (shared/sync/scopeStream.ts): each table
// read a page at a time in id order, each row handed over as stored (its clear part decides whether
// it goes) and opened with the codec only when it does. At 30,000 workers with a year of history
// no more than a page of rows is held at once.
import type { Table } from 'dexie';
import { mapInFlight } from '../../shared/crypto/sealed';
import { recordPart } from '../../shared/sync/record';
import type { AnyRecord, EventHead, RowPage, SyncEvent, SyncPageSource } from '../../shared/sync';
import type { EventRow } from '../db/rows';
import { openEvent } from '../db/recordRows';
import { PAGE_ROWS } from '../db/pages';
import { openSyncRow, syncTable, type SyncRow } from './tables';
import type { SyncStores } from './localData';

/** A table's rows a page at a time, in primary-key order (eachPage's reading, pulled rather than pushed). */
async function* pages<R extends { id: string }>(table: Table<R, string>, size = PAGE_ROWS): AsyncGenerator<R[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray();
    const last = rows[rows.length - 1];
    if (!last) return;
    yield rows;
    if (rows.length < size) return;
    after = last.id;
  }
}

/** A stored row's clear part as a record: its data lacks only the sealed fields, which the selection never reads (SCOPE_FIELDS). */
const clearPart = (row: SyncRow): AnyRecord => recordPart(row as unknown as AnyRecord);

/** The stored row behind a row of the page (the selection hands back rows it was given). */
function storedRow<R>(byId: ReadonlyMap<string, R>, id: string): R {
  const row = byId.get(id);
  if (!row) throw new Error(`row ${id} is not in the page read`);
  return row;
}

export function syncPageSource(stores: SyncStores): SyncPageSource {
  const { db, codec } = stores;
  return {
    async *records(table) {
      for await (const rows of pages(syncTable(db, table))) {
        const byId = new Map(rows.map((row) => [row.id, row]));
        const page: RowPage<AnyRecord, AnyRecord> = {
          rows: rows.map(clearPart),
          open: (some) => mapInFlight(some, (record) => openSyncRow(codec, table, storedRow(byId, record.id))),
        };
        yield page;
      }
    },
    async *events() {
      for await (const rows of pages<EventRow>(db.events)) {
        const byId = new Map(rows.map((row) => [row.id, row]));
        const page: RowPage<EventHead, SyncEvent> = { rows, open: (some) => mapInFlight(some, (event) => openEvent(codec, storedRow(byId, event.id))) };
        yield page;
      }
    },
    audit: () => pages(db.audit),
    statistics: () => pages(db.statistics),
  };
}
