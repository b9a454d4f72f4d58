// The course catalogue (shared by everyone) and the enrolments of workers in its courses.
// Attendance and the end of a course are events about the enrolment; the worker's status follows
// them (in training while a course is under way, active again at its end) through the worker
// repository, so each move leaves its own status event. A counselor reaches only the enrolments of
// their caseload. Creating, editing and deleting a course of the catalogue is audited under its id.
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import { courseSchema, enrolmentSchema, type Course, type Enrolment } from '../../../shared/domain/casework';
import { createRecord, editRecord, type VersionedRecord } from '../../../shared/sync/record';
import { todayIso } from '../../../shared/time/dates';
import { enrolmentProgress, type CourseEnding, type EnrolmentProgress } from '../../../shared/retraining/progress';
import { checkAttendance, checkCourseEdit, checkEnding, checkEnrolment, type Check } from '../../../shared/retraining/rules';
import { statusWhenAttending, statusWhenCourseEnds, type StatusChange } from '../../../shared/retraining/status';
import type { WorkerStatus } from '../../../shared/domain/vocabulary';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CourseRow, EnrolmentRow, EventRecord } from '../rows';
import type { Session } from '../session';
import { auditEntry, newEvent, openEvent, sealEvent } from '../recordRows';
import type { WorkerRepository } from './workerRepository';
import { NotAllowedError, NotEligibleError, RecordNotFoundError } from './errors';
import { changedFields } from './offerRepository';
import { createCourseRemoval, type CourseRemoval } from './courseRepositoryRemoval';
import { createCourseBulk, type CourseBulk } from './courseRepositoryBulk';
import { survivorId, workerIds } from '../mergedFiles';
import { sealRecord } from '../storedRows';

export type CourseInput = z.input<typeof courseSchema>;
export type CourseRecord = VersionedRecord<Course>;
export type EnrolmentRecord = VersionedRecord<Enrolment>;

/** An enrolment with its course and where it stands. */
export interface EnrolmentView {
  enrolment: EnrolmentRecord;
  course: CourseRecord;
  progress: EnrolmentProgress;
}

export interface CourseRepository extends CourseRemoval, CourseBulk {
  list(): Promise<CourseRecord[]>;
  get(id: string): Promise<CourseRecord>;
  create(input: CourseInput): Promise<CourseRecord>;
  update(id: string, input: CourseInput): Promise<CourseRecord>;
  /** Enrolments per course id, counting every worker (a number names no one). */
  enrolmentCounts(): Promise<Map<string, number>>;
  enrol(courseId: string, workerId: string, enrolledOn: string): Promise<{ enrolment: EnrolmentRecord; statusChange?: StatusChange }>;
  enrolment(id: string): Promise<EnrolmentView>;
  enrolmentsOfCourse(courseId: string): Promise<EnrolmentView[]>;
  enrolmentsOfWorker(workerId: string): Promise<EnrolmentView[]>;
  recordAttendance(enrolmentId: string, date: string, hours: number): Promise<StatusChange | undefined>;
  end(enrolmentId: string, ending: CourseEnding): Promise<StatusChange | undefined>;
}

/** Courses hold nothing personal; enrolments only ids and dates. Their index columns stay in clear. */
export const sealCourse = (codec: RecordCodec, record: CourseRecord): Promise<CourseRow> => sealRecord(codec, 'courses', record);
export const sealEnrolment = (codec: RecordCodec, record: EnrolmentRecord): Promise<EnrolmentRow> => sealRecord(codec, 'enrolments', record);

function refuseUnless(check: Check): void {
  if (!check.ok) throw new NotEligibleError(check.reason);
}

