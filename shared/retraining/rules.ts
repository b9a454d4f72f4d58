// What the retraining screens may record, and why not when they may not. Each refusal is a code
// the interface turns into an Italian sentence.
import type { Course } from '../domain/casework';
import { LEAVING_STATUSES, type WorkerStatus } from '../domain/vocabulary';
import type { EnrolmentProgress } from './progress';

export const REFUSALS = [
  'inFuture',
  'beforeCourseStart',
  'afterCourseEnd',
  'beforeEnrolment',
  'afterEnding',
  'exceedsCourseHours',
  'alreadyEnrolled',
  'workerLeft',
  'courseOver',
  'alreadyEnded',
  'endBeforeEnrolment',
  'endBeforeLastAttendance',
  'attendanceOutsideDates',
  'hoursBelowAttended',
] as const;
export type Refusal = (typeof REFUSALS)[number];
export type Check = { ok: true } | { ok: false; reason: Refusal };

const OK: Check = { ok: true };
const refuse = (reason: Refusal): Check => ({ ok: false, reason });

interface AttendanceRequest {
  course: Pick<Course, 'startDate' | 'endDate' | 'hours'>;
  enrolledOn: string;
  progress: Pick<EnrolmentProgress, 'days' | 'ending'>;
  date: string;
  hours: number;
  today: string;
}

/** Hours on a day inside the course, on or after the enrolment, not in the future, within the course's hours. */
export function checkAttendance({ course, enrolledOn, progress, date, hours, today }: AttendanceRequest): Check {
  if (date > today) return refuse('inFuture');
  if (date < course.startDate) return refuse('beforeCourseStart');
  if (date > course.endDate) return refuse('afterCourseEnd');
  if (date < enrolledOn) return refuse('beforeEnrolment');
  if (progress.ending && date > progress.ending.date) return refuse('afterEnding');
  // Recording a day again replaces it: its previous hours do not count twice.
  const otherDays = progress.days.filter((day) => day.date !== date).reduce((sum, day) => sum + day.hours, 0);
  if (otherDays + hours > course.hours) return refuse('exceedsCourseHours');
  return OK;
}

interface EnrolmentRequest {
  course: Pick<Course, 'endDate'>;
  enrolledOn: string;
  workerStatus: WorkerStatus;
  alreadyEnrolled: boolean;
  today: string;
}

/** A worker still in the programme, once per course, enrolled by the course's last day and not ahead of today. */
export function checkEnrolment({ course, enrolledOn, workerStatus, alreadyEnrolled, today }: EnrolmentRequest): Check {
  if (alreadyEnrolled) return refuse('alreadyEnrolled');
  if (LEAVING_STATUSES.includes(workerStatus)) return refuse('workerLeft');
  if (enrolledOn > today) return refuse('inFuture');
  if (enrolledOn > course.endDate) return refuse('courseOver');
  return OK;
}

interface EndingRequest {
  enrolledOn: string;
  progress: Pick<EnrolmentProgress, 'days' | 'ending'>;
  date: string;
  today: string;
}

/** Once, not in the future, not before the enrolment nor before a day already attended. */
export function checkEnding({ enrolledOn, progress, date, today }: EndingRequest): Check {
  if (progress.ending) return refuse('alreadyEnded');
  if (date > today) return refuse('inFuture');
  if (date < enrolledOn) return refuse('endBeforeEnrolment');
  const lastDay = progress.days.at(-1);
  if (lastDay && lastDay.date > date) return refuse('endBeforeLastAttendance');
  return OK;
}

interface CourseEditRequest {
  course: Pick<Course, 'startDate' | 'endDate' | 'hours'>;
  /** Every enrolment's attendance in this course. */
  attendance: readonly Pick<EnrolmentProgress, 'days' | 'attendedHours'>[];
}

/** A course's dates and hours may change only while they still hold every attendance recorded. */
export function checkCourseEdit({ course, attendance }: CourseEditRequest): Check {
  for (const progress of attendance) {
    if (progress.days.some((day) => day.date < course.startDate || day.date > course.endDate)) return refuse('attendanceOutsideDates');
    if (progress.attendedHours > course.hours) return refuse('hoursBelowAttended');
  }
  return OK;
}
