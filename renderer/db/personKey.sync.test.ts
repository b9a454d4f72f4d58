// The duplicate check right after a sync import: files that arrive in a bundle are sealed with
// their blind index by the import itself, on the receiving laptop's own key.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBridge } from '../platform/memory/bridge';
import { omocodicVariants } from '../../shared/validation/codiceFiscale';
import { sampleWorker } from '../../test/fixtures/workers';
import { createWorkerRepository } from './repositories/workerRepository';
import { DuplicatePersonError } from './repositories/errors';
import { demoCoordinator, joinLaptop, receive, send } from '../sync/testing';
import type { SyncContext } from '../sync/exportBundle';

const workersOf = (ctx: SyncContext) => createWorkerRepository(ctx.db, ctx.session, ctx.codec);

describe('the duplicate check after a sync import', () => {
  let coordinator: SyncContext;
  let laptop: SyncContext;

  beforeAll(async () => {
    ({ coordinator } = await demoCoordinator(6, 5));
    const counselor = (await coordinator.db.counselors.toArray()).find((row) => row.id !== coordinator.session.counselorId);
    laptop = await joinLaptop(coordinator, createMemoryBridge(), counselor!.id, 'Portatile A');
    expect((await receive(coordinator, await send(laptop, coordinator))).ok).toBe(true);
    expect((await receive(laptop, await send(coordinator, laptop))).ok).toBe(true);
  }, 90_000);

  it('finds on the coordinator a file that just arrived from a laptop, by an omocodic variant', async () => {
    const person = { surname: 'Lastrucci', name: 'Fabio', birthDate: '1971-02-03', birthplaceCode: 'D583' };
    const onLaptop = await workersOf(laptop).create(sampleWorker({ ...person, counselorId: laptop.session.counselorId }));
    expect((await receive(coordinator, await send(laptop, coordinator))).ok).toBe(true);
    const variant = omocodicVariants(onLaptop.data.codiceFiscale)[4]!;
    const attempt = workersOf(coordinator).create(sampleWorker({ ...person, codiceFiscale: variant, counselorId: coordinator.session.counselorId }));
    await expect(attempt).rejects.toBeInstanceOf(DuplicatePersonError);
    await expect(attempt).rejects.toMatchObject({ existingId: onLaptop.id });
  }, 60_000);

  it('finds on the laptop a file of its caseload that came in the first bundle', async () => {
    const [arrived] = await workersOf(laptop).list();
    expect(arrived).toBeDefined();
    const attempt = workersOf(laptop).create(sampleWorker({ counselorId: laptop.session.counselorId, codiceFiscale: arrived!.data.codiceFiscale }));
    await expect(attempt).rejects.toMatchObject({ existingId: arrived!.id });
  });
});
