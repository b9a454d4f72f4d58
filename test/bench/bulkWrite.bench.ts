// Issue 19, item 5: the one bulk path (renderer/db/bulkWrite.ts: seal every row, then one
// transaction), which the spreadsheet import and the demo loader write through, against a raw Dexie
// bulkPut of the same worker files and events, unsealed, in one transaction into the same tables
// (the worker list follows both). Node on fake-indexeddb, as the sync store benchmark: the ratio of
// the rates is the point, not the times. The unsealed reference leaves out what the app must do by
// definition (one AES-GCM seal a row, which in Node's WebCrypto costs more than fake-indexeddb's
// put), so a second reference seals the same rows with bare sealJson calls before the same bulkPut:
// its ratio is the app's own overhead; both figures are kept.
import 'fake-indexeddb/auto';
import { createRecord, type VersionedRecord } from '../../shared/sync/record';
import type { Worker } from '../../shared/domain/worker';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { freshDatabase, testCodec, testSession } from '../../renderer/db/testing';
import { writeBulk } from '../../renderer/db/bulkWrite';
import { newEvent, withWorkerIndex } from '../../renderer/db/recordRows';
import type { EventRecord } from '../../renderer/db/rows';
import type { Session } from '../../renderer/db/session';
import type { PcoDatabase } from '../../renderer/db/database';
import { median, type BenchResult, type BenchSuite } from './harness';
import { mapInFlight, sealJson } from '../../shared/crypto/sealed';
import type { RecordCodec } from '../../renderer/db/codec';

const WORKERS = Number(process.env.PCO_BENCH_BULK_WORKERS ?? 3000);
const RUNS = 3;

function batch(session: Session, workers: number): { records: VersionedRecord<Worker>[]; events: EventRecord[] } {
  const demo = generateDemoProgramme({ workers, seed: 3 });
  const records: VersionedRecord<Worker>[] = [];
  const events: EventRecord[] = [];
  for (const item of [...demo.workers, ...demo.nonParticipants]) {
    events.push(newEvent(session, item.id, { kind: 'worker.created' }, item.createdOn));
    for (const move of item.statusHistory) events.push(newEvent(session, item.id, { kind: 'worker.statusChanged', from: move.from, to: move.to, exitReason: move.exitReason, note: '' }, move.occurredOn));
    records.push(createRecord(item.id, item.worker, session.tick(), session.author()));
  }
  return { records, events };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function raw(db: PcoDatabase, records: readonly VersionedRecord<Worker>[], events: readonly EventRecord[]): Promise<number> {
  const rows = records.map((record) => ({ ...withWorkerIndex(record, []), sealed: null }));
  return timed(() =>
    db.transaction('rw', [db.workers, db.events, db.meta], async () => {
      await db.table(db.workers.name).bulkPut(rows);
      await db.table(db.events.name).bulkAdd([...events]);
    }),
  );
}

/** The floor of an encrypted store: every row sealed once (a bare sealJson, several in flight), then the raw bulkPut. */
function sealedRaw(db: PcoDatabase, codec: RecordCodec, records: readonly VersionedRecord<Worker>[], events: readonly EventRecord[]): Promise<number> {
  return timed(async () => {
    const key = codec.dataKey;
    const rows = await mapInFlight(records, async (record) => ({ ...withWorkerIndex(record, []), sealed: await sealJson(key, record.data, `workers:${record.id}`) }));
    const sealedEvents = await mapInFlight(events, async (event) => ({ ...event, payload: await sealJson(key, event.payload, `events:${event.id}`) }));
    await db.transaction('rw', [db.workers, db.events, db.meta], async () => {
      await db.table(db.workers.name).bulkPut(rows);
      await db.table(db.events.name).bulkAdd(sealedEvents);
    });
  });
}

export function bulkWriteBenchmarks(): BenchSuite[] {
  return [
    {
      kind: 'suite',
      name: 'bulk path vs raw Dexie bulkPut (fake-indexeddb)',
      async run(): Promise<BenchResult[]> {
        const times = { app: [] as number[], raw: [] as number[], sealedRaw: [] as number[] };
        let rows = 0;
        for (let run = 0; run <= RUNS; run++) {
          const db = freshDatabase();
          const session = await testSession(db, { counselorId: 'c', role: 'coordinator' });
          const codec = await testCodec();
          const { records, events } = batch(session, WORKERS);
          rows = records.length + events.length;
          times.app.push(await timed(() => writeBulk(db, codec, session, { workers: records, events }, { programmePeriods: [] })));
          if ((await db.workerList.count()) !== records.length) throw new Error('the bulk path did not write every worker');
          times.raw.push(await raw(freshDatabase(), records, events));
          times.sealedRaw.push(await sealedRaw(freshDatabase(), codec, records, events));
        }
        const app = median(times.app.slice(1));
        const reference = median(times.raw.slice(1));
        const floor = median(times.sealedRaw.slice(1));
        const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
        const label = `${WORKERS.toLocaleString('en')} worker files + their events (${rows.toLocaleString('en')} rows)`;
        return [
          { name: `bulk path (import, demo loader): ${label}, seal + one transaction`, median: app, unit: 'ms', runs: RUNS, note: rate(app) },
          { name: `raw Dexie bulkPut of the same ${label}, unsealed, one transaction (reference)`, median: reference, unit: 'ms', runs: RUNS, note: rate(reference) },
          { name: 'ratio: bulk path rate ÷ raw Dexie bulkPut rate (rows/s, same rows)', median: reference / app, unit: 'ratio', runs: RUNS, targetMin: 0.5, note: 'fake-indexeddb, not Chromium; the raw side seals nothing' },
          { name: `bare seal (sealJson a row) + raw Dexie bulkPut of the same ${label}, one transaction (reference)`, median: floor, unit: 'ms', runs: RUNS, note: rate(floor) },
          { name: 'ratio: bulk path rate ÷ (bare seal + raw bulkPut) rate (rows/s, same rows)', median: floor / app, unit: 'ratio', runs: RUNS, note: "the app's own overhead over the work any encrypted store does" },
        ];
      },
    },
  ];
}
