import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { createActionPlanRepository, type ActionPlanInput, type ActionPlanRepository } from './actionPlanRepository';
import { NotAllowedError } from './errors';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

const plan: ActionPlanInput = {
  goals: [{ id: 'g1', text: 'Ricollocarsi nella manutenzione meccanica entro l’estate' }],
  activities: [
    { id: 'a1', title: 'Corso PLC base', owner: 'Lavoratore', dueDate: '2019-04-30', state: 'in_progress', goalId: 'g1' },
    { id: 'a2', title: 'Aggiornare il CV', owner: 'Orientatrice', dueDate: '2019-03-15', state: 'done' },
  ],
  signedOn: '2019-03-01',
};

describe('action plan repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let workers: WorkerRepository;
  let plans: ActionPlanRepository;

  beforeEach(async () => {
    const fixture = await coordinatorFixture();
    ({ db, codec, workers } = fixture);
    const { session } = fixture;
    plans = createActionPlanRepository(db, session, codec, workers);
  });

  it('creates one plan per worker, keyed by the worker, with goals and activities sealed', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    expect(await plans.get(worker.id)).toBeUndefined();
    const saved = await plans.save(worker.id, plan);
    expect(saved.id).toBe(worker.id);
    expect(saved.data).toMatchObject({ workerId: worker.id, signedOn: '2019-03-01' });
    const row = await db.actionPlans.get(worker.id);
    expect(row?.data).toEqual({ workerId: worker.id, signedOn: '2019-03-01' });
    expect(await db.actionPlans.where('workerId').equals(worker.id).primaryKeys()).toEqual([worker.id]);
    expect(JSON.stringify(row)).not.toMatch(/manutenzione|Corso PLC|Orientatrice/);
    expect((await plans.get(worker.id))?.data.activities).toHaveLength(2);
    expect(await db.actionPlans.count()).toBe(1);
  });

  it('edits field by field: only what changed gets a new HLC; an unchanged save writes nothing', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const first = await plans.save(worker.id, plan);
    const again = await plans.save(worker.id, plan);
    expect(again).toEqual(first);
    expect(await db.audit.where('subjectId').equals(worker.id).filter((entry) => entry.detail === 'actionPlan').count()).toBe(1);
    const activities = plan.activities!.map((activity) => (activity.id === 'a1' ? { ...activity, state: 'done' as const } : activity));
    const edited = await plans.save(worker.id, { ...plan, activities });
    expect(edited.clock.activities).not.toBe(first.clock.activities);
    expect(edited.clock.goals).toBe(first.clock.goals);
    expect(await db.actionPlans.count()).toBe(1);
    expect(await db.audit.where('subjectId').equals(worker.id).filter((entry) => entry.detail === 'actionPlan').count()).toBe(2);
  });

  it('validates: an activity needs a title, an owner and a real due date', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const bad = { ...plan, activities: [{ id: 'x', title: ' ', owner: 'Lavoratore', dueDate: '2019-02-30', state: 'planned' as const }] };
    await expect(plans.save(worker.id, bad)).rejects.toThrow();
    expect(await db.actionPlans.count()).toBe(0);
  });

  it('keeps a counselor to their caseload', async () => {
    const mine = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const theirs = await workers.create(sampleWorker({ counselorId: COUNSELOR_B, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }));
    await plans.save(mine.id, plan);
    await plans.save(theirs.id, plan);
    const session = await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' });
    const counselorPlans = createActionPlanRepository(db, session, codec, createWorkerRepository(db, session, codec));
    await expect(counselorPlans.get(theirs.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(counselorPlans.save(theirs.id, plan)).rejects.toBeInstanceOf(NotAllowedError);
    expect((await counselorPlans.listVisible()).map((record) => record.id)).toEqual([mine.id]);
    expect(await plans.listVisible()).toHaveLength(2);
  });
});
