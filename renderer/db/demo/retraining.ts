// Writes the generated demo retraining (courses, enrolments with their attendance and ends) and
// ventures through the repositories' sealing helpers: event payloads, venture ideas and funding are
// encrypted at rest; course rows and the index columns stay in clear.
import { uuidv7 } from 'uuidv7';
import type { RetrainingDemo } from '../../../shared/demo/activity/retraining';
import type { EventPayload } from '../../../shared/domain/events';
import { createRecord, type Author } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CourseRow, EnrolmentRow, EventRecord, EventRow, VentureRow } from '../rows';
import type { Session } from '../session';
import { sealEvent } from '../recordRows';
import { sealCourse, sealEnrolment } from '../repositories/courseRepository';
import { sealVenture } from '../repositories/ventureRepository';
import { sealAndWrite } from './pipeline';

export async function loadRetraining(db: PcoDatabase, codec: RecordCodec, session: Session, data: RetrainingDemo): Promise<void> {
  // Recorded by the worker's counselor on the day it happened, as if each laptop had synced its work.
  const author = (counselorId: string, on: string): Author => ({ counselorId, deviceId: session.deviceId, nowIso: `${on}T09:00:00.000Z` });
  const event = (subjectId: string, counselorId: string, occurredOn: string, payload: EventPayload): EventRecord => ({
    id: uuidv7(),
    subjectId,
    occurredOn,
    hlc: session.tick(),
    recordedBy: counselorId,
    deviceId: session.deviceId,
    payload,
    kind: payload.kind,
  });

  const courses = data.courses.map(({ id, createdOn, course }) => createRecord(id, course, session.tick(), author(session.counselorId, createdOn)));
  const enrolments = data.enrolments.map(({ id, counselorId, enrolment }) => createRecord(id, enrolment, session.tick(), author(counselorId, enrolment.enrolledOn)));
  const events = data.enrolments.flatMap(({ id, counselorId, attendance, ending }) => [
    ...attendance.map((day) => event(id, counselorId, day.date, { kind: 'course.attendance', hours: day.hours })),
    ...(ending ? [event(id, counselorId, ending.date, { kind: 'course.ended', outcome: ending.outcome, certificate: ending.certificate, note: ending.note })] : []),
  ]);
  const ventures = data.ventures.map(({ id, counselorId, createdOn, venture }) => createRecord(id, venture, session.tick(), author(counselorId, createdOn)));

  await sealAndWrite(db, session, courses, (record) => sealCourse(codec, record), (rows: CourseRow[]) => db.courses.bulkAdd(rows), [db.courses, db.meta]);
  await sealAndWrite(db, session, enrolments, (record) => sealEnrolment(codec, record), (rows: EnrolmentRow[]) => db.enrolments.bulkAdd(rows), [db.enrolments, db.meta]);
  await sealAndWrite(db, session, events, (record) => sealEvent(codec, record), (rows: EventRow[]) => db.events.bulkAdd(rows), [db.events, db.meta]);
  await sealAndWrite(db, session, ventures, (record) => sealVenture(codec, record), (rows: VentureRow[]) => db.ventures.bulkAdd(rows), [db.ventures, db.meta]);
}
