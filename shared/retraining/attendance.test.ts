import { describe, expect, it } from 'vitest';
import { attendanceByDay, attendanceShare, formatShare, hoursToMinimum, meetsMinimumAttendance, totalHours } from './attendance';

describe('attendance', () => {
  it('keeps the latest recording of a day and sorts by date', () => {
    const days = attendanceByDay([
      { date: '2019-03-05', hours: 4, hlc: '0002' },
      { date: '2019-03-04', hours: 3, hlc: '0001' },
      { date: '2019-03-05', hours: 6, hlc: '0003' },
      { date: '2019-03-04', hours: 8, hlc: '0000' },
    ]);
    expect(days).toEqual([
      { date: '2019-03-04', hours: 3 },
      { date: '2019-03-05', hours: 6 },
    ]);
    expect(totalHours(days)).toBe(9);
  });

  it('drops a day whose latest recording is 0 hours (corrected into an absence), and keeps it when attended again later', () => {
    const corrected = [
      { date: '2019-03-04', hours: 4, hlc: '0001' },
      { date: '2019-03-05', hours: 4, hlc: '0002' },
      { date: '2019-03-05', hours: 0, hlc: '0003' },
    ];
    expect(attendanceByDay(corrected)).toEqual([{ date: '2019-03-04', hours: 4 }]);
    expect(attendanceByDay([...corrected, { date: '2019-03-05', hours: 2, hlc: '0004' }])).toEqual([
      { date: '2019-03-04', hours: 4 },
      { date: '2019-03-05', hours: 2 },
    ]);
  });

  it('computes the share of the course hours, capped at 1', () => {
    expect(attendanceShare(14, 20)).toBeCloseTo(0.7);
    expect(attendanceShare(30, 20)).toBe(1);
    expect(attendanceShare(5, 0)).toBe(0);
  });

  it('requires 70% of the hours, counting exactly 70% as enough', () => {
    expect(meetsMinimumAttendance(attendanceShare(14, 20))).toBe(true);
    expect(meetsMinimumAttendance(attendanceShare(84, 120))).toBe(true);
    expect(meetsMinimumAttendance(attendanceShare(83.5, 120))).toBe(false);
    expect(meetsMinimumAttendance(0.6999)).toBe(false);
  });

  it('says how many hours are missing to the minimum', () => {
    expect(hoursToMinimum(10, 20)).toBe(4);
    expect(hoursToMinimum(15, 20)).toBe(0);
    expect(hoursToMinimum(0, 25)).toBe(17.5);
  });

  it('formats the share in whole percent without rounding up to the threshold', () => {
    expect(formatShare(0.8125)).toBe('81%');
    expect(formatShare(0.6999)).toBe('69%');
    expect(formatShare(14 / 20)).toBe('70%');
    expect(formatShare(1)).toBe('100%');
  });
});
