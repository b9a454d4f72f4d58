// Two counselor laptops on fake IndexedDB register the same person offline; the coordinator imports
// both bundles (the second preview says so), merges the two files in Doppioni and sends caseloads
// back; a laptop that edited its old file meanwhile sees the edit land on the survivor.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createMemoryBridge } from '../platform/memory/bridge';
import { freshDatabase, testCodec } from '../db/testing';
import { loadDemo } from '../db/setup';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { survivorId } from '../db/mergedFiles';
import { createDuplicatesRepository } from '../workers/duplicates/duplicatesRepository';
import { sampleWorker } from '../../test/fixtures/workers';
import { setUpProgrammeKeys } from './programmeSetup';
import type { SyncContext } from './exportBundle';
import { joinLaptop, receive, send } from './testing';

const workersOf = (ctx: SyncContext) => createWorkerRepository(ctx.db, ctx.session, ctx.codec);

describe('the same worker registered on two laptops', () => {
  const bridge = createMemoryBridge();
  let coordinator: SyncContext;
  let laptopA: SyncContext;
  let laptopB: SyncContext;

  beforeAll(async () => {
    const demo = generateDemoProgramme({ workers: 12, seed: 7 });
    const db = freshDatabase();
    const codec = await testCodec();
    coordinator = { db, session: await loadDemo(db, codec, demo), codec };
    await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
    const [first, second] = demo.counselors.filter((c) => c.role === 'counselor');
    laptopA = await joinLaptop(coordinator, bridge, first!.id, 'Portatile A');
    laptopB = await joinLaptop(coordinator, bridge, second!.id, 'Portatile B');
    for (const laptop of [laptopA, laptopB]) {
      expect((await receive(coordinator, await send(laptop, coordinator))).ok).toBe(true);
      expect((await receive(laptop, await send(coordinator, laptop))).ok).toBe(true);
    }
  }, 90_000);

  it('converges on one file after the merge, with the late edit of the old file on it', async () => {
    const person = { surname: 'Lastrucci', name: 'Fabio', birthDate: '1971-02-03', birthplaceCode: 'D583' };
    const onA = await workersOf(laptopA).create(sampleWorker({ ...person, counselorId: laptopA.session.counselorId, phone: '333 1111111' }));
    const onB = await workersOf(laptopB).create(sampleWorker({ ...person, counselorId: laptopB.session.counselorId, phone: '333 2222222' }));

    expect(await receive(coordinator, await send(laptopA, coordinator))).toMatchObject({ ok: true, samePersonFiles: 0 });
    const second = await receive(coordinator, await send(laptopB, coordinator));
    expect(second).toMatchObject({ ok: true, samePersonFiles: 1 });

    const duplicates = createDuplicatesRepository(coordinator.db, coordinator.session, coordinator.codec, workersOf(coordinator));
    expect((await duplicates.groups()).map((group) => group.map((file) => file.id).sort())).toEqual([[onA.id, onB.id].sort()]);
    // B's file stays, with A's phone; A's laptop, not knowing, edits its old file.
    await duplicates.merge(onB.id, onA.id, { phone: 'absorbed' });
    const current = await workersOf(laptopA).get(onA.id);
    await workersOf(laptopA).update(onA.id, { ...current.data, email: 'fabio@example.it' });

    for (const laptop of [laptopA, laptopB]) expect((await receive(laptop, await send(coordinator, laptop))).ok).toBe(true);
    expect((await receive(coordinator, await send(laptopA, coordinator))).ok).toBe(true);
    for (const laptop of [laptopA, laptopB]) await receive(laptop, await send(coordinator, laptop));

    const survivor = await workersOf(coordinator).get(onB.id);
    expect(survivor.data.phone).toBe('333 1111111');
    expect(survivor.data.email).toBe('fabio@example.it');
    expect(await survivorId(coordinator.db, onA.id)).toBe(onB.id);
    expect(await duplicates.groups()).toEqual([]);
    // B holds the one file, with the late edit; A no longer holds the person (the survivor is B's).
    expect((await workersOf(laptopB).get(onB.id)).data.email).toBe('fabio@example.it');
    expect((await workersOf(laptopA).summaries()).map((file) => file.id)).not.toContain(onA.id);
    expect(await laptopA.db.workers.get(onA.id)).toBeUndefined();
  }, 90_000);
});
