// One lesson of a course entered for every enrolled worker at once: what each row asks the store
// to write. Pure: the repository reads the enrolments, this decides, the repository writes every
// step in one transaction or none. A row that says what is already recorded writes nothing, so
// saving the same session twice changes nothing, and a changed row is a correction of that day.
import type { Course } from '../domain/casework';
import type { EnrolmentProgress } from './progress';
import { checkAttendance, type Check, type Refusal } from './rules';

/** The most a lesson lasts in a day, as the attendance event allows (shared/domain/events.ts). */
export const MAX_SESSION_HOURS = 12;

export interface SessionRow {
  readonly enrolmentId: string;
  readonly enrolledOn: string;
  readonly progress: Pick<EnrolmentProgress, 'days' | 'ending'>;
  /** Hours attended that day; 0 for an absence. */
  readonly hours: number;
}

export type SessionStep =
  | { readonly kind: 'record'; readonly enrolmentId: string; readonly hours: number }
  | { readonly kind: 'unchanged'; readonly enrolmentId: string }
  | { readonly kind: 'refused'; readonly enrolmentId: string; readonly reason: Refusal };

type SessionCourse = Pick<Course, 'startDate' | 'endDate' | 'hours'>;

/** The day itself: inside the course and not ahead of today (each row is checked apart). */
export function checkSessionDate(course: Pick<Course, 'startDate' | 'endDate'>, date: string, today: string): Check {
  if (date > today) return { ok: false, reason: 'inFuture' };
  if (date < course.startDate) return { ok: false, reason: 'beforeCourseStart' };
  if (date > course.endDate) return { ok: false, reason: 'afterCourseEnd' };
  return { ok: true };
}

/** Hours already recorded for the day, if any. */
export function recordedHours(progress: Pick<EnrolmentProgress, 'days'>, date: string): number | undefined {
  return progress.days.find((day) => day.date === date)?.hours;
}

/** Whether the worker could attend that day at all: enrolled by then and the enrolment not ended before. */
export function enrolledOnDay(row: Pick<SessionRow, 'enrolledOn' | 'progress'>, date: string): boolean {
  return row.enrolledOn <= date && !(row.progress.ending && row.progress.ending.date < date);
}

export interface SessionRequest {
  readonly course: SessionCourse;
  readonly date: string;
  readonly today: string;
  readonly rows: readonly SessionRow[];
}

/** One step per row: record (new day, changed hours, or 0 to correct a day into an absence), unchanged, or refused with the reason. */
export function planSession({ course, date, today, rows }: SessionRequest): SessionStep[] {
  return rows.map((row): SessionStep => {
    const before = recordedHours(row.progress, date);
    // An absence where nothing was recorded, or the hours already there: nothing to write.
    if ((row.hours === 0 && before === undefined) || before === row.hours) return { kind: 'unchanged', enrolmentId: row.enrolmentId };
    const check = checkAttendance({ course, enrolledOn: row.enrolledOn, progress: row.progress, date, hours: row.hours, today });
    return check.ok ? { kind: 'record', enrolmentId: row.enrolmentId, hours: row.hours } : { kind: 'refused', enrolmentId: row.enrolmentId, reason: check.reason };
  });
}
