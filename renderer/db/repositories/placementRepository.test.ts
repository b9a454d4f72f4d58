import { beforeEach, describe, expect, it } from 'vitest';
import { candidacyFixture, type Fixture } from '../../candidacies/testFixtures';
import { createCandidacyRepository, type CandidacyRepository } from './candidacyRepository';
import { createPlacementRepository } from './placementRepository';
import { createWorkerRepository } from './workerRepository';

const hiring = { hiredOn: '2019-05-02', contractType: 'permanent', startDate: '2019-05-06', incentive: 'company_third_party', hoursPerWeek: 40 } as const;

describe('placement repository', () => {
  let fx: Fixture;
  let candidacies: CandidacyRepository;
  let offerId: string;
  let day: string;
  const today = () => day;

  beforeEach(async () => {
    fx = await candidacyFixture();
    day = '2019-12-31';
    candidacies = createCandidacyRepository(fx.db, fx.counselorA, fx.codec, today);
    offerId = await fx.addOffer({ positions: 1 });
  });

  const propose = async (index: number) => (await candidacies.propose({ workerId: fx.workersA[index]!.id, offerId, proposedOn: '2019-03-01' })).id;
  const placements = () => createPlacementRepository(fx.db, fx.counselorA, fx.codec, today);

  it('hires: the placement event, the hired stage and the worker placed with its status history', async () => {
    const candidacyId = await propose(0);
    const worker = await placements().hire(candidacyId, hiring);
    expect(worker.data).toMatchObject({ status: 'placed', exitReason: 'placed' });
    expect((await candidacies.get(candidacyId)).stage).toBe('hired');
    const [placement] = await placements().forWorker(worker.id);
    expect(placement).toMatchObject({ employerId: fx.employerId, offerId, candidacyId, contractType: 'permanent', startDate: '2019-05-06', incentive: 'company_third_party', hoursPerWeek: 40, occurredOn: '2019-05-02' });
    expect(placement?.endDate).toBeUndefined();
    const history = await createWorkerRepository(fx.db, fx.counselorA, fx.codec).history(worker.id);
    expect(history.filter((e) => e.payload.kind === 'worker.statusChanged').at(-1)?.payload).toMatchObject({ from: 'active', to: 'placed', exitReason: 'placed' });
    expect(await placements().hirings(offerId)).toBe(1);
  });

  it('asks for confirmation when the offer has no positions left', async () => {
    await placements().hire(await propose(0), hiring);
    const second = await propose(1);
    await expect(placements().hire(second, hiring)).rejects.toMatchObject({ reason: 'noPositionsLeft' });
    expect((await candidacies.get(second)).stage).toBe('proposed');
    await placements().hire(second, hiring, { overbook: true });
    expect(await placements().hirings(offerId)).toBe(2);
    expect((await placements().hiringsByOffer()).get(offerId)).toBe(2);
  });

  it('refuses a hiring dated before the last move', async () => {
    const candidacyId = await propose(0);
    await expect(placements().hire(candidacyId, { ...hiring, hiredOn: '2019-02-20' })).rejects.toMatchObject({ reason: 'beforePreviousMove' });
    expect(await placements().hirings(offerId)).toBe(0);
  });

  it('brings a worker back into the programme from the end of a fixed-term contract', async () => {
    const candidacyId = await propose(0);
    const worker = await placements().hire(candidacyId, { ...hiring, contractType: 'fixed_term', fixedTermMonths: 6 });
    const [placement] = await placements().forWorker(worker.id);
    expect(placement?.endDate).toBe('2019-11-05');
    day = '2019-11-04';
    await expect(placements().returnToProgramme(worker.id)).rejects.toMatchObject({ reason: 'notReturnable' });
    day = '2019-11-05';
    const back = await placements().returnToProgramme(worker.id);
    expect(back.data).toMatchObject({ status: 'active', exitReason: undefined });
    await expect(placements().returnToProgramme(worker.id)).rejects.toMatchObject({ reason: 'notReturnable' });
  });

  it('never brings back a worker on a permanent contract', async () => {
    const worker = await placements().hire(await propose(0), hiring);
    day = '2030-01-01';
    await expect(placements().returnToProgramme(worker.id)).rejects.toMatchObject({ reason: 'notReturnable' });
  });
});
