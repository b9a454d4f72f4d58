// Three laptops on fake IndexedDB: the coordinator (a small demo programme) and two counselor
// laptops joined with enrolment files. Bundles go through the real export and import code.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { workerSchema } from '../../shared/domain/worker';
import { createMemoryBridge } from '../platform/memory/bridge';
import { freshDatabase, testCodec } from '../db/testing';
import { loadDemo } from '../db/setup';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { openWorker } from '../db/recordRows';
import { setUpProgrammeKeys } from './programmeSetup';
import { prepareExport, type SyncContext } from './exportBundle';
import { dataDump, joinLaptop, receive, send } from './testing';
import { createCaseloadRepository } from './caseloadRepository';

async function workerOn(ctx: SyncContext, id: string) {
  const row = await ctx.db.workers.get(id);
  return row ? openWorker(ctx.codec, row) : undefined;
}

describe('sync round: coordinator and two counselor laptops', () => {
  const bridge = createMemoryBridge();
  let coordinator: SyncContext;
  let laptopA: SyncContext;
  let laptopB: SyncContext;
  let counselorA: string;
  let counselorB: string;
  let bundleToA: Uint8Array;

  const join = (counselorId: string, label: string) => joinLaptop(coordinator, bridge, counselorId, label);

  beforeAll(async () => {
    const demo = generateDemoProgramme({ workers: 12, seed: 7, variant: 'historical' });
    const db = freshDatabase();
    const codec = await testCodec();
    const session = await loadDemo(db, codec, demo);
    coordinator = { db, session, codec };
    await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
    const counselors = demo.counselors.filter((c) => c.role === 'counselor' && demo.workers.some((w) => w.worker.counselorId === c.id));
    counselorA = counselors[0]!.id;
    counselorB = counselors[1]!.id;
    laptopA = await join(counselorA, 'Portatile A');
    laptopB = await join(counselorB, 'Portatile B');
  }, 60_000);

  it('registers each laptop from its first bundle, with its escrowed key', async () => {
    for (const laptop of [laptopA, laptopB]) {
      const outcome = await receive(coordinator, await send(laptop, coordinator));
      expect(outcome.ok).toBe(true);
      expect(await coordinator.db.devices.get(laptop.session.deviceId)).toBeDefined();
      expect(await coordinator.db.recoveryKeys.get(laptop.session.deviceId)).toBeDefined();
    }
  });

  it('sends each counselor only their caseload plus the catalogue', async () => {
    bundleToA = await send(coordinator, laptopA);
    expect((await receive(laptopA, bundleToA)).ok).toBe(true);
    expect((await receive(laptopB, await send(coordinator, laptopB))).ok).toBe(true);
    const onA = await laptopA.db.workers.toArray();
    expect(onA.length).toBeGreaterThan(0);
    expect(onA.every((row) => row.counselorId === counselorA)).toBe(true);
    expect(await laptopA.db.employers.count()).toBe(await coordinator.db.employers.count());
    expect(await laptopA.db.programme.count()).toBe(1);
    expect(await laptopA.db.audit.count()).toBe(0);
  });

  it('refuses a replayed bundle and a bundle for another laptop, leaving data untouched', async () => {
    const before = await dataDump(laptopA.db);
    const again = await receive(laptopA, bundleToA);
    expect(again).toMatchObject({ ok: false, reason: 'alreadyApplied' });
    const forB = await prepareExport(coordinator, laptopB.session.deviceId);
    expect(await receive(laptopA, forB.bytes)).toMatchObject({ ok: false, reason: 'notForThisDevice' });
    expect(await receive(laptopA, forB.bytes.subarray(0, forB.bytes.length - 10))).toMatchObject({ ok: false });
    expect(await dataDump(laptopA.db)).toBe(before);
    expect((await laptopA.db.syncHistory.toArray()).filter((h) => h.outcome.startsWith('refused:')).length).toBe(3);
  });

  it('merges concurrent edits, keeps the conflict, and moves a reassigned worker off the old laptop', async () => {
    const shared = (await laptopA.db.workers.toArray())[0]!.id;
    const onA = (await workerOn(laptopA, shared))!;
    await createWorkerRepository(laptopA.db, laptopA.session, laptopA.codec).update(shared, workerSchema.parse({ ...onA.data, phone: '055 111111' }));
    // The coordinator reassigns the worker to B and hands it over before A's edit arrives.
    expect(await createCaseloadRepository(coordinator.db, coordinator.session, coordinator.codec).reassign([shared], counselorB)).toBe(1);
    expect((await receive(laptopB, await send(coordinator, laptopB))).ok).toBe(true);
    const onB = (await workerOn(laptopB, shared))!;
    expect(onB.counselorId).toBe(counselorB);
    await createWorkerRepository(laptopB.db, laptopB.session, laptopB.codec).update(shared, workerSchema.parse({ ...onB.data, phone: '055 222222' }));

    expect((await receive(coordinator, await send(laptopA, coordinator))).ok).toBe(true);
    expect((await receive(coordinator, await send(laptopB, coordinator))).ok).toBe(true);
    const merged = (await workerOn(coordinator, shared))!;
    expect(merged.data.phone).toBe('055 222222');
    const conflicts = (await coordinator.db.conflicts.toArray()).filter((c) => c.recordId === shared && c.differs);
    const fromA = conflicts.find((c) => c.origin === laptopA.session.deviceId);
    expect(fromA?.field).toBe('phone');
    expect(await coordinator.codec.openValue(`conflicts:${fromA!.id}`, fromA!.value)).toBe('055 111111');

    expect((await receive(laptopA, await send(coordinator, laptopA))).ok).toBe(true);
    expect(await laptopA.db.workers.get(shared)).toBeUndefined();
    expect(await laptopA.db.events.where('subjectId').equals(shared).count()).toBe(0);
    expect((await receive(laptopB, await send(coordinator, laptopB))).ok).toBe(true);
    expect((await workerOn(laptopB, shared))!.data.phone).toBe('055 222222');
  });
});
