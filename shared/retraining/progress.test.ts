import { describe, expect, it } from 'vitest';
import { enrolmentProgress, type EnrolmentEvent } from './progress';

const course = { hours: 40, startDate: '2019-03-04' };
const attended = (occurredOn: string, hours: number, hlc: string): EnrolmentEvent => ({ occurredOn, hlc, payload: { kind: 'course.attendance', hours } });

describe('enrolment progress', () => {
  it('is enrolled before the course starts and attending once it has', () => {
    expect(enrolmentProgress(course, [], '2019-03-01').state).toBe('enrolled');
    expect(enrolmentProgress(course, [], '2019-03-04').state).toBe('attending');
  });

  it('counts the first attendance as the start, whatever the calendar says', () => {
    const progress = enrolmentProgress({ hours: 40, startDate: '2019-03-04' }, [attended('2019-03-04', 4, 'a')], '2019-03-01');
    expect(progress.state).toBe('attending');
  });

  it('sums the hours by day and reports the share', () => {
    const progress = enrolmentProgress(course, [attended('2019-03-04', 8, 'a'), attended('2019-03-05', 8, 'b'), attended('2019-03-05', 6, 'c'), attended('2019-03-06', 8, 'd'), attended('2019-03-07', 8, 'e')], '2019-03-08');
    expect(progress.attendedHours).toBe(30);
    expect(progress.share).toBeCloseTo(0.75);
    expect(progress.meetsMinimum).toBe(true);
  });

  it('takes the outcome from the latest end recorded', () => {
    const events: EnrolmentEvent[] = [
      attended('2019-03-04', 8, 'a'),
      { occurredOn: '2019-03-20', hlc: 'b', payload: { kind: 'course.ended', outcome: 'dropped', certificate: false, note: 'trovato lavoro' } },
      { occurredOn: '2019-03-29', hlc: 'c', payload: { kind: 'course.ended', outcome: 'completed', certificate: true, note: '' } },
    ];
    const progress = enrolmentProgress(course, events, '2019-04-01');
    expect(progress.state).toBe('completed');
    expect(progress.ending).toEqual({ date: '2019-03-29', outcome: 'completed', certificate: true, note: '' });
  });
});
