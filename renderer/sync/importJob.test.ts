// The import's page ↔ worker protocol, the worker's side run in this process on its own database
// connection and session (as syncImportWorker.ts does): progress is told step by step, Cancel in
// the preview or in the middle of the final transaction leaves every table as it was, and a refused
// bundle is refused for the same reason as on the page.
import { beforeEach, describe, expect, it } from 'vitest';
import { bytesSource, SyncCancelledError } from '../../shared/sync';
import { PcoDatabase } from '../db/database';
import { openSession } from '../db/session';
import type { SyncContext } from './exportBundle';
import { prepareImport } from './importBundle';
import type { ImportStep } from './importControl';
import { importWorkerEngine, startImport, type ImportEvent, type ImportJob, type ImportPort, type ImportWatch } from './importJob';
import { coordinatorAndLaptop, receive, send } from './testing';
import { createDocumentRepository } from '../documents/documentRepository';
import { DOCUMENT_CHUNK_BYTES } from '../../shared/documents/types';

function inProcessPort(ctx: SyncContext): ImportPort {
  const port: ImportPort = { onmessage: null, onerror: null, postMessage: (command) => queueMicrotask(() => handle(command)), terminate: () => {} };
  const handle = importWorkerEngine(
    async (start) => {
      const db = new PcoDatabase(start.databaseName);
      return { db, codec: ctx.codec, session: await openSession(db, start.user) };
    },
    (event) => queueMicrotask(() => port.onmessage?.({ data: event } as MessageEvent<ImportEvent>)),
  );
  return port;
}

/** Every table, the sync history included, as JSON. */
async function everything(db: PcoDatabase): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return JSON.stringify(dump);
}

/** Steps seen, with the last progress told in each. */
function watcher(onProgress: (step: ImportStep, done: number, total: number) => void = () => {}) {
  const steps: ImportStep[] = [];
  const last = new Map<ImportStep, { done: number; total: number }>();
  const watch: ImportWatch = {
    onStep: (step) => steps.push(step),
    onProgress: (done, total) => {
      const step = steps[steps.length - 1];
      if (!step) return;
      last.set(step, { done, total });
      onProgress(step, done, total);
    },
  };
  return { steps, last, watch };
}

