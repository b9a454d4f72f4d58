// Where one enrolment stands, derived from its events: the days attended, the share of the
// course's hours, and how it ended. Nothing here is stored: it is recomputed from the log.
import type { Course } from '../domain/casework';
import type { EventPayload } from '../domain/events';
import { attendanceByDay, attendanceShare, meetsMinimumAttendance, totalHours, type AttendanceDay, type AttendanceEntry } from './attendance';

export type EnrolmentState = 'enrolled' | 'attending' | 'completed' | 'dropped';

export interface CourseEnding {
  date: string;
  outcome: 'completed' | 'dropped';
  certificate: boolean;
  note: string;
}

export interface EnrolmentProgress {
  days: AttendanceDay[];
  attendedHours: number;
  share: number;
  meetsMinimum: boolean;
  ending?: CourseEnding;
  state: EnrolmentState;
}

/** The part of an event the rules read (an opened event record fits). */
export interface EnrolmentEvent {
  occurredOn: string;
  hlc: string;
  payload: EventPayload;
}

export function enrolmentProgress(course: Pick<Course, 'hours' | 'startDate'>, events: readonly EnrolmentEvent[], today: string): EnrolmentProgress {
  const entries: AttendanceEntry[] = [];
  let ending: (CourseEnding & { hlc: string }) | undefined;
  for (const event of events) {
    const payload = event.payload;
    if (payload.kind === 'course.attendance') entries.push({ date: event.occurredOn, hours: payload.hours, hlc: event.hlc });
    // Two laptops may both record an end: the later recording stands, like any edited field.
    if (payload.kind === 'course.ended' && (!ending || event.hlc > ending.hlc)) {
      ending = { date: event.occurredOn, outcome: payload.outcome, certificate: payload.certificate, note: payload.note, hlc: event.hlc };
    }
  }
  const days = attendanceByDay(entries);
  const attendedHours = totalHours(days);
  const share = attendanceShare(attendedHours, course.hours);
  const started = course.startDate <= today || days.length > 0;
  const state: EnrolmentState = ending ? ending.outcome : started ? 'attending' : 'enrolled';
  const progress: EnrolmentProgress = { days, attendedHours, share, meetsMinimum: meetsMinimumAttendance(share), state };
  if (ending) {
    const { hlc: _hlc, ...rest } = ending;
    progress.ending = rest;
  }
  return progress;
}
