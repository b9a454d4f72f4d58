import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, earlierOf, firstOfNextMonth, isoFromDayNumber, laterOf, randomDateBetween } from './isoDates';
import { Random } from './random';

describe('ISO date arithmetic', () => {
  it('agrees with the JavaScript calendar from 1900 to 2100', () => {
    for (let days = dayNumber('1900-01-01'); days <= dayNumber('2100-12-31'); days += 1) {
      const iso = new Date(days * 86_400_000).toISOString().slice(0, 10);
      if (isoFromDayNumber(days) !== iso || dayNumber(iso) !== days) throw new Error(`mismatch at ${iso}`);
    }
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2019-04-01', -1)).toBe('2019-03-31');
    expect(dayNumber('1970-01-01')).toBe(0);
  });

  it('finds the first of the next month', () => {
    expect(firstOfNextMonth('2019-03-31')).toBe('2019-04-01');
    expect(firstOfNextMonth('2019-12-05')).toBe('2020-01-01');
  });

  it('draws days inside the window, both ends included', () => {
    const random = new Random(1);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i += 1) seen.add(randomDateBetween(random, '2019-02-27', '2019-03-02'));
    expect([...seen].sort()).toEqual(['2019-02-27', '2019-02-28', '2019-03-01', '2019-03-02']);
    expect(randomDateBetween(random, '2019-05-01', '2019-04-01')).toBe('2019-05-01');
  });

  it('compares ISO dates as strings', () => {
    expect(laterOf('2019-01-02', '2018-12-31')).toBe('2019-01-02');
    expect(earlierOf('2019-01-02', '2018-12-31')).toBe('2018-12-31');
  });

  it('rejects text that is not an ISO date', () => {
    expect(() => dayNumber('31/12/2019')).toThrow(RangeError);
  });
});