describe('import in a worker', () => {
  let coordinator: SyncContext;
  let laptop: SyncContext;
  let bundle: Uint8Array;
  let workerId: string;

  beforeEach(async () => {
    let demo;
    ({ coordinator, laptop, demo } = await coordinatorAndLaptop(8, 5));
    workerId = demo.workers[0]?.id ?? '';
    bundle = await send(coordinator, laptop);
  }, 60_000);

  it('previews, then applies, telling each step and how far it is', async () => {
    const seen = watcher();
    const job = startImport(laptop, bytesSource(bundle), 'c.pcobundle', seen.watch, () => inProcessPort(laptop));
    const outcome = await job.preview;
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
    expect(outcome.view.fileName).toBe('c.pcobundle');
    expect(outcome.view.counts['workers']?.added).toBeGreaterThan(0);
    expect(seen.steps).toEqual(['reading', 'comparing']);
    expect(seen.last.get('reading')).toEqual({ done: bundle.length, total: bundle.length });
    const applied = await job.apply();
    job.close();
    expect(applied.history.outcome).toBe('applied');
    expect(seen.steps).toEqual(['reading', 'comparing', 'sealing', 'documents', 'writing']);
    const sealed = seen.last.get('sealing');
    expect(sealed && sealed.done === sealed.total && sealed.total > 0).toBe(true);
    const wrote = seen.last.get('writing');
    expect(wrote && wrote.done === wrote.total).toBe(true);
    expect(await laptop.db.workers.count()).toBe(outcome.view.counts['workers']?.added);
    // Applied once: the same file again is refused as already applied.
    const again = await startImport(laptop, bytesSource(bundle), 'c.pcobundle', watcher().watch, () => inProcessPort(laptop)).preview;
    expect(again.ok ? 'ok' : again.reason).toBe('alreadyApplied');
  });

  for (const where of ['in a worker', 'on the page'] as const) {
    const spawn = () => (where === 'in a worker' ? () => inProcessPort(laptop) : null);
    it(`Cancel while reading leaves the database as it was (${where})`, async () => {
      const before = await everything(laptop.db);
      let job: ImportJob | null = null;
      const seen = watcher((step) => step === 'reading' && job?.cancel());
      job = startImport(laptop, bytesSource(bundle), 'c.pcobundle', seen.watch, spawn());
      await expect(job.preview).rejects.toBeInstanceOf(SyncCancelledError);
      expect(seen.steps).not.toContain('comparing');
      expect(await everything(laptop.db)).toBe(before);
    });

    it(`Cancel in the middle of the final transaction leaves the database as it was (${where})`, async () => {
      const before = await everything(laptop.db);
      let job: ImportJob | null = null;
      // Stopped once a table has been written inside the transaction: the abort must undo it.
      const seen = watcher((step, done) => step === 'writing' && done >= 1 && job?.cancel());
      job = startImport(laptop, bytesSource(bundle), 'c.pcobundle', seen.watch, spawn());
      expect((await job.preview).ok).toBe(true);
      await expect(job.apply()).rejects.toBeInstanceOf(SyncCancelledError);
      job.close();
      expect(seen.last.get('writing')?.done).toBeGreaterThanOrEqual(1);
      expect(await everything(laptop.db)).toBe(before);
      // Nothing marks it applied: the same file is previewed and applied afterwards.
      const retry = startImport(laptop, bytesSource(bundle), 'c.pcobundle', watcher().watch, spawn());
      expect((await retry.preview).ok).toBe(true);
      expect((await retry.apply()).history.outcome).toBe('applied');
    });
  }

  it('Cancel while the documents are stored drops their bytes: the database is as it was', async () => {
    expect((await receive(laptop, bundle)).ok).toBe(true);
    const scan = new Uint8Array(2 * DOCUMENT_CHUNK_BYTES + 999).fill(37);
    scan.set(new TextEncoder().encode('%PDF-1.7\n'));
    await createDocumentRepository(laptop.db, laptop.session, laptop.codec).add({ workerId, owner: { kind: 'worker', id: workerId }, type: 'identity', fileName: 'carta.pdf', date: '2019-06-03', note: '' }, scan);
    const withDocument = await send(laptop, coordinator);
    const before = await everything(coordinator.db);
    let job: ImportJob | null = null;
    const seen = watcher((step) => step === 'documents' && job?.cancel());
    job = startImport(coordinator, bytesSource(withDocument), 'a.pcobundle', seen.watch, () => inProcessPort(coordinator));
    const outcome = await job.preview;
    expect(outcome.ok && outcome.view.counts['documents']?.added).toBe(1);
    await expect(job.apply()).rejects.toBeInstanceOf(SyncCancelledError);
    expect(seen.steps).toContain('documents');
    expect(await everything(coordinator.db)).toBe(before);
  });

  it('refuses a damaged bundle for the reason the page gives, touching nothing but the history', async () => {
    const damaged = bundle.slice();
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
    const direct = await prepareImport(laptop, damaged, 'damaged.pcobundle');
    expect(direct.ok).toBe(false);
    const before = await everything(laptop.db);
    const historyBefore = await laptop.db.syncHistory.count();
    const outcome = await startImport(laptop, bytesSource(damaged), 'damaged.pcobundle', watcher().watch, () => inProcessPort(laptop)).preview;
    if (outcome.ok || direct.ok) throw new Error('a damaged bundle was accepted');
    expect(outcome.reason).toBe(direct.reason);
    expect(outcome.history.outcome).toBe(`refused:${direct.reason}`);
    expect(await laptop.db.syncHistory.count()).toBe(historyBefore + 1);
    const after = JSON.parse(await everything(laptop.db)) as Record<string, unknown[]>;
    const was = JSON.parse(before) as Record<string, unknown[]>;
    expect({ ...after, syncHistory: [] }).toEqual({ ...was, syncHistory: [] });
  });

  it('refuses a bundle meant for another laptop, as the page does', async () => {
    const other = await send(laptop, coordinator);
    const before = await everything(laptop.db);
    const outcome = await startImport(laptop, bytesSource(other), 'other.pcobundle', watcher().watch, () => inProcessPort(laptop)).preview;
    expect(outcome.ok ? 'ok' : outcome.reason).toBe('notForThisDevice');
    const after = JSON.parse(await everything(laptop.db)) as Record<string, unknown[]>;
    expect({ ...after, syncHistory: [] }).toEqual({ ...(JSON.parse(before) as Record<string, unknown[]>), syncHistory: [] });
  });
});
