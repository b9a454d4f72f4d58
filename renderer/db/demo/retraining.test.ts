import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProgramme, type DemoProgramme } from '../../../shared/demo/generator';
import { generateRetraining, type RetrainingDemo } from '../../../shared/demo/activity/retraining';
import { isLaunched } from '../../../shared/retraining/venture';
import { HISTORICAL_ANCHOR } from '../../../shared/demo/calendar';
import { freshDatabase, testCodec } from '../testing';
import { loadDemo } from '../setup';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { Session } from '../session';
import { createWorkerRepository } from '../repositories/workerRepository';
import { createCourseRepository } from '../repositories/courseRepository';
import { createVentureRepository } from '../repositories/ventureRepository';
import { loadRetraining } from './retraining';

let demo: DemoProgramme;
let data: RetrainingDemo;
let db: PcoDatabase;
let codec: RecordCodec;
let session: Session;

beforeAll(async () => {
  demo = generateDemoProgramme({ workers: 120, seed: 11, variant: 'historical' });
  data = generateRetraining(demo, demo.seed);
  db = freshDatabase();
  codec = await testCodec();
  session = await loadDemo(db, codec, demo);
  await loadRetraining(db, codec, session, data);
});

describe('loading the demo retraining', () => {
  it('writes every course, enrolment, attendance day and venture', async () => {
    expect(await db.courses.count()).toBe(data.courses.length);
    expect(await db.enrolments.count()).toBe(data.enrolments.length);
    expect(await db.ventures.count()).toBe(data.ventures.length);
    const days = data.enrolments.reduce((sum, e) => sum + e.attendance.length, 0);
    expect(await db.events.where('kind').equals('course.attendance').count()).toBe(days);
    expect(await db.events.where('kind').equals('course.ended').count()).toBe(data.enrolments.filter((e) => e.ending).length);
  });

  it('reads back through the repositories as the rules see it on 2019-12-31', async () => {
    const workers = createWorkerRepository(db, session, codec);
    const courses = createCourseRepository(db, session, codec, workers, () => HISTORICAL_ANCHOR);
    const ventures = createVentureRepository(db, session, codec, workers, () => HISTORICAL_ANCHOR);
    const inTraining = demo.workers.find((w) => w.worker.status === 'in_training')!;
    const [view] = await courses.enrolmentsOfWorker(inTraining.id);
    expect(view?.progress.state).toBe('attending');
    expect(view?.progress.attendedHours).toBeGreaterThan(0);
    const selfEmployed = demo.workers.find((w) => w.worker.status === 'self_employed');
    if (selfEmployed) expect((await ventures.listOfWorker(selfEmployed.id)).some((v) => isLaunched(v.data))).toBe(true);
    const certified = data.enrolments.find((e) => e.ending?.certificate)!;
    expect((await courses.enrolment(certified.id)).progress).toMatchObject({ state: 'completed', meetsMinimum: true });
  });

  it('keeps venture ideas and funders sealed, and indexes enrolments and ventures by worker', async () => {
    const raw = JSON.stringify(await db.ventures.toArray());
    for (const { venture } of data.ventures) expect(raw).not.toContain(venture.idea);
    const first = data.enrolments[0]!;
    expect(await db.enrolments.where('workerId').equals(first.enrolment.workerId).count()).toBeGreaterThan(0);
    expect(await db.enrolments.where('courseId').equals(first.enrolment.courseId).count()).toBeGreaterThan(0);
  });
});
