// The 300-worker bundle written into IndexedDB: the app's apply (renderer/sync/applyBundle.ts:
// every row sealed with AES-GCM, then one Dexie transaction) against a raw Dexie bulkPut of the
// same records, unsealed, into the same tables in one transaction. Each run writes into a fresh
// database. Node on fake-indexeddb, as storage.bench.ts: the ratio, not the times, is the point.
import 'fake-indexeddb/auto';
import { bytesSource } from '../../shared/sync/bundle/source';
import { EMPTY_MEMORY_STATE, localStateOf, previewBundle, SYNC_TABLES, type SyncEvent, type SyncPreview } from '../../shared/sync';
import type { PcoDatabase } from '../../renderer/db/database';
import { freshDatabase, testCodec, testSession } from '../../renderer/db/testing';
import { applyImport } from '../../renderer/sync/applyBundle';
import type { PreparedImport } from '../../renderer/sync/importBundle';
import { syncTable, type SyncRow } from '../../renderer/sync/tables';
import { median, type BenchResult, type BenchSuite } from './harness';
import { COORDINATOR_DEVICE, prepareSyncFixture, syncFixture } from './syncFixture';

const RUNS = 3;

function rowCount(preview: SyncPreview): number {
  const records = Object.values(preview.records).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);
  return records + preview.events.length + preview.audit.length + preview.statistics.length;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function appImport(db: PcoDatabase, prepared: PreparedImport): Promise<number> {
  const session = await testSession(db, { counselorId: syncFixture().laptop.counselorId, role: 'coordinator' });
  const codec = await testCodec();
  return timed(() => applyImport({ db, session, codec }, prepared));
}

function rawBulkPut(db: PcoDatabase, preview: SyncPreview): Promise<number> {
  const tables = [...SYNC_TABLES.map((table) => syncTable(db, table)), db.events, db.audit, db.statistics];
  return timed(() =>
    db.transaction('rw', tables, async () => {
      for (const table of SYNC_TABLES) await syncTable(db, table).bulkPut((preview.records[table] ?? []) as unknown as SyncRow[]);
      // Unsealed: the reference writes the decoded events as they are.
      await db.table<SyncEvent, string>(db.events.name).bulkPut([...preview.events]);
      await db.audit.bulkPut([...preview.audit]);
      await db.statistics.bulkPut([...preview.statistics]);
    }),
  );
}

export function importIntoStoreBenchmark(): BenchSuite {
  return {
    kind: 'suite',
    name: 'sync import into IndexedDB vs raw Dexie bulkPut (fake-indexeddb)',
    async run(): Promise<BenchResult[]> {
      await prepareSyncFixture();
      const { bytes, decoded } = syncFixture();
      const preview = previewBundle(localStateOf(EMPTY_MEMORY_STATE, 'coordinator', COORDINATOR_DEVICE), decoded);
      const prepared: PreparedImport = { ok: true, fileName: 'demo.pcobundle', bytes: bytes.length, file: bytesSource(bytes), identities: [], bundle: decoded, preview, samePersonFiles: 0 };
      const times = { app: [] as number[], raw: [] as number[] };
      // A warm-up of each (dropped), then the runs alternate so that both see the same machine.
      for (let run = 0; run <= RUNS; run++) {
        const db = freshDatabase();
        times.app.push(await appImport(db, prepared));
        if ((await db.workers.count()) !== 300) throw new Error('the app import did not write the 300 workers');
        times.raw.push(await rawBulkPut(freshDatabase(), preview));
      }
      const rows = rowCount(preview);
      const app = median(times.app.slice(1));
      const raw = median(times.raw.slice(1));
      const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
      return [
        { name: `sync import into IndexedDB, 300 workers + 1 year (${rows} rows): app apply, seal + one transaction`, median: app, unit: 'ms', runs: RUNS, note: `${rate(app)}; preview done beforehand (not timed)` },
        { name: `raw Dexie bulkPut of the same ${rows} rows, unsealed, one transaction (reference)`, median: raw, unit: 'ms', runs: RUNS, note: rate(raw) },
        {
          name: 'ratio: app import rate ÷ raw Dexie bulkPut rate (rows/s, same rows)',
          median: raw / app,
          unit: 'ratio',
          runs: RUNS,
          targetMin: 0.5,
          note: 'the app also seals every row (AES-GCM) and writes peers, history and clock; fake-indexeddb, not Chromium',
        },
      ];
    },
  };
}
