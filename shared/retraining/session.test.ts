import { describe, expect, it } from 'vitest';
import { checkSessionDate, enrolledOnDay, planSession, type SessionRow } from './session';

const course = { startDate: '2019-03-01', endDate: '2019-03-31', hours: 20 };
const today = '2019-04-10';
const row = (enrolmentId: string, hours: number, days: { date: string; hours: number }[] = [], enrolledOn = '2019-02-20'): SessionRow => ({
  enrolmentId,
  enrolledOn,
  progress: { days },
  hours,
});

describe('a course session entered at once', () => {
  it('records the present, skips an absence with nothing recorded, and writes nothing for hours already there', () => {
    const steps = planSession({
      course,
      date: '2019-03-11',
      today,
      rows: [row('a', 4), row('b', 0), row('c', 3.5, [{ date: '2019-03-11', hours: 3.5 }])],
    });
    expect(steps).toEqual([
      { kind: 'record', enrolmentId: 'a', hours: 4 },
      { kind: 'unchanged', enrolmentId: 'b' },
      { kind: 'unchanged', enrolmentId: 'c' },
    ]);
  });

  it('saved again with other hours or an absence, corrects the day (0 hours) rather than adding one', () => {
    const steps = planSession({
      course,
      date: '2019-03-11',
      today,
      rows: [row('a', 2, [{ date: '2019-03-11', hours: 4 }]), row('b', 0, [{ date: '2019-03-11', hours: 4 }])],
    });
    expect(steps).toEqual([
      { kind: 'record', enrolmentId: 'a', hours: 2 },
      { kind: 'record', enrolmentId: 'b', hours: 0 },
    ]);
  });

  it('refuses a row the rules refuse, with the reason: beyond the course hours, before the enrolment', () => {
    const full = [{ date: '2019-03-04', hours: 12 }, { date: '2019-03-05', hours: 6 }];
    const steps = planSession({ course, date: '2019-03-11', today, rows: [row('a', 4, full), row('b', 4, [], '2019-03-15')] });
    expect(steps).toEqual([
      { kind: 'refused', enrolmentId: 'a', reason: 'exceedsCourseHours' },
      { kind: 'refused', enrolmentId: 'b', reason: 'beforeEnrolment' },
    ]);
  });

  it('checks the day: not ahead of today, inside the course', () => {
    expect(checkSessionDate(course, '2019-03-11', today)).toEqual({ ok: true });
    expect(checkSessionDate(course, '2019-02-28', today)).toEqual({ ok: false, reason: 'beforeCourseStart' });
    expect(checkSessionDate(course, '2019-04-01', today)).toEqual({ ok: false, reason: 'afterCourseEnd' });
    expect(checkSessionDate(course, '2019-03-20', '2019-03-19')).toEqual({ ok: false, reason: 'inFuture' });
  });

  it('knows who was enrolled on the day', () => {
    expect(enrolledOnDay(row('a', 0, [], '2019-03-11'), '2019-03-11')).toBe(true);
    expect(enrolledOnDay(row('a', 0, [], '2019-03-12'), '2019-03-11')).toBe(false);
    const ended = { enrolledOn: '2019-03-01', progress: { days: [], ending: { date: '2019-03-10', outcome: 'dropped' as const, certificate: false, note: '' } } };
    expect(enrolledOnDay(ended, '2019-03-11')).toBe(false);
    expect(enrolledOnDay(ended, '2019-03-10')).toBe(true);
  });
});
