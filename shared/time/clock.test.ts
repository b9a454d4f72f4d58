import { describe, expect, it } from 'vitest';
import { normaliseTime } from './clock';

describe('normaliseTime', () => {
  it('reads the ways people type a time as HH:MM in 24 hours', () => {
    expect(normaliseTime('09:30')).toBe('09:30');
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('0930')).toBe('09:30');
    expect(normaliseTime('930')).toBe('09:30');
    expect(normaliseTime('09.30')).toBe('09:30');
    expect(normaliseTime('9,30')).toBe('09:30');
    expect(normaliseTime('14h15')).toBe('14:15');
    expect(normaliseTime(' 14 : 15 ')).toBe('14:15');
    expect(normaliseTime('9')).toBe('09:00');
    expect(normaliseTime('0')).toBe('00:00');
    expect(normaliseTime('23:59')).toBe('23:59');
  });

  it('leaves what is not a real time undefined', () => {
    expect(normaliseTime('')).toBeUndefined();
    expect(normaliseTime('24:00')).toBeUndefined();
    expect(normaliseTime('9:60')).toBeUndefined();
    expect(normaliseTime('2400')).toBeUndefined();
    expect(normaliseTime('9:3')).toBeUndefined();
    expect(normaliseTime('12345')).toBeUndefined();
    expect(normaliseTime('9:30 PM')).toBeUndefined();
    expect(normaliseTime('mezzogiorno')).toBeUndefined();
  });
});
