import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../../shared/demo/generator';
import { generateCasework } from '../../../shared/demo/activity/casework';
import { freshDatabase, testCodec } from '../testing';
import { loadDemo } from '../setup';
import { openSession } from '../session';
import { createWorkerRepository } from '../repositories/workerRepository';
import { createInterviewRepository } from '../repositories/interviewRepository';
import { createActionPlanRepository } from '../repositories/actionPlanRepository';
import { loadCasework } from './casework';

describe('loading the demo case work', () => {
  it('writes sealed interviews and plans that the repositories read back in scope', async () => {
    const demo = generateDemoProgramme({ workers: 20, seed: 7, variant: 'historical' });
    const data = generateCasework(demo, demo.seed);
    const db = freshDatabase();
    const codec = await testCodec();
    const counselor = demo.counselors.find((c) => c.role === 'counselor')!;
    const session = await loadDemo(db, codec, demo, counselor.id);
    await loadCasework(db, codec, session, data);

    expect(await db.events.where('kind').equals('worker.interviewHeld').count()).toBe(data.interviews.length);
    expect(await db.actionPlans.count()).toBe(data.actionPlans.length);
    const raw = JSON.stringify([await db.events.toArray(), await db.actionPlans.toArray()]);
    expect(raw).not.toContain(data.interviews[0]!.payload.notes);
    expect(raw).not.toContain(data.actionPlans[0]!.plan.activities[0]!.title);

    const me = await openSession(db, { counselorId: counselor.id, role: 'counselor' });
    const workers = createWorkerRepository(db, me, codec);
    const mine = demo.workers.find((item) => item.worker.counselorId === counselor.id)!;
    const interviews = await createInterviewRepository(db, me, codec, workers).list(mine.id);
    expect(interviews.map((i) => i.id).sort()).toEqual(data.interviews.filter((i) => i.workerId === mine.id).map((i) => i.id).sort());
    const plans = await createActionPlanRepository(db, me, codec, workers).listVisible();
    expect(plans.every((plan) => demo.workers.find((item) => item.id === plan.id)?.worker.counselorId === counselor.id)).toBe(true);
  });
});
