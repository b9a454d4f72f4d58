import { describe, expect, it } from 'vitest';
import { checkAttendance, checkCourseEdit, checkEnding, checkEnrolment } from './rules';

const course = { startDate: '2019-03-04', endDate: '2019-04-30', hours: 40 };
const noProgress = { days: [] };
const attendance = (date: string, hours = 4, progress: { days: { date: string; hours: number }[]; ending?: { date: string; outcome: 'completed' | 'dropped'; certificate: boolean; note: string } } = noProgress) =>
  checkAttendance({ course, enrolledOn: '2019-03-10', progress, date, hours, today: '2019-04-15' });

describe('attendance dates', () => {
  it('accepts a day inside the course and after the enrolment', () => {
    expect(attendance('2019-03-11')).toEqual({ ok: true });
    expect(attendance('2019-03-10')).toEqual({ ok: true });
  });

  it('refuses days outside the course, before the enrolment or in the future, saying why', () => {
    expect(attendance('2019-03-01')).toEqual({ ok: false, reason: 'beforeCourseStart' });
    expect(attendance('2019-03-08')).toEqual({ ok: false, reason: 'beforeEnrolment' });
    expect(checkAttendance({ course, enrolledOn: '2019-03-01', progress: noProgress, date: '2019-05-02', hours: 4, today: '2019-06-01' })).toEqual({ ok: false, reason: 'afterCourseEnd' });
    expect(attendance('2019-04-16')).toEqual({ ok: false, reason: 'inFuture' });
  });

  it('refuses days after the course ended for the worker', () => {
    const ended = { days: [{ date: '2019-03-11', hours: 4 }], ending: { date: '2019-03-20', outcome: 'dropped' as const, certificate: false, note: '' } };
    expect(attendance('2019-03-21', 4, ended)).toEqual({ ok: false, reason: 'afterEnding' });
    expect(attendance('2019-03-12', 4, ended)).toEqual({ ok: true });
  });

  it('refuses hours beyond the course, counting a corrected day once', () => {
    const nearlyFull = { days: [{ date: '2019-03-11', hours: 36 }] };
    expect(attendance('2019-03-12', 6, nearlyFull)).toEqual({ ok: false, reason: 'exceedsCourseHours' });
    expect(attendance('2019-03-12', 4, nearlyFull)).toEqual({ ok: true });
    expect(attendance('2019-03-11', 8, nearlyFull)).toEqual({ ok: true });
  });
});

describe('enrolment', () => {
  const base = { course, enrolledOn: '2019-03-01', workerStatus: 'active' as const, alreadyEnrolled: false, today: '2019-03-15' };
  it('accepts a worker in the programme before the course ends', () => {
    expect(checkEnrolment(base)).toEqual({ ok: true });
    expect(checkEnrolment({ ...base, workerStatus: 'self_employed' })).toEqual({ ok: true });
  });
  it('refuses a second enrolment, a worker who left, a finished course and a future date', () => {
    expect(checkEnrolment({ ...base, alreadyEnrolled: true })).toEqual({ ok: false, reason: 'alreadyEnrolled' });
    expect(checkEnrolment({ ...base, workerStatus: 'placed' })).toEqual({ ok: false, reason: 'workerLeft' });
    expect(checkEnrolment({ ...base, enrolledOn: '2019-05-01', today: '2019-06-01' })).toEqual({ ok: false, reason: 'courseOver' });
    expect(checkEnrolment({ ...base, enrolledOn: '2019-03-16' })).toEqual({ ok: false, reason: 'inFuture' });
  });
});

describe('end of a course', () => {
  const progress = { days: [{ date: '2019-03-11', hours: 4 }, { date: '2019-03-18', hours: 4 }] };
  it('accepts an end after the last day attended', () => {
    expect(checkEnding({ enrolledOn: '2019-03-10', progress, date: '2019-03-18', today: '2019-04-01' })).toEqual({ ok: true });
  });
  it('refuses a second end, a future end and one before what was attended', () => {
    const ended = { ...progress, ending: { date: '2019-03-20', outcome: 'completed' as const, certificate: true, note: '' } };
    expect(checkEnding({ enrolledOn: '2019-03-10', progress: ended, date: '2019-03-25', today: '2019-04-01' })).toEqual({ ok: false, reason: 'alreadyEnded' });
    expect(checkEnding({ enrolledOn: '2019-03-10', progress, date: '2019-04-02', today: '2019-04-01' })).toEqual({ ok: false, reason: 'inFuture' });
    expect(checkEnding({ enrolledOn: '2019-03-10', progress, date: '2019-03-09', today: '2019-04-01' })).toEqual({ ok: false, reason: 'endBeforeEnrolment' });
    expect(checkEnding({ enrolledOn: '2019-03-10', progress, date: '2019-03-15', today: '2019-04-01' })).toEqual({ ok: false, reason: 'endBeforeLastAttendance' });
  });
});

describe('course edits', () => {
  const recorded = [{ days: [{ date: '2019-03-11', hours: 20 }], attendedHours: 20 }];
  it('keep every recorded day inside the dates and the hours above those attended', () => {
    expect(checkCourseEdit({ course, attendance: recorded })).toEqual({ ok: true });
    expect(checkCourseEdit({ course: { ...course, startDate: '2019-03-12' }, attendance: recorded })).toEqual({ ok: false, reason: 'attendanceOutsideDates' });
    expect(checkCourseEdit({ course: { ...course, hours: 16 }, attendance: recorded })).toEqual({ ok: false, reason: 'hoursBelowAttended' });
  });
});
