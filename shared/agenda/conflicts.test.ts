import { describe, expect, it } from 'vitest';
import { conflictMap, conflictsWith, overlaps, type TimedSlot } from './conflicts';

const slot = (id: string, start: string, end: string, more: Partial<TimedSlot> = {}): TimedSlot => ({ id, date: '2019-10-15', start, end, counselorId: 'c1', cancelledOn: '', ...more });

describe('appointment conflicts', () => {
  it('finds overlapping times of the same counselor on the same day', () => {
    expect(overlaps(slot('a', '09:00', '10:00'), slot('b', '09:30', '10:30'))).toBe(true);
    expect(overlaps(slot('a', '09:00', '12:00'), slot('b', '10:00', '10:30'))).toBe(true);
  });

  it('does not count back-to-back appointments, other days, other counselors, cancelled ones or the appointment itself', () => {
    expect(overlaps(slot('a', '09:00', '10:00'), slot('b', '10:00', '11:00'))).toBe(false);
    expect(overlaps(slot('a', '09:00', '10:00'), slot('b', '09:00', '10:00', { date: '2019-10-16' }))).toBe(false);
    expect(overlaps(slot('a', '09:00', '10:00'), slot('b', '09:00', '10:00', { counselorId: 'c2' }))).toBe(false);
    expect(overlaps(slot('a', '09:00', '10:00'), slot('b', '09:00', '10:00', { cancelledOn: '2019-10-10' }))).toBe(false);
    expect(overlaps(slot('a', '09:00', '10:00'), slot('a', '09:30', '10:30'))).toBe(false);
  });

  it('lists what a candidate overlaps, by start time', () => {
    const others = [slot('late', '11:00', '12:00'), slot('early', '08:30', '09:15'), slot('free', '12:00', '13:00')];
    expect(conflictsWith(slot('new', '09:00', '11:30'), others).map((s) => s.id)).toEqual(['early', 'late']);
  });

  it('maps every overlapping appointment to those it overlaps, and agrees with the pairwise test', () => {
    const slots = [
      slot('a', '09:00', '11:00'),
      slot('b', '09:30', '10:00'),
      slot('c', '10:30', '12:00'),
      slot('d', '12:00', '13:00'),
      slot('e', '09:00', '11:00', { counselorId: 'c2' }),
      slot('f', '09:00', '11:00', { cancelledOn: '2019-10-01' }),
    ];
    const map = conflictMap(slots);
    expect(Object.fromEntries([...map].map(([id, ids]) => [id, [...ids].sort()]))).toEqual({ a: ['b', 'c'], b: ['a'], c: ['a'] });
    for (const x of slots) for (const y of slots) expect(map.get(x.id)?.includes(y.id) ?? false).toBe(overlaps(x, y));
  });
});
