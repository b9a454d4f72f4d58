import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { createCourseRepository, type CourseInput, type CourseRepository } from './courseRepository';
import { OTHER_CASELOADS_REFUSAL } from './courseRepositoryRemoval';
import { RecordNotFoundError } from './errors';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';
const TODAY = '2019-05-20';

const welding: CourseInput = { provider: 'Formetica Valdarno', title: 'Saldatura TIG e MIG/MAG', hours: 40, startDate: '2019-05-06', endDate: '2019-06-28', funding: 'regional_voucher' };
const forklift: CourseInput = { provider: 'Scuola Edile Firenze', title: 'Carrellista', hours: 12, startDate: '2019-05-13', endDate: '2019-06-14', funding: 'social_plan' };

describe('course deletion', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let workers: WorkerRepository;
  let courses: CourseRepository;

  beforeEach(async () => {
    const fixture = await coordinatorFixture();
    ({ db, codec, workers } = fixture);
    const { session } = fixture;
    courses = createCourseRepository(db, session, codec, workers, () => TODAY);
  });

  it('deletes a course without history at once, leaving a tombstone and an audit entry', async () => {
    const course = await courses.create(welding);
    expect(await courses.usage(course.id)).toEqual({ enrolments: 0, events: 0 });
    expect(await courses.remove(course.id)).toEqual([]);
    const stored = await db.courses.get(course.id);
    expect(stored?.deletedAt).toBeTruthy();
    await expect(courses.get(course.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await courses.list()).toEqual([]);
    const audit = (await db.audit.toArray()).filter((entry) => entry.subjectKind === 'course').sort((a, b) => a.hlc.localeCompare(b.hlc));
    expect(audit.map((entry) => [entry.action, entry.subjectId, entry.detail])).toEqual([
      ['create', course.id, ''],
      ['delete', course.id, ''],
    ]);
    await expect(courses.remove(course.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('counts the history, tombstones the enrolments, keeps their events and brings the worker back to active', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const course = await courses.create(welding);
    const { enrolment } = await courses.enrol(course.id, worker.id, '2019-05-02');
    await courses.recordAttendance(enrolment.id, '2019-05-06', 4);
    await courses.recordAttendance(enrolment.id, '2019-05-07', 4);
    expect((await workers.get(worker.id)).data.status).toBe('in_training');
    expect(await courses.usage(course.id)).toEqual({ enrolments: 1, events: 2 });

    expect(await courses.remove(course.id)).toEqual([worker.id]);
    expect((await db.enrolments.get(enrolment.id))?.deletedAt).toBeTruthy();
    expect(await db.events.where('subjectId').equals(enrolment.id).count()).toBe(2);
    expect(await courses.enrolmentsOfWorker(worker.id)).toEqual([]);
    expect((await workers.get(worker.id)).data.status).toBe('active');
    const workerAudit = (await db.audit.where('subjectId').equals(worker.id).toArray()).map((entry) => entry.detail);
    expect(workerAudit).toContain('enrolment.delete');
  });

  it('leaves in training a worker who still attends another course', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const first = await courses.create(welding);
    const second = await courses.create(forklift);
    await courses.enrol(first.id, worker.id, '2019-05-02');
    const { enrolment } = await courses.enrol(second.id, worker.id, '2019-05-10');
    await courses.recordAttendance(enrolment.id, '2019-05-13', 4);
    expect(await courses.remove(first.id)).toEqual([]);
    expect((await workers.get(worker.id)).data.status).toBe('in_training');
    expect((await courses.enrolmentsOfWorker(worker.id)).map((view) => view.course.id)).toEqual([second.id]);
  });

  it('refuses a counselor a course with enrolments of another caseload, and lets them delete one of their own', async () => {
    const mine = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const theirs = await workers.create(sampleWorker({ counselorId: COUNSELOR_B, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }));
    const shared = await courses.create(welding);
    const own = await courses.create(forklift);
    await courses.enrol(shared.id, mine.id, '2019-05-02');
    await courses.enrol(shared.id, theirs.id, '2019-05-02');
    await courses.enrol(own.id, mine.id, '2019-05-02');
    const session = await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' });
    const counselorWorkers = createWorkerRepository(db, session, codec);
    const counselorCourses = createCourseRepository(db, session, codec, counselorWorkers, () => TODAY);
    await expect(counselorCourses.remove(shared.id)).rejects.toMatchObject({ reason: OTHER_CASELOADS_REFUSAL });
    expect((await db.courses.get(shared.id))?.deletedAt).toBeNull();
    await counselorCourses.remove(own.id);
    expect((await db.courses.get(own.id))?.deletedAt).toBeTruthy();
  });
});
