import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import type { PcoDatabase } from '../database';
import type { WorkerRepository } from './workerRepository';
import type { CourseRepository } from './courseRepository';
import { coordinatorCourseLaptop, WELDING_COURSE as welding } from './courseTesting';
import { NotEligibleError } from './errors';
import { RowsRefusedError } from './courseRepositoryBulk';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';

const SURNAMES = ['Rossi', 'Verdi', 'Neri'];

describe('course repository, bulk work', () => {
  let db: PcoDatabase;
  let workers: WorkerRepository;
  let courses: CourseRepository;

  beforeEach(async () => {
    ({ db, workers, courses } = await coordinatorCourseLaptop());
  });

  async function threeWorkers(): Promise<string[]> {
    const ids: string[] = [];
    for (const surname of SURNAMES) ids.push((await workers.create(sampleWorker({ counselorId: COUNSELOR_A, surname }))).id);
    return ids;
  }

  it('enrols several workers in one go, each in training since the course is under way', async () => {
    const ids = await threeWorkers();
    const course = await courses.create(welding);
    const result = await courses.enrolMany(course.id, ids, '2019-05-06');
    expect(result.written).toBe(3);
    expect(result.statusChanges).toEqual(ids.map(() => ({ from: 'active', to: 'in_training' })));
    expect((await courses.enrolmentsOfCourse(course.id)).map((view) => view.enrolment.data.workerId).sort()).toEqual([...ids].sort());
    for (const id of ids) expect((await workers.get(id)).data.status).toBe('in_training');
  });

  it('enrols nobody when one of them is refused, and names that one with the reason', async () => {
    const ids = await threeWorkers();
    const course = await courses.create(welding);
    await courses.enrol(course.id, ids[1]!, '2019-05-06');
    const failure = await courses.enrolMany(course.id, ids, '2019-05-06').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RowsRefusedError);
    expect([...(failure as RowsRefusedError).refusals]).toEqual([[ids[1], 'alreadyEnrolled']]);
    expect(await db.enrolments.count()).toBe(1);
  });

  it('records a lesson for every enrolled worker in one transaction, and the same lesson again changes nothing', async () => {
    const ids = await threeWorkers();
    const course = await courses.create(welding);
    await courses.enrolMany(course.id, ids, '2019-05-06');
    const views = await courses.enrolmentsOfCourse(course.id);
    const byWorker = new Map(views.map((view) => [view.enrolment.data.workerId, view.enrolment.id]));
    const entries = [
      { enrolmentId: byWorker.get(ids[0]!)!, hours: 4 },
      { enrolmentId: byWorker.get(ids[1]!)!, hours: 3.5 },
      { enrolmentId: byWorker.get(ids[2]!)!, hours: 0 },
    ];
    const first = await courses.recordSession(course.id, '2019-05-13', entries);
    expect(first).toMatchObject({ written: 2, unchanged: 1 });
    const events = await db.events.count();
    expect(await courses.recordSession(course.id, '2019-05-13', entries)).toMatchObject({ written: 0, unchanged: 3 });
    expect(await db.events.count()).toBe(events);

    const hoursOn = async (enrolmentId: string) => (await courses.enrolment(enrolmentId)).progress.days;
    expect(await hoursOn(entries[0]!.enrolmentId)).toEqual([{ date: '2019-05-13', hours: 4 }]);
    expect(await hoursOn(entries[1]!.enrolmentId)).toEqual([{ date: '2019-05-13', hours: 3.5 }]);
    expect(await hoursOn(entries[2]!.enrolmentId)).toEqual([]);

    // Saved again with a correction: one day each, the new hours; the first worker now absent.
    await courses.recordSession(course.id, '2019-05-13', [
      { enrolmentId: entries[0]!.enrolmentId, hours: 0 },
      { enrolmentId: entries[1]!.enrolmentId, hours: 2 },
      { enrolmentId: entries[2]!.enrolmentId, hours: 4 },
    ]);
    expect(await hoursOn(entries[0]!.enrolmentId)).toEqual([]);
    expect(await hoursOn(entries[1]!.enrolmentId)).toEqual([{ date: '2019-05-13', hours: 2 }]);
    expect(await hoursOn(entries[2]!.enrolmentId)).toEqual([{ date: '2019-05-13', hours: 4 }]);
  });

  it('writes nothing when one row is refused, naming it; refuses a day outside the course for all', async () => {
    const ids = await threeWorkers();
    const course = await courses.create({ ...welding, hours: 10 });
    await courses.enrolMany(course.id, ids, '2019-05-06');
    const views = await courses.enrolmentsOfCourse(course.id);
    const [full, other] = views.map((view) => view.enrolment.id);
    await courses.recordAttendance(full!, '2019-05-06', 8);
    const events = await db.events.count();
    const failure = await courses
      .recordSession(course.id, '2019-05-07', [
        { enrolmentId: full!, hours: 4 },
        { enrolmentId: other!, hours: 4 },
      ])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RowsRefusedError);
    expect([...(failure as RowsRefusedError).refusals]).toEqual([[full, 'exceedsCourseHours']]);
    expect(await db.events.count()).toBe(events);

    await expect(courses.recordSession(course.id, '2019-05-21', [{ enrolmentId: other!, hours: 4 }])).rejects.toThrow(NotEligibleError);
    await expect(courses.recordSession(course.id, '2019-05-05', [{ enrolmentId: other!, hours: 4 }])).rejects.toMatchObject({ reason: 'beforeCourseStart' });
  });
});
