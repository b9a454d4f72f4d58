// The export's page ↔ worker protocol, the worker's side run in this process on its own database
// connection (as exportWorker.ts does): the bundle arrives whole and importable, Cancel drops the
// file, and a file that fails is told as it failed.
import { beforeAll, describe, expect, it } from 'vitest';
import { SyncCancelledError } from '../../shared/sync';
import type { FileSink } from '../../shared/platform/fileStreams';
import { concatBytes } from '../../shared/sync/bytes';
import { PcoDatabase } from '../db/database';
import { recordExport, type SyncContext } from './exportBundle';
import { exportWorkerEngine, startExport, type ExportEvent, type ExportPort } from './exportJob';
import { coordinatorAndLaptop, receive } from './testing';

function inProcessPort(ctx: SyncContext): ExportPort {
  const port: ExportPort = { onmessage: null, onerror: null, postMessage: (command) => queueMicrotask(() => handle(command)), terminate: () => {} };
  const handle = exportWorkerEngine(
    (name) => ({ db: new PcoDatabase(name), codec: ctx.codec }),
    (event) => queueMicrotask(() => port.onmessage?.({ data: event } as MessageEvent<ExportEvent>)),
  );
  return port;
}

function memorySink(failAt = Infinity) {
  const pieces: Uint8Array[] = [];
  const state = { finished: false, aborted: false };
  const sink: FileSink = {
    write: (bytes) => (pieces.length >= failAt ? Promise.reject(new Error('disk full')) : Promise.resolve(void pieces.push(bytes.slice()))),
    finish: () => Promise.resolve(void (state.finished = true)).then(() => ({ location: 'memory', size: pieces.reduce((sum, piece) => sum + piece.length, 0) })),
    abort: () => Promise.resolve(void (state.aborted = true)),
  };
  return { sink, pieces, state };
}

describe('export in a worker', () => {
  let coordinator: SyncContext;
  let laptop: SyncContext;

  beforeAll(async () => {
    ({ coordinator, laptop } = await coordinatorAndLaptop(8, 3));
  }, 60_000);

  it('writes on the page the bundle the worker makes, with its progress', async () => {
    const file = memorySink();
    const steps: string[] = [];
    let last = { done: 0, total: 0 };
    const running = startExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: file.sink }), { onStep: (step) => steps.push(step), onBytes: (done, total) => (last = { done, total }) }, () => inProcessPort(coordinator));
    const written = await running.result;
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(file.state.finished).toBe(true);
    expect(steps).toEqual(['collecting', 'encrypting', 'writing']);
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(0);
    await recordExport(coordinator, written.value);
    const outcome = await receive(laptop, concatBytes(file.pieces));
    expect(outcome.ok).toBe(true);
  });

  it('makes the bundle on the page where there are no workers, and stops there too', async () => {
    const file = memorySink();
    const written = await startExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: file.sink }), { onStep: () => {}, onBytes: () => {} }, null).result;
    expect(written.ok && file.state.finished).toBe(true);
    const stopped = memorySink();
    let running: ReturnType<typeof startExport> | null = null;
    running = startExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: stopped.sink }), { onStep: () => running?.cancel(), onBytes: () => {} }, null);
    await expect(running.result).rejects.toBeInstanceOf(SyncCancelledError);
    expect(stopped.state.aborted).toBe(true);
  });

  it('drops the file when cancelled', async () => {
    const file = memorySink();
    let running: ReturnType<typeof startExport> | null = null;
    running = startExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: file.sink }), { onStep: (step) => step === 'collecting' && running?.cancel(), onBytes: () => {} }, () => inProcessPort(coordinator));
    await expect(running.result).rejects.toBeInstanceOf(SyncCancelledError);
    expect(file.state.aborted).toBe(true);
    expect(file.state.finished).toBe(false);
  });

  it('tells a file that fails as it failed, and drops it', async () => {
    const file = memorySink(1);
    const running = startExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: file.sink }), { onStep: () => {}, onBytes: () => {} }, () => inProcessPort(coordinator));
    await expect(running.result).rejects.toThrow('disk full');
    expect(file.state.aborted).toBe(true);
  });
});
