// Bulk work on a course: one lesson's attendance for every enrolled worker, and several workers
// enrolled at once. Each is checked whole first (every row against the same rules as one at a
// time) and written in one transaction, or not at all with every row's reason. The workers'
// status then follows (in training while a course is under way) through the worker repository,
// one status event each, as for a single enrolment or attendance.
import { uuidv7 } from 'uuidv7';
import { enrolmentSchema } from '../../../shared/domain/casework';
import type { WorkerStatus } from '../../../shared/domain/vocabulary';
import { createRecord } from '../../../shared/sync/record';
import { enrolmentProgress } from '../../../shared/retraining/progress';
import { checkEnrolment, type Refusal } from '../../../shared/retraining/rules';
import { checkSessionDate, planSession } from '../../../shared/retraining/session';
import type { StatusChange } from '../../../shared/retraining/status';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { Session } from '../session';
import { auditEntry, newEvent, sealEvent } from '../recordRows';
import { NotEligibleError, RecordNotFoundError } from './errors';
import type { CourseRecord, EnrolmentRecord, EnrolmentView } from './courseRepository';
import { sealEnrolment } from './courseRepository';

/** Some rows were refused: nothing was written. Keys are enrolment ids (a session) or worker ids (an enrolment). */
export class RowsRefusedError extends Error {
  constructor(readonly refusals: ReadonlyMap<string, Refusal>) {
    super(`${refusals.size} rows refused`);
    this.name = 'RowsRefusedError';
  }
}

export interface SessionEntry {
  readonly enrolmentId: string;
  /** Hours attended that day; 0 for an absence. */
  readonly hours: number;
}

export interface BulkResult {
  /** Rows written (days recorded or corrected, workers enrolled). */
  readonly written: number;
  /** Rows that said what was already recorded. */
  readonly unchanged: number;
  readonly statusChanges: readonly StatusChange[];
}

export interface CourseBulk {
  /** One lesson's hours for each listed enrolment of the course (every one visible to this user). */
  recordSession(courseId: string, date: string, entries: readonly SessionEntry[]): Promise<BulkResult>;
  /** Enrols each worker, all from the same day. */
  enrolMany(courseId: string, workerIds: readonly string[], enrolledOn: string): Promise<BulkResult>;
}

/** What the bulk operations borrow from the course repository, so scope and status rules stay in one place. */
export interface CourseBulkDeps {
  readonly course: (id: string) => Promise<CourseRecord>;
  readonly enrolmentsOfCourse: (courseId: string) => Promise<EnrolmentView[]>;
  readonly visibleWorkerStatus: (workerId: string) => Promise<WorkerStatus>;
  readonly startTraining: (workerId: string) => Promise<StatusChange | undefined>;
}

function refuseUnlessOk(check: { ok: true } | { ok: false; reason: Refusal }): void {
  if (!check.ok) throw new NotEligibleError(check.reason);
}

export function createCourseBulk(db: PcoDatabase, session: Session, codec: RecordCodec, today: () => string, deps: CourseBulkDeps): CourseBulk {
  async function followStatus(workerIds: readonly string[]): Promise<StatusChange[]> {
    const changes: StatusChange[] = [];
    for (const workerId of new Set(workerIds)) {
      const change = await deps.startTraining(workerId);
      if (change) changes.push(change);
    }
    return changes;
  }

  return {
    async recordSession(courseId, date, entries) {
      const owning = await deps.course(courseId);
      refuseUnlessOk(checkSessionDate(owning.data, date, today()));
      const views = new Map((await deps.enrolmentsOfCourse(courseId)).map((view) => [view.enrolment.id, view]));
      const rows = entries.map((entry) => {
        const view = views.get(entry.enrolmentId);
        if (!view) throw new RecordNotFoundError(entry.enrolmentId);
        return { enrolmentId: entry.enrolmentId, enrolledOn: view.enrolment.data.enrolledOn, progress: view.progress, hours: entry.hours };
      });
      const steps = planSession({ course: owning.data, date, today: today(), rows });
      const refusals = new Map(steps.flatMap((step) => (step.kind === 'refused' ? [[step.enrolmentId, step.reason] as const] : [])));
      if (refusals.size > 0) throw new RowsRefusedError(refusals);
      const writes = steps.flatMap((step) => (step.kind === 'record' ? [step] : []));
      const workerOf = (enrolmentId: string) => views.get(enrolmentId)?.enrolment.data.workerId ?? '';
      const events = writes.map((step) => newEvent(session, step.enrolmentId, { kind: 'course.attendance', hours: step.hours }, date));
      const sealed = await Promise.all(events.map((event) => sealEvent(codec, event)));
      if (sealed.length > 0) {
        await db.transaction('rw', [db.events, db.audit, db.meta], async () => {
          await db.events.bulkAdd(sealed);
          await db.audit.bulkAdd(events.map((event) => auditEntry(session, 'update', workerOf(event.subjectId), event.payload.kind)));
          await session.persistClock();
        });
      }
      // A day attended puts the worker in training, unless the enrolment has ended (then the day corrects the past).
      const attending = writes.filter((step) => step.hours > 0 && !views.get(step.enrolmentId)?.progress.ending).map((step) => workerOf(step.enrolmentId));
      return { written: writes.length, unchanged: steps.length - writes.length, statusChanges: await followStatus(attending) };
    },

    async enrolMany(courseId, workerIds, enrolledOn) {
      const owning = await deps.course(courseId);
      const taken = new Set((await db.enrolments.where('courseId').equals(courseId).toArray()).filter((row) => !row.deletedAt).map((row) => row.data.workerId));
      const refusals = new Map<string, Refusal>();
      const records: EnrolmentRecord[] = [];
      for (const workerId of new Set(workerIds)) {
        const data = enrolmentSchema.parse({ courseId, workerId, enrolledOn });
        const status = await deps.visibleWorkerStatus(workerId);
        const check = checkEnrolment({ course: owning.data, enrolledOn: data.enrolledOn, workerStatus: status, alreadyEnrolled: taken.has(workerId), today: today() });
        if (check.ok) records.push(createRecord(uuidv7(), data, session.tick(), session.author()));
        else refusals.set(workerId, check.reason);
      }
      if (refusals.size > 0) throw new RowsRefusedError(refusals);
      const rows = await Promise.all(records.map((record) => sealEnrolment(codec, record)));
      if (rows.length > 0) {
        await db.transaction('rw', [db.enrolments, db.audit, db.meta], async () => {
          await db.enrolments.bulkAdd(rows);
          await db.audit.bulkAdd(records.map((record) => auditEntry(session, 'update', record.data.workerId, 'enrolment')));
          await session.persistClock();
        });
      }
      const started = enrolmentProgress(owning.data, [], today()).state === 'attending';
      return { written: rows.length, unchanged: 0, statusChanges: started ? await followStatus(records.map((record) => record.data.workerId)) : [] };
    },
  };
}
