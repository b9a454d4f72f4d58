import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, daysInMonth, epochMillis, isIsoDate, isoFromDayNumber, isRealIsoDate } from './days';

const day = fc.integer({ min: dayNumber('1800-01-01'), max: dayNumber('2200-12-31') });

describe('calendar days', () => {
  it('checks the ISO shape and whether the day exists', () => {
    expect(isIsoDate('2019-02-31')).toBe(true);
    expect(isIsoDate('31/02/2019')).toBe(false);
    expect(isRealIsoDate('2019-02-28')).toBe(true);
    expect(isRealIsoDate('2020-02-29')).toBe(true);
    for (const bad of ['2019-02-29', '1900-02-29', '2019-13-01', '2019-00-10', '2019-04-31', '2019-1-01', '', null, undefined]) expect(isRealIsoDate(bad), String(bad)).toBe(false);
    expect(isRealIsoDate('2000-02-29')).toBe(true);
    expect(daysInMonth(2019, 2)).toBe(28);
  });

  it('adds and counts days across months, years and leap days', () => {
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-04-01', -1)).toBe('2019-03-31');
    expect(daysBetween('2019-03-01', '2019-03-31')).toBe(30);
    expect(daysBetween('2019-03-31', '2019-03-01')).toBe(-30);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(epochMillis('1970-01-02')).toBe(86_400_000);
    expect(() => dayNumber('31/12/2019')).toThrow(RangeError);
  });

  it('agrees with the JavaScript calendar and round-trips, for every day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (n, offset) => {
        const iso = isoFromDayNumber(n);
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(isRealIsoDate(iso)).toBe(true);
        expect(dayNumber(iso)).toBe(n);
        const moved = addDays(iso, offset);
        expect(daysBetween(iso, moved)).toBe(offset);
        expect(addDays(moved, -offset)).toBe(iso);
      }),
    );
  });

  it('says a day exists exactly when the calendar has it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(Date.UTC(2000, m - 1, d));
        date.setUTCFullYear(y);
        const exists = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isRealIsoDate(iso)).toBe(exists);
      }),
    );
  });
});
