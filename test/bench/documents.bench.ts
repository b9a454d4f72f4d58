// Issue 17: a bundle carrying documents, through the app's own export and import (renderer/sync on
// fake-indexeddb, Node): the coordinator holds 300 workers with 3 scans of 300 KB each (≈ 270 MB)
// and hands the whole caseload to a counselor laptop that has none of it. Time each way, and the
// process's peak resident memory above what it held before (fake-indexeddb keeps both databases in
// this same process: the receiver's sealed chunks, ≈ 270 MB, are part of the import's figure).
import 'fake-indexeddb/auto';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createMemoryBridge } from '../../renderer/platform/memory/bridge';
import { freshDatabase, testCodec } from '../../renderer/db/testing';
import { loadDemo } from '../../renderer/db/setup';
import { setUpProgrammeKeys } from '../../renderer/sync/programmeSetup';
import { joinLaptop, receive, send } from '../../renderer/sync/testing';
import { createCaseloadRepository } from '../../renderer/sync/caseloadRepository';
import { createDocumentRepository } from '../../renderer/documents/documentRepository';
import type { SyncContext } from '../../renderer/sync/exportBundle';
import type { BenchResult, BenchSuite } from './harness';

const WORKERS = Number(process.env.PCO_BENCH_DOC_WORKERS ?? 300);
const PER_WORKER = 3;
const SCAN_BYTES = 300 * 1024;
const MB = (bytes: number) => bytes / 2 ** 20;

/** A scan-sized PDF-looking file, different for each document (so no two chunks are alike). */
function scan(seed: number): Uint8Array {
  const bytes = new Uint8Array(SCAN_BYTES);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  for (let i = 9; i < bytes.length; i += 1) bytes[i] = (i * 131 + seed * 7919) % 251;
  return bytes;
}

/** Runs `work`, sampling the resident set size; returns its time and the peak above the start. */
async function withPeak<T>(work: () => Promise<T>): Promise<{ ms: number; peakMB: number; value: T }> {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const began = performance.now();
  try {
    const value = await work();
    return { ms: performance.now() - began, peakMB: MB(Math.max(peak, process.memoryUsage().rss) - start), value };
  } finally {
    clearInterval(timer);
  }
}

export function documentBenchmarks(): BenchSuite[] {
  return [
    {
      kind: 'suite',
      name: `bundle with documents: ${WORKERS} workers × ${PER_WORKER} scans of 300 KB`,
      async run(): Promise<BenchResult[]> {
        const demo = generateDemoProgramme({ workers: WORKERS, seed: 2019, variant: 'historical' });
        const db = freshDatabase();
        const codec = await testCodec();
        const coordinator: SyncContext = { db, codec, session: await loadDemo(db, codec, demo) };
        await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
        const counselor = demo.counselors.find((c) => c.role === 'counselor')!;
        const laptop = await joinLaptop(coordinator, createMemoryBridge(), counselor.id, 'Portatile');
        await receive(coordinator, await send(laptop, coordinator));
        const workerIds = demo.workers.filter((w) => !['retired', 'withdrawn'].includes(w.worker.status)).map((w) => w.id);
        await createCaseloadRepository(db, coordinator.session, codec).reassign(workerIds, counselor.id);
        const documents = createDocumentRepository(db, coordinator.session, codec);
        let seed = 0;
        for (const workerId of workerIds) {
          for (let n = 0; n < PER_WORKER; n += 1) {
            await documents.add({ workerId, owner: { kind: 'worker', id: workerId }, type: 'other', fileName: `scan-${n}.pdf`, date: '2019-06-01', note: '' }, scan((seed += 1)));
          }
        }
        const carried = workerIds.length * PER_WORKER;
        const exported = await withPeak(() => send(coordinator, laptop));
        const imported = await withPeak(() => receive(laptop, exported.value));
        if (!imported.value.ok) throw new Error(`the bundle was refused: ${imported.value.reason}`);
        const held = await laptop.db.documentChunks.count();
        const note = `${carried} documents, bundle ${MB(exported.value.length).toFixed(0)} MB; Node + fake-indexeddb`;
        return [
          { name: 'bundle with documents (≈ 270 MB of scans): export, coordinator → counselor laptop', median: exported.ms, unit: 'ms', runs: 1, targetMax: 60_000, note },
          { name: 'bundle with documents: import on the counselor laptop (verify, then store sealed)', median: imported.ms, unit: 'ms', runs: 1, targetMax: 60_000, note: `${held} chunks stored` },
          { name: 'bundle with documents: export, peak memory above the start', median: exported.peakMB, unit: 'MB', runs: 1, targetMax: 500, note: 'resident set, Node; includes the bundle file itself' },
          {
            name: 'bundle with documents: import, peak memory above the start',
            median: imported.peakMB,
            unit: 'MB',
            runs: 1,
            targetMax: 500,
            note: 'resident set, Node; includes the bundle file and the receiver’s sealed chunks (fake-indexeddb in the same process)',
          },
        ];
      },
    },
  ];
}
