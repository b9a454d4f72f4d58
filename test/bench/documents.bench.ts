// Issue 17: a bundle carrying documents, through the app's own export and import (renderer/sync on
// fake-indexeddb, Node): the coordinator holds 300 workers with 3 scans of 300 KB each (≈ 270 MB)
// and hands the whole caseload to a counselor laptop that has none of it. The bundle goes to a
// file on disk and comes back from it a piece at a time, through the files Electron's main process
// uses (electron/streamFiles.ts). Time each way, and the process's peak resident memory above what
// it held before (fake-indexeddb keeps both databases in this same process: the receiver's sealed
// chunks, ≈ 270 MB, are part of the import's figure).
import 'fake-indexeddb/auto';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createMemoryBridge } from '../../renderer/platform/memory/bridge';
import { freshDatabase, testCodec } from '../../renderer/db/testing';
import { loadDemo } from '../../renderer/db/setup';
import { setUpProgrammeKeys } from '../../renderer/sync/programmeSetup';
import { joinLaptop, receive, send } from '../../renderer/sync/testing';
import { createCaseloadRepository } from '../../renderer/sync/caseloadRepository';
import { createDocumentRepository } from '../../renderer/documents/documentRepository';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordExport, writeExport, type SyncContext } from '../../renderer/sync/exportBundle';
import { createNewFile, openForReading } from '../../electron/streamFiles';
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
        const folder = await mkdtemp(join(tmpdir(), 'pco-bench-documents-'));
        const path = join(folder, 'documents.pcobundle');
        try {
          const exported = await withPeak(async () => {
            const file = await createNewFile(path);
            let size = 0;
            const written = await writeExport(coordinator, laptop.session.deviceId, () =>
              Promise.resolve({
                ok: true,
                value: {
                  write: (bytes: Uint8Array) => ((size += bytes.length), file.write(bytes)),
                  finish: async () => (await file.close(), { location: path, size }),
                  abort: () => file.close(),
                },
              }),
            );
            if (!written.ok) throw new Error(`the export failed: ${written.error}`);
            await recordExport(coordinator, written.value);
            return written.value;
          });
          const imported = await withPeak(async () => {
            const file = await openForReading(path);
            try {
              return await receive(laptop, { size: file.size, read: (offset, length) => file.read(offset, length) });
            } finally {
              await file.close();
            }
          });
          if (!imported.value.ok) throw new Error(`the bundle was refused: ${imported.value.reason}`);
          return results(exported, imported, await laptop.db.documentChunks.count(), carried);
        } finally {
          await rm(folder, { recursive: true, force: true });
        }
      },
    },
  ];
}

function results(exported: { ms: number; peakMB: number; value: { size: number } }, imported: { ms: number; peakMB: number }, held: number, carried: number): BenchResult[] {
  const note = `${carried} documents, bundle ${MB(exported.value.size).toFixed(0)} MB written to and read from disk a piece at a time; Node + fake-indexeddb`;
  return [
    { name: 'bundle with documents (≈ 270 MB of scans): export, coordinator → counselor laptop', median: exported.ms, unit: 'ms', runs: 1, targetMax: 60_000, note },
    { name: 'bundle with documents: import on the counselor laptop (verify, then store sealed)', median: imported.ms, unit: 'ms', runs: 1, targetMax: 60_000, note: `${held} chunks stored` },
    { name: 'bundle with documents: export, peak memory above the start', median: exported.peakMB, unit: 'MB', runs: 1, targetMax: 500, note: 'resident set, Node; the bundle file streams to disk' },
    {
      name: 'bundle with documents: import, peak memory above the start',
      median: imported.peakMB,
      unit: 'MB',
      runs: 1,
      targetMax: 500,
      note: 'resident set, Node; the file is read from disk a piece at a time; includes the receiver’s sealed chunks (fake-indexeddb in the same process)',
    },
  ];
}
