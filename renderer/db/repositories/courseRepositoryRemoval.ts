// Deleting a course of the catalogue. The course and its enrolments become tombstones (so the
// deletion travels through sync); the attendance and ending events stay, as every event does. A
// worker kept "in training" only by this course goes back to active. A counselor may delete a
// course only when every enrolled worker is in their caseload: the deletion changes those
// workers' files.
import { tombstone } from '../../../shared/sync/record';
import { statusWhenCourseEnds } from '../../../shared/retraining/status';
import { enrolmentProgress } from '../../../shared/retraining/progress';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EnrolmentRow } from '../rows';
import type { Session } from '../session';
import { auditEntry, openEvent } from '../recordRows';
import type { WorkerRepository } from './workerRepository';
import { NotEligibleError, RecordNotFoundError } from './errors';
import { sealCourse, sealEnrolment, type EnrolmentRecord } from './courseRepository';

/** What deleting a course would take with it, for the confirmation. Counts name no one. */
export interface CourseUsage {
  enrolments: number;
  /** Attendance and ending events recorded on those enrolments. */
  events: number;
}

/** The refusal a counselor gets when the course has enrolments of other caseloads (an i18n key). */
export const OTHER_CASELOADS_REFUSAL = 'retraining.course.deleteOtherCaseloads';

export interface CourseRemoval {
  usage(id: string): Promise<CourseUsage>;
  /** Tombstones the course and its enrolments; answers the workers whose status went back to active. */
  remove(id: string): Promise<string[]>;
}

export function createCourseRemoval(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository, today: () => string): CourseRemoval {
  const liveEnrolments = async (courseId: string): Promise<EnrolmentRow[]> => (await db.enrolments.where('courseId').equals(courseId).toArray()).filter((row) => !row.deletedAt);

  /** Whether the worker is still attending a course other than the one being deleted. */
  async function attendingAnother(workerId: string, courseId: string): Promise<boolean> {
    const rows = (await db.enrolments.where('workerId').equals(workerId).toArray()).filter((row) => !row.deletedAt && row.data.courseId !== courseId);
    for (const row of rows) {
      const courseRow = row.data.courseId ? await db.courses.get(row.data.courseId) : undefined;
      if (!courseRow || courseRow.deletedAt) continue;
      const [course, events] = await Promise.all([codec.open('courses', courseRow), db.events.where('subjectId').equals(row.id).toArray()]);
      const opened = await Promise.all(events.map((event) => openEvent(codec, event)));
      if (enrolmentProgress(course.data, opened, today()).state === 'attending') return true;
    }
    return false;
  }

  return {
    async usage(id) {
      const enrolments = await liveEnrolments(id);
      const events = enrolments.length === 0 ? 0 : await db.events.where('subjectId').anyOf(enrolments.map((row) => row.id)).count();
      return { enrolments: enrolments.length, events };
    },

    async remove(id) {
      const row = await db.courses.get(id);
      if (!row || row.deletedAt) throw new RecordNotFoundError(id);
      const course = await codec.open('courses', row);
      const enrolments = await Promise.all((await liveEnrolments(id)).map((enrolment) => codec.open('enrolments', enrolment) as Promise<EnrolmentRecord>));
      const workerIds = [...new Set(enrolments.map((enrolment) => enrolment.data.workerId))];
      if (session.role !== 'coordinator') {
        const rows = await db.workers.bulkGet(workerIds);
        if (rows.some((worker) => worker && worker.counselorId !== session.counselorId)) throw new NotEligibleError(OTHER_CASELOADS_REFUSAL);
      }
      const courseTombstone = await sealCourse(codec, tombstone(course, session.tick(), session.author()));
      const enrolmentTombstones = await Promise.all(enrolments.map((enrolment) => sealEnrolment(codec, tombstone(enrolment, session.tick(), session.author()))));
      await db.transaction('rw', [db.courses, db.enrolments, db.audit, db.meta], async () => {
        await db.courses.put(courseTombstone);
        await db.enrolments.bulkPut(enrolmentTombstones);
        await db.audit.add(auditEntry(session, 'delete', id, enrolments.length > 0 ? `enrolments:${enrolments.length}` : '', 'course'));
        // Each worker's file loses an enrolment: their access log says so.
        await db.audit.bulkAdd(workerIds.map((workerId) => auditEntry(session, 'update', workerId, 'enrolment.delete')));
        await session.persistClock();
      });
      const backToActive: string[] = [];
      for (const workerId of workerIds) {
        const worker = await workers.get(workerId);
        const to = statusWhenCourseEnds(worker.data.status, await attendingAnother(workerId, id));
        if (!to) continue;
        await workers.update(workerId, { ...worker.data, status: to, exitReason: undefined });
        backToActive.push(workerId);
      }
      return backToActive;
    },
  };
}
