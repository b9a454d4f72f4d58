import { describe, expect, it } from 'vitest';
import { contains, daysOf, periodOf, shiftAnchor } from './period';

describe('agenda periods', () => {
  it('a day is itself', () => {
    expect(periodOf('day', '2019-10-16')).toEqual({ start: '2019-10-16', end: '2019-10-16' });
  });

  it('a week runs Monday to Sunday, whatever day anchors it', () => {
    expect(periodOf('week', '2019-10-16')).toEqual({ start: '2019-10-14', end: '2019-10-20' });
    expect(periodOf('week', '2019-10-14')).toEqual({ start: '2019-10-14', end: '2019-10-20' });
    expect(periodOf('week', '2019-10-20')).toEqual({ start: '2019-10-14', end: '2019-10-20' });
    expect(periodOf('week', '2019-12-31')).toEqual({ start: '2019-12-30', end: '2020-01-05' });
  });

  it('moves by one day or one week, across months and years', () => {
    expect(shiftAnchor('day', '2019-12-31', 1)).toBe('2020-01-01');
    expect(shiftAnchor('day', '2019-03-01', -1)).toBe('2019-02-28');
    expect(shiftAnchor('week', '2019-12-30', 1)).toBe('2020-01-06');
    expect(shiftAnchor('week', '2019-10-16', -1)).toBe('2019-10-09');
  });

  it('lists the days of a period and tells whether a day falls in it', () => {
    expect(daysOf(periodOf('week', '2019-10-16'))).toEqual(['2019-10-14', '2019-10-15', '2019-10-16', '2019-10-17', '2019-10-18', '2019-10-19', '2019-10-20']);
    expect(daysOf(periodOf('day', '2019-10-16'))).toEqual(['2019-10-16']);
    const week = periodOf('week', '2019-10-16');
    expect(contains(week, '2019-10-14')).toBe(true);
    expect(contains(week, '2019-10-20')).toBe(true);
    expect(contains(week, '2019-10-13')).toBe(false);
    expect(contains(week, '2019-10-21')).toBe(false);
  });
});
