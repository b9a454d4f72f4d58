// Attendance of one worker at one course: hours per day, recorded as append-only events. A day
// recorded twice keeps its latest entry (by HLC), so a mistyped day is corrected by recording it
// again, and two laptops that both recorded the day agree after sync.
import { MIN_ATTENDANCE_SHARE } from '../domain/casework';

export interface AttendanceEntry {
  /** Day attended, ISO. */
  date: string;
  hours: number;
  /** HLC of the recording: the later one wins for the same day. */
  hlc: string;
}

export interface AttendanceDay {
  date: string;
  hours: number;
}

/** One entry per day, the latest recording winning, in date order; a day whose latest recording is 0 hours (an absence corrected) is no day attended. */
export function attendanceByDay(entries: readonly AttendanceEntry[]): AttendanceDay[] {
  const latest = new Map<string, AttendanceEntry>();
  for (const entry of entries) {
    const current = latest.get(entry.date);
    if (!current || entry.hlc > current.hlc) latest.set(entry.date, entry);
  }
  return [...latest.values()]
    .filter((entry) => entry.hours > 0)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ date, hours }) => ({ date, hours }));
}

export function totalHours(days: readonly AttendanceDay[]): number {
  return days.reduce((sum, day) => sum + day.hours, 0);
}

/** Share of the course's hours attended, between 0 and 1. */
export function attendanceShare(attendedHours: number, courseHours: number): number {
  if (courseHours <= 0) return 0;
  return Math.min(1, attendedHours / courseHours);
}

/** Regional measures recognise a course (and its certificate) only from 70% of the hours. */
export function meetsMinimumAttendance(share: number): boolean {
  // A tolerance far below one minute of a course, so 14 hours of 20 (0.7 in floating point) counts.
  return share + 1e-9 >= MIN_ATTENDANCE_SHARE;
}

/** Hours still needed to reach the minimum share (0 once reached). */
export function hoursToMinimum(attendedHours: number, courseHours: number): number {
  return Math.max(0, Math.ceil(courseHours * MIN_ATTENDANCE_SHARE * 2) / 2 - attendedHours);
}

/** `0.8125` → `81%` (whole percent, rounded down so 69.6% never reads as 70%). */
export function formatShare(share: number): string {
  return `${Math.floor(share * 100 + 1e-9)}%`;
}
