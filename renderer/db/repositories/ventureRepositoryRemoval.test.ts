import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import { allMilestones } from '../../../shared/retraining/venture';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { createVentureRepository, ventureHistory, type VentureInput, type VentureRepository } from './ventureRepository';
import { NotAllowedError, RecordNotFoundError } from './errors';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

const workshop = (workerId: string): VentureInput => ({
  workerId,
  idea: 'Officina mobile di manutenzione per macchine agricole',
  milestones: allMilestones([{ kind: 'business_plan', dueDate: '2019-04-30', doneOn: '2019-04-26' }]),
  funding: [{ id: 'f1', source: 'Microcredito Regione Toscana', requested: 25000, state: 'applied' }],
});

describe('venture deletion', () => {
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

  it('names what a venture has recorded, for the confirmation', () => {
    const venture = { ...workshop('w'), ateco: undefined, milestones: allMilestones(workshop('w').milestones ?? []), funding: workshop('w').funding ?? [] };
    expect(ventureHistory(venture)).toEqual({ milestonesDone: 1, funding: 1 });
    expect(ventureHistory({ ...venture, milestones: allMilestones([]), funding: [] })).toEqual({ milestonesDone: 0, funding: 0 });
  });

  it('leaves a tombstone with the text still sealed, audits it on the worker and keeps the status', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A, status: 'self_employed' }));
    const { record } = await ventures.create(workshop(worker.id));
    await ventures.remove(record.id);
    const stored = await db.ventures.get(record.id);
    expect(stored?.deletedAt).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain('Officina');
    await expect(ventures.get(record.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await ventures.listOfWorker(worker.id)).toEqual([]);
    expect((await workers.get(worker.id)).data.status).toBe('self_employed');
    const details = (await db.audit.where('subjectId').equals(worker.id).toArray()).sort((a, b) => a.hlc.localeCompare(b.hlc)).map((entry) => entry.detail);
    expect(details.slice(-2)).toEqual(['venture', 'venture.delete']);
  });

  it('refuses a counselor the venture of another caseload', async () => {
    const theirs = await workers.create(sampleWorker({ counselorId: COUNSELOR_B }));
    const { record } = await ventures.create(workshop(theirs.id));
    const session = await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' });
    const counselorVentures = createVentureRepository(db, session, codec, createWorkerRepository(db, session, codec), () => '2019-10-01');
    await expect(counselorVentures.remove(record.id)).rejects.toBeInstanceOf(NotAllowedError);
    expect((await db.ventures.get(record.id))?.deletedAt).toBeNull();
  });
});
