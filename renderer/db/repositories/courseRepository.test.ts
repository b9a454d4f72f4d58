import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import type { PcoDatabase } from '../database';
import { testSession } from '../testing';
import type { RecordCodec } from '../codec';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { createCourseRepository, type CourseRepository } from './courseRepository';
import { COURSE_TEST_DAY as TODAY, coordinatorCourseLaptop, WELDING_COURSE as welding } from './courseTesting';
import { NotAllowedError, NotEligibleError } from './errors';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

describe('course repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let workers: WorkerRepository;
  let courses: CourseRepository;
  let today: string;

  beforeEach(async () => {
    today = TODAY;
    ({ db, codec, workers, courses } = await coordinatorCourseLaptop(() => today));
  });

  const statusOf = async (id: string) => (await workers.get(id)).data.status;
  const statusMoves = async (id: string) =>
    (await workers.history(id)).flatMap((event) => (event.payload.kind === 'worker.statusChanged' ? [`${event.payload.from ?? '-'}>${event.payload.to}`] : []));

  it('keeps the catalogue in clear, with every field of the schema', async () => {
    const course = await courses.create(welding);
    expect(course.data).toEqual(welding);
    expect((await db.courses.get(course.id))?.sealed).toBeNull();
    expect((await courses.list()).map((c) => c.data.title)).toEqual(['Saldatura TIG e MIG/MAG']);
    await expect(courses.create({ ...welding, endDate: '2019-05-01' })).rejects.toThrow();
  });

  it('puts an enrolled worker in training while the course runs, and back to active at its end', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const course = await courses.create(welding);
    const { enrolment, statusChange } = await courses.enrol(course.id, worker.id, '2019-05-02');
    expect(statusChange).toEqual({ from: 'active', to: 'in_training' });
    expect(await statusOf(worker.id)).toBe('in_training');
    expect(await db.enrolments.where('workerId').equals(worker.id).count()).toBe(1);

    for (const date of ['2019-05-06', '2019-05-07', '2019-05-08', '2019-05-09', '2019-05-10', '2019-05-13', '2019-05-14']) await courses.recordAttendance(enrolment.id, date, 4);
    const view = await courses.enrolment(enrolment.id);
    expect(view.progress).toMatchObject({ attendedHours: 28, state: 'attending', meetsMinimum: true });
    expect(view.progress.share).toBeCloseTo(0.7);

    const back = await courses.end(enrolment.id, { date: '2019-05-17', outcome: 'completed', certificate: true, note: '' });
    expect(back).toEqual({ from: 'in_training', to: 'active' });
    expect((await courses.enrolmentsOfWorker(worker.id))[0]?.progress.ending).toMatchObject({ outcome: 'completed', certificate: true });
    expect(await statusMoves(worker.id)).toEqual(['->active', 'active>in_training', 'in_training>active']);
  });

  it('waits for the course to start before changing the status', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const course = await courses.create({ ...welding, startDate: '2019-06-03' });
    const { enrolment, statusChange } = await courses.enrol(course.id, worker.id, TODAY);
    expect(statusChange).toBeUndefined();
    expect((await courses.enrolment(enrolment.id)).progress.state).toBe('enrolled');
    today = '2019-06-03';
    expect(await courses.recordAttendance(enrolment.id, '2019-06-03', 6)).toEqual({ from: 'active', to: 'in_training' });
  });

  it('refuses attendance outside the course or before the enrolment, with the reason', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const course = await courses.create(welding);
    const { enrolment } = await courses.enrol(course.id, worker.id, '2019-05-08');
    await expect(courses.recordAttendance(enrolment.id, '2019-05-07', 4)).rejects.toMatchObject({ reason: 'beforeEnrolment' });
    await expect(courses.recordAttendance(enrolment.id, '2019-05-03', 4)).rejects.toMatchObject({ reason: 'beforeCourseStart' });
    await expect(courses.recordAttendance(enrolment.id, '2019-05-21', 4)).rejects.toMatchObject({ reason: 'inFuture' });
    today = '2019-07-10';
    await expect(courses.recordAttendance(enrolment.id, '2019-07-01', 4)).rejects.toBeInstanceOf(NotEligibleError);
    expect(await db.events.where('subjectId').equals(enrolment.id).count()).toBe(0);
  });

  it('leaves a status that changed meanwhile when the course ends', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const course = await courses.create(welding);
    const { enrolment } = await courses.enrol(course.id, worker.id, '2019-05-02');
    await workers.update(worker.id, { ...(await workers.get(worker.id)).data, status: 'placed', exitReason: 'placed' });
    expect(await courses.end(enrolment.id, { date: '2019-05-15', outcome: 'dropped', certificate: false, note: 'assunto' })).toBeUndefined();
    expect(await statusOf(worker.id)).toBe('placed');
    await expect(courses.end(enrolment.id, { date: '2019-05-16', outcome: 'completed', certificate: false, note: '' })).rejects.toMatchObject({ reason: 'alreadyEnded' });
  });

  it('keeps a worker in training while another course is under way', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const first = await courses.create(welding);
    const second = await courses.create({ ...welding, title: 'Sicurezza sul lavoro, rischio alto', hours: 16, funding: 'social_plan', qualification: '' });
    const a = await courses.enrol(first.id, worker.id, '2019-05-02');
    await courses.enrol(second.id, worker.id, '2019-05-02');
    expect(await courses.end(a.enrolment.id, { date: '2019-05-10', outcome: 'dropped', certificate: false, note: '' })).toBeUndefined();
    expect(await statusOf(worker.id)).toBe('in_training');
    await expect(courses.enrol(second.id, worker.id, '2019-05-03')).rejects.toMatchObject({ reason: 'alreadyEnrolled' });
  });

  it('refuses course edits that would leave recorded attendance outside', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const course = await courses.create(welding);
    const { enrolment } = await courses.enrol(course.id, worker.id, '2019-05-02');
    await courses.recordAttendance(enrolment.id, '2019-05-06', 8);
    await expect(courses.update(course.id, { ...welding, startDate: '2019-05-07' })).rejects.toMatchObject({ reason: 'attendanceOutsideDates' });
    const edited = await courses.update(course.id, { ...welding, hours: 48 });
    expect(edited.data.hours).toBe(48);
    expect(Object.keys(edited.clock).filter((key) => edited.clock[key] !== course.clock[key])).toEqual(['hours']);
  });

  it('limits a counselor to the enrolments of their caseload, and shares the catalogue', async () => {
    const mine = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const theirs = await workers.create(sampleWorker({ counselorId: COUNSELOR_B, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }));
    const course = await courses.create(welding);
    await courses.enrol(course.id, mine.id, '2019-05-02');
    const other = await courses.enrol(course.id, theirs.id, '2019-05-02');
    const session = await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' });
    const counselorWorkers = createWorkerRepository(db, session, codec);
    const counselorCourses = createCourseRepository(db, session, codec, counselorWorkers, () => TODAY);
    expect((await counselorCourses.list()).map((c) => c.id)).toEqual([course.id]);
    expect((await counselorCourses.enrolmentsOfCourse(course.id)).map((v) => v.enrolment.data.workerId)).toEqual([mine.id]);
    expect((await counselorCourses.enrolmentCounts()).get(course.id)).toBe(2);
    await expect(counselorCourses.enrolment(other.enrolment.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(counselorCourses.recordAttendance(other.enrolment.id, '2019-05-06', 4)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(counselorCourses.enrol(course.id, theirs.id, '2019-05-03')).rejects.toBeInstanceOf(NotAllowedError);
  });

  it('keeps attendance notes sealed like every event payload', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const course = await courses.create(welding);
    const { enrolment } = await courses.enrol(course.id, worker.id, '2019-05-02');
    await courses.end(enrolment.id, { date: '2019-05-10', outcome: 'dropped', certificate: false, note: 'problemi di salute' });
    expect(JSON.stringify(await db.events.toArray())).not.toContain('problemi di salute');
  });
});
