// The coordinator's settings travel in bundles: the programme's CIGS periods (with their history)
// and the counselors' names and deactivation. A counselor laptop follows them and cannot change
// them; once its counselor is deactivated, its bundles are refused with that reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CIGS_PERIODS } from '../../shared/domain/programme';
import { editRecord } from '../../shared/sync/record';
import { sampleWorker } from '../../test/fixtures/workers';
import { createMemoryBridge } from '../platform/memory/bridge';
import { freshDatabase, testCodec } from '../db/testing';
import { setUpEmpty } from '../db/setup';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { createProgrammeRepository } from '../db/repositories/programmeRepository';
import { NotAllowedError } from '../db/repositories/errors';
import { setUpProgrammeKeys } from './programmeSetup';
import type { SyncContext } from './exportBundle';
import { dataDump, joinLaptop, receive, send } from './testing';

const EXTENSION = { start: '2020-09-01', end: '2020-12-31', cause: 'proroga' } as const;

describe('programme settings across laptops', () => {
  let coordinator: SyncContext;
  let laptop: SyncContext;
  let martaId: string;
  let followerId: string;
  let ownId: string;
  const programmeOf = (ctx: SyncContext) => createProgrammeRepository(ctx.db, ctx.session, ctx.codec);

  beforeAll(async () => {
    const db = freshDatabase();
    const codec = await testCodec();
    const session = await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO Figline');
    coordinator = { db, session, codec };
    martaId = (await programmeOf(coordinator).addCounselor({ displayName: 'Marta Neri', role: 'counselor' })).id;
    const workers = createWorkerRepository(db, session, codec);
    followerId = (await workers.create(sampleWorker({ counselorId: martaId }))).id;
    ownId = (await workers.create(sampleWorker({ counselorId: martaId, surname: 'Verdi', name: 'Luca', cigsPeriods: [{ start: '2019-01-01', end: '2019-10-31', cause: 'cessazione' }] }))).id;
    await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
    laptop = await joinLaptop(coordinator, createMemoryBridge(), martaId, 'Portatile Marta');
    expect((await receive(coordinator, await send(laptop, coordinator))).ok).toBe(true);
    expect((await receive(laptop, await send(coordinator, laptop))).ok).toBe(true);
  }, 60_000);

  it('brings a CIGS extension, its history and a new name to the counselor laptop, whose workers follow', async () => {
    expect((await laptop.db.workers.get(followerId))?.cigsEnd).toBe('2020-08-31');
    await programmeOf(coordinator).setCigsPeriods([...DEFAULT_CIGS_PERIODS, EXTENSION]);
    await programmeOf(coordinator).renameCounselor(martaId, 'Marta Neri Bianchi');
    expect((await receive(laptop, await send(coordinator, laptop))).ok).toBe(true);

    expect((await laptop.db.workers.get(followerId))?.cigsEnd).toBe('2020-12-31');
    expect((await laptop.db.workerList.get(followerId))?.cigsEnd).toBe('2020-12-31');
    expect((await laptop.db.workers.get(ownId))?.cigsEnd).toBe('2019-10-31');
    const history = await programmeOf(laptop).cigsHistory();
    expect(history.map((entry) => [entry.recordedBy, entry.payload.to.length])).toEqual([[coordinator.session.counselorId, 4]]);
    expect((await programmeOf(laptop).counselors()).find((c) => c.id === martaId)?.data.displayName).toBe('Marta Neri Bianchi');
  });

  it('refuses the bundles of a deactivated counselor’s laptop with that reason, and takes them again once reactivated', async () => {
    await programmeOf(coordinator).setCounselorActive(martaId, false);
    const bundle = await send(laptop, coordinator);
    const before = await dataDump(coordinator.db);
    const refused = await receive(coordinator, bundle);
    expect(refused.ok ? 'applied' : refused.reason).toBe('counselorDeactivated');
    expect(refused.ok ? null : refused.senderVerified).toBe(true);
    expect(await dataDump(coordinator.db)).toBe(before);
    expect((await coordinator.db.syncHistory.orderBy('at').last())?.outcome).toBe('refused:counselorDeactivated');
    await programmeOf(coordinator).setCounselorActive(martaId, true);
    const again = await receive(coordinator, bundle);
    expect(again.ok ? 'applied' : `${again.reason} ${again.detail}`).toBe('applied');
  });

  it('lets no counselor laptop change them: refused by its repository, and by the coordinator if written anyway', async () => {
    await expect(programmeOf(laptop).setCigsPeriods(DEFAULT_CIGS_PERIODS)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(programmeOf(laptop).setCounselorActive(martaId, false)).rejects.toBeInstanceOf(NotAllowedError);
    // A bug (or a hand-made change) on the laptop writes the programme anyway.
    const row = (await laptop.db.programme.toCollection().first())!;
    await laptop.db.programme.put(editRecord(row, { ...row.data, cigsPeriods: DEFAULT_CIGS_PERIODS }, laptop.session.tick(), laptop.session.author()));
    const before = await dataDump(coordinator.db);
    const outcome = await receive(coordinator, await send(laptop, coordinator));
    expect(outcome.ok ? 'applied' : outcome.reason).toBe('outOfScope');
    expect(await dataDump(coordinator.db)).toBe(before);
  });
});
