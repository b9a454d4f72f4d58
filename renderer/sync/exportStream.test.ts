// The export reads IndexedDB a page at a time: it must send what the whole-data selection sends,
// stop on Cancel without a file, and refuse to finish a bundle whose data changed between passes.
import { beforeAll, describe, expect, it } from 'vitest';
import { selectChanges, SyncCancelledError } from '../../shared/sync';
import { eachPayloadLine } from '../../shared/sync/bundle/encode';
import type { FileSink } from '../../shared/platform/fileStreams';
import { writeExport, type SyncContext } from './exportBundle';
import { coordinatorAndLaptop } from './testing';
import { loadSyncData } from './localData';

interface WatchedSink extends FileSink {
  readonly state: { written: number; finished: boolean; aborted: boolean };
}

function watchedSink(onWrite: () => Promise<void> = () => Promise.resolve()): WatchedSink {
  const state = { written: 0, finished: false, aborted: false };
  return {
    state,
    write: async (bytes) => {
      state.written += bytes.length;
      await onWrite();
    },
    finish: () => Promise.resolve(void (state.finished = true)).then(() => ({ location: 'memory', size: state.written })),
    abort: () => Promise.resolve(void (state.aborted = true)),
  };
}

describe('export read a page at a time', () => {
  let coordinator: SyncContext;
  let laptop: SyncContext;

  beforeAll(async () => {
    ({ coordinator, laptop } = await coordinatorAndLaptop(10, 5));
  }, 60_000);

  it('carries what the selection of the whole data carries', async () => {
    const peerRow = await coordinator.db.peers.get(laptop.session.deviceId);
    const device = await coordinator.db.devices.get(laptop.session.deviceId);
    expect(device).toBeDefined();
    const whole = selectChanges(await loadSyncData(coordinator), {
      knows: peerRow?.knows ?? {},
      to: { role: 'counselor', counselorId: laptop.session.counselorId, previousCaseload: peerRow?.caseload ?? [] },
    });
    const expected: Record<string, number> = {};
    for (const line of eachPayloadLine(whole)) {
      const key = line.t === 'record' ? line.table : line.t;
      expected[key] = (expected[key] ?? 0) + 1;
    }
    const sink = watchedSink();
    const written = await writeExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: sink }));
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.value.manifest.counts).toEqual(expected);
    expect(written.value.caseload).toEqual(whole.caseload?.workerIds);
    expect(sink.state.finished).toBe(true);
  });

  it('stops when cancelled and drops the file', async () => {
    let asked = 0;
    const sink = watchedSink();
    const writing = writeExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: sink }), undefined, { cancelled: () => ++asked > 2 });
    await expect(writing).rejects.toBeInstanceOf(SyncCancelledError);
    expect(sink.state.aborted).toBe(true);
    expect(sink.state.finished).toBe(false);
  });

  it('refuses to finish a bundle whose data changed while it was written', async () => {
    // The first piece written is the head: the payload is read once more after it, here after an edit.
    let edited = false;
    const sink = watchedSink(async () => {
      if (edited) return;
      edited = true;
      const row = await coordinator.db.employers.toCollection().first();
      expect(row).toBeDefined();
      // Same length: only the payload's hash tells the two passes apart.
      const name = String(row?.data.legalName ?? '');
      expect(name).not.toBe('');
      if (row) await coordinator.db.employers.put({ ...row, data: { ...row.data, legalName: `${name.startsWith('X') ? 'Y' : 'X'}${name.slice(1)}` } });
    });
    const writing = writeExport(coordinator, laptop.session.deviceId, () => Promise.resolve({ ok: true, value: sink }));
    await expect(writing).rejects.toThrow(/changed while the bundle was being written/);
    expect(sink.state.aborted).toBe(true);
  });
});
