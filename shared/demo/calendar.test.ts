import { describe, expect, it } from 'vitest';
import { DEFAULT_CIGS_PERIODS } from '../domain/programme';
import { cigsMovedByDays, cigsUntilPension, demoCalendar, easterSunday, HISTORICAL_ANCHOR, italianNoLessonDays } from './calendar';
import { dayNumber } from './isoDates';

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
const daysFrom = (from: string, to: string) => dayNumber(to) - dayNumber(from);

describe('the historical calendar', () => {
  const calendar = demoCalendar('historical');

  it('is the 2019 programme: closure at the end of 2018, the real CIGS periods, dates unchanged', () => {
    expect(calendar).toMatchObject({ variant: 'historical', anchor: HISTORICAL_ANCHOR, closure: '2018-12-31', cigsPeriods: DEFAULT_CIGS_PERIODS, staggeredStops: false, lastOfferDay: '2019-11-29' });
    expect(calendar.afterClosure('2019-06-03')).toBe('2019-06-03');
    expect(calendar.nearAnchor('2019-12-20')).toBe('2019-12-20');
    expect(calendar.noLessonDays).toContainEqual(['2019-12-23', '2020-01-06']);
  });

  it('has only its own anchor', () => {
    expect(demoCalendar('historical', HISTORICAL_ANCHOR).anchor).toBe(HISTORICAL_ANCHOR);
    expect(() => demoCalendar('historical', '2026-03-18')).toThrow(RangeError);
  });
});

describe('the calendar of today', () => {
  it('puts the closure about eleven months before the anchor and the end of CIGS 30 to 61 days after it', () => {
    for (let day = dayNumber('2026-01-01'); day < dayNumber('2028-01-01'); day += 1) {
      const anchor = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const calendar = demoCalendar('today', anchor);
      const [period] = calendar.cigsPeriods;
      expect(calendar.cigsPeriods).toHaveLength(1);
      expect(period?.cause).toBe('cessazione');
      expect(period?.start.endsWith('-01')).toBe(true);
      expect(daysFrom(calendar.closure, period?.start ?? '')).toBe(1);
      // Twelve months: the same first of the month a year later, less a day.
      expect(daysFrom(period?.start ?? '', period?.end ?? '') + 1).toBeGreaterThanOrEqual(365);
      expect(daysFrom(period?.start ?? '', period?.end ?? '') + 1).toBeLessThanOrEqual(366);
      expect(daysFrom(anchor, period?.end ?? '')).toBeGreaterThanOrEqual(30);
      expect(daysFrom(anchor, period?.end ?? '')).toBeLessThanOrEqual(61);
      expect(daysFrom(calendar.closure, anchor)).toBeGreaterThanOrEqual(303);
      expect(daysFrom(calendar.closure, anchor)).toBeLessThanOrEqual(336);
    }
  });

  it('moves the dates counted from the closure by whole weeks and keeps the distance of those counted back from the anchor', () => {
    const calendar = demoCalendar('today', '2026-03-18');
    expect(calendar.closure).toBe('2025-04-30');
    expect(weekday(calendar.afterClosure('2019-06-03'))).toBe(1);
    expect(Math.abs(daysFrom(calendar.closure, calendar.afterClosure('2018-12-31')))).toBeLessThanOrEqual(3);
    expect(calendar.nearAnchor('2019-12-20')).toBe('2026-03-07');
    expect(calendar.nearAnchor('2020-01-07')).toBe('2026-03-25');
    expect(calendar.lastOfferDay).toBe('2026-03-15');
    expect(calendar.staggeredStops).toBe(true);
  });

  it('refuses an anchor that is not a day it can place a programme on', () => {
    for (const anchor of ['2026-02-30', '18/03/2026', '1999-12-31', '2200-01-01', '']) expect(() => demoCalendar('today', anchor), anchor).toThrow(RangeError);
    expect(() => demoCalendar('today')).toThrow(RangeError);
  });
});

describe('holidays and CIGS periods', () => {
  it('finds Easter Sunday', () => {
    expect(['2019', '2024', '2025', '2026', '2027', '2038'].map((year) => easterSunday(Number(year)))).toEqual(['2019-04-21', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  it('lists the Italian holidays and the agencies’ breaks, in order', () => {
    const days = italianNoLessonDays(2026, 2026);
    expect(days).toContainEqual(['2026-04-06', '2026-04-06']);
    expect(days).toContainEqual(['2026-08-05', '2026-08-23']);
    expect(days).toContainEqual(['2026-12-23', '2026-12-31']);
    expect(days).toContainEqual(['2026-01-01', '2026-01-06']);
    expect(days.map(([from]) => from)).toEqual(days.map(([from]) => from).sort());
  });

  it('cuts the periods at a pension and moves them with a later or earlier stop', () => {
    expect(cigsUntilPension(DEFAULT_CIGS_PERIODS, '2020-03-01')).toEqual([
      { start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' },
      { start: '2020-01-01', end: '2020-02-29', cause: 'proroga' },
    ]);
    expect(cigsMovedByDays([{ start: '2025-04-01', end: '2026-03-31', cause: 'cessazione' }], -10)).toEqual([{ start: '2025-03-22', end: '2026-03-21', cause: 'cessazione' }]);
  });
});
