import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import { allMilestones } from '../../../shared/retraining/venture';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { createVentureRepository, type VentureInput, type VentureRepository } from './ventureRepository';
import { NotAllowedError, NotEligibleError } from './errors';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

const IDEA = 'Officina mobile di manutenzione per macchine agricole del Valdarno';

function workshop(workerId: string, overrides: Partial<VentureInput> = {}): VentureInput {
  return {
    workerId,
    idea: IDEA,
    ateco: { code: '33.12.10', section: 'C', version: '2007', description: 'Riparazione e manutenzione di macchine' },
    milestones: allMilestones([{ kind: 'business_plan', dueDate: '2019-04-30', doneOn: '2019-04-26' }, { kind: 'launch', dueDate: '2019-09-02' }]),
    funding: [{ id: 'f1', source: 'Microcredito Regione Toscana', requested: 25000, state: 'applied' }],
    ...overrides,
  };
}

describe('venture repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let workers: WorkerRepository;
  let ventures: VentureRepository;

  beforeEach(async () => {
    const fixture = await coordinatorFixture();
    ({ db, codec, workers } = fixture);
    const { session } = fixture;
    ventures = createVentureRepository(db, session, codec, workers, () => '2019-10-01');
  });

  it('stores a venture with the idea and funding sealed and the worker id indexed', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const { record, statusChange } = await ventures.create(workshop(worker.id));
    expect(statusChange).toBeUndefined();
    expect(record.data.milestones.map((m) => m.kind)).toEqual(['business_plan', 'funding_application', 'registration', 'launch']);
    const raw = JSON.stringify(await db.ventures.toArray());
    expect(raw).not.toContain('Officina mobile');
    expect(raw).not.toContain('Microcredito');
    expect((await ventures.listOfWorker(worker.id)).map((v) => v.data.idea)).toEqual([IDEA]);
  });

  it('makes the worker self-employed when the launch is marked done, once', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const { record } = await ventures.create(workshop(worker.id));
    const launched = { ...record.data, milestones: allMilestones([...record.data.milestones.filter((m) => m.kind !== 'launch'), { kind: 'launch', dueDate: '2019-09-02', doneOn: '2019-09-02' }]) };
    const saved = await ventures.update(record.id, launched);
    expect(saved.statusChange).toEqual({ from: 'active', to: 'self_employed' });
    const current = await workers.get(worker.id);
    expect(current.data.status).toBe('self_employed');
    expect(current.data.exitReason).toBeUndefined();
    expect((await ventures.update(record.id, { ...launched, idea: `${IDEA} e attrezzature` })).statusChange).toBeUndefined();
  });

  it('clears the exit reason of a placed worker who launches a business', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A, status: 'placed', exitReason: 'placed' }));
    const saved = await ventures.create(workshop(worker.id, { milestones: allMilestones([{ kind: 'launch', doneOn: '2019-09-30' }]) }));
    expect(saved.statusChange).toEqual({ from: 'placed', to: 'self_employed' });
    expect((await workers.get(worker.id)).data.exitReason).toBeUndefined();
  });

  it('refuses what the rules forbid: a grant without amount, a launch in the future', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    await expect(ventures.create(workshop(worker.id, { funding: [{ id: 'f1', source: 'Invitalia', requested: 30000, state: 'granted' }] }))).rejects.toMatchObject({
      reason: 'retraining.validation.grantedAmountRequired',
    });
    await expect(ventures.create(workshop(worker.id, { milestones: allMilestones([{ kind: 'launch', doneOn: '2019-10-02' }]) }))).rejects.toBeInstanceOf(NotEligibleError);
    await expect(ventures.create(workshop(worker.id, { idea: '' }))).rejects.toThrow();
    expect(await db.ventures.count()).toBe(0);
  });

  it('limits a counselor to the ventures of their caseload', async () => {
    const theirs = await workers.create(sampleWorker({ counselorId: COUNSELOR_B }));
    const { record } = await ventures.create(workshop(theirs.id));
    const session = await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' });
    const counselorVentures = createVentureRepository(db, session, codec, createWorkerRepository(db, session, codec));
    await expect(counselorVentures.get(record.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(counselorVentures.listOfWorker(theirs.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(counselorVentures.create(workshop(theirs.id))).rejects.toBeInstanceOf(NotAllowedError);
  });
});