export function createCourseRepository(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository, today: () => string = todayIso): CourseRepository {
  const canSee = (counselorId: string) => session.role === 'coordinator' || counselorId === session.counselorId;

  async function course(id: string): Promise<CourseRecord> {
    const row = await db.courses.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    return codec.open('courses', row);
  }

  /** The worker's status, checking the worker is in this user's scope. */
  async function visibleWorkerStatus(workerId: string): Promise<WorkerStatus> {
    const row = await db.workers.get(workerId);
    if (!row || row.deletedAt) throw new RecordNotFoundError(workerId);
    if (!canSee(row.counselorId)) throw new NotAllowedError(workerId);
    return row.status;
  }

  async function eventsBySubject(ids: readonly string[]): Promise<Map<string, EventRecord[]>> {
    const rows = await db.events.where('subjectId').anyOf([...ids]).toArray();
    const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
    const grouped = new Map<string, EventRecord[]>();
    for (const event of events) grouped.set(event.subjectId, [...(grouped.get(event.subjectId) ?? []), event]);
    return grouped;
  }

  async function views(rows: readonly EnrolmentRow[]): Promise<EnrolmentView[]> {
    const live = rows.filter((row) => !row.deletedAt);
    const events = await eventsBySubject(live.map((row) => row.id));
    const courses = new Map<string, CourseRecord>();
    const result: EnrolmentView[] = [];
    for (const row of live) {
      const enrolment = await codec.open('enrolments', row);
      const courseId = enrolment.data.courseId;
      const owning = courses.get(courseId) ?? (await course(courseId));
      courses.set(courseId, owning);
      result.push({ enrolment, course: owning, progress: enrolmentProgress(owning.data, events.get(row.id) ?? [], today()) });
    }
    return result.sort((a, b) => b.enrolment.data.enrolledOn.localeCompare(a.enrolment.data.enrolledOn));
  }

  async function visibleEnrolment(id: string): Promise<EnrolmentView> {
    const row = await db.enrolments.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    const [view] = await views([row]);
    if (!view) throw new RecordNotFoundError(id);
    await visibleWorkerStatus(view.enrolment.data.workerId);
    return view;
  }

  async function workerEnrolments(workerId: string): Promise<EnrolmentView[]> {
    return views(await db.enrolments.where('workerId').anyOf(await workerIds(db, workerId)).toArray());
  }

  /** Writes a worker's new status through the worker repository (which records the status event). */
  async function moveWorker(workerId: string, to: WorkerStatus | undefined): Promise<StatusChange | undefined> {
    if (!to) return undefined;
    const worker = await workers.get(workerId);
    await workers.update(workerId, { ...worker.data, status: to, exitReason: undefined });
    return { from: worker.data.status, to };
  }

  async function startTraining(workerId: string): Promise<StatusChange | undefined> {
    return moveWorker(workerId, statusWhenAttending(await visibleWorkerStatus(workerId)));
  }

  async function writeEvent(event: EventRecord, workerId: string): Promise<void> {
    const sealed = await sealEvent(codec, event);
    await db.transaction('rw', [db.events, db.audit, db.meta], async () => {
      await db.events.add(sealed);
      await db.audit.add(auditEntry(session, 'update', workerId, event.kind));
      await session.persistClock();
    });
  }

  const repository: Omit<CourseRepository, keyof CourseBulk> = {
    ...createCourseRemoval(db, session, codec, workers, today),

    async list() {
      const rows = await db.courses.filter((row) => !row.deletedAt).toArray();
      const records = await Promise.all(rows.map((row) => codec.open('courses', row)));
      return records.sort((a, b) => b.data.startDate.localeCompare(a.data.startDate) || a.data.title.localeCompare(b.data.title, 'it'));
    },

    get: course,

    async create(input) {
      const data = courseSchema.parse(input);
      const row = await sealCourse(codec, createRecord(uuidv7(), data, session.tick(), session.author()));
      await db.transaction('rw', [db.courses, db.audit, db.meta], async () => {
        await db.courses.add(row);
        await db.audit.add(auditEntry(session, 'create', row.id, '', 'course'));
        await session.persistClock();
      });
      return codec.open('courses', row);
    },

    async update(id, input) {
      const data = courseSchema.parse(input);
      const current = await course(id);
      const enrolled = await views(await db.enrolments.where('courseId').equals(id).toArray());
      refuseUnless(checkCourseEdit({ course: data, attendance: enrolled.map((view) => view.progress) }));
      const edited = editRecord(current, data, session.tick(), session.author());
      if (edited === current) return current;
      const row = await sealCourse(codec, edited);
      await db.transaction('rw', [db.courses, db.audit, db.meta], async () => {
        await db.courses.put(row);
        await db.audit.add(auditEntry(session, 'update', id, changedFields(current, edited), 'course'));
        await session.persistClock();
      });
      return edited;
    },

    async enrolmentCounts() {
      const counts = new Map<string, number>();
      await db.enrolments.filter((row) => !row.deletedAt).each((row) => {
        const courseId = row.data.courseId;
        if (courseId) counts.set(courseId, (counts.get(courseId) ?? 0) + 1);
      });
      return counts;
    },

    async enrol(courseId, workerId, enrolledOn) {
      const data = enrolmentSchema.parse({ courseId, workerId, enrolledOn });
      const owning = await course(courseId);
      const status = await visibleWorkerStatus(workerId);
      const alreadyEnrolled = (await db.enrolments.where('courseId').equals(courseId).toArray()).some((row) => !row.deletedAt && row.data.workerId === workerId);
      refuseUnless(checkEnrolment({ course: owning.data, enrolledOn: data.enrolledOn, workerStatus: status, alreadyEnrolled, today: today() }));
      const record = createRecord(uuidv7(), data, session.tick(), session.author());
      const row = await sealEnrolment(codec, record);
      await db.transaction('rw', [db.enrolments, db.audit, db.meta], async () => {
        await db.enrolments.add(row);
        await db.audit.add(auditEntry(session, 'update', workerId, 'enrolment'));
        await session.persistClock();
      });
      const started = enrolmentProgress(owning.data, [], today()).state === 'attending';
      return { enrolment: record, statusChange: started ? await startTraining(workerId) : undefined };
    },

    enrolment: visibleEnrolment,

    async enrolmentsOfCourse(courseId) {
      const rows = await db.enrolments.where('courseId').equals(courseId).toArray();
      const visible: EnrolmentRow[] = [];
      for (const row of rows) {
        const worker = row.data.workerId ? await db.workers.get(await survivorId(db, row.data.workerId)) : undefined;
        if (worker && !worker.deletedAt && canSee(worker.counselorId)) visible.push(row);
      }
      return views(visible);
    },

    async enrolmentsOfWorker(workerId) {
      await visibleWorkerStatus(workerId);
      return workerEnrolments(workerId);
    },

    async recordAttendance(enrolmentId, date, hours) {
      const view = await visibleEnrolment(enrolmentId);
      const { enrolment, course: owning, progress } = view;
      refuseUnless(checkAttendance({ course: owning.data, enrolledOn: enrolment.data.enrolledOn, progress, date, hours, today: today() }));
      const event = newEvent(session, enrolmentId, { kind: 'course.attendance', hours }, date);
      await writeEvent(event, enrolment.data.workerId);
      // Attendance after the end corrects a past day: the course is not under way again.
      return progress.ending ? undefined : startTraining(enrolment.data.workerId);
    },

    async end(enrolmentId, ending) {
      const { enrolment, progress } = await visibleEnrolment(enrolmentId);
      refuseUnless(checkEnding({ enrolledOn: enrolment.data.enrolledOn, progress, date: ending.date, today: today() }));
      const event = newEvent(session, enrolmentId, { kind: 'course.ended', outcome: ending.outcome, certificate: ending.outcome === 'completed' && ending.certificate, note: ending.note }, ending.date);
      await writeEvent(event, enrolment.data.workerId);
      const workerId = enrolment.data.workerId;
      const others = (await workerEnrolments(workerId)).filter((view) => view.enrolment.id !== enrolmentId);
      const stillAttending = others.some((view) => view.progress.state === 'attending');
      return moveWorker(workerId, statusWhenCourseEnds(await visibleWorkerStatus(workerId), stillAttending));
    },
  };
  return { ...repository, ...createCourseBulk(db, session, codec, today, { course, enrolmentsOfCourse: repository.enrolmentsOfCourse, visibleWorkerStatus, startTraining }) };
}
