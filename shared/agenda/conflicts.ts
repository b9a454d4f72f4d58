// Two appointments of the same counselor conflict when their times overlap on the same day; one
// that ends at 10:00 and one that starts at 10:00 do not. Cancelled ones never conflict.
import { minutesOf } from '../domain/appointment';

export interface TimedSlot {
  readonly id: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly counselorId: string;
  readonly cancelledOn: string;
}

export function overlaps(a: TimedSlot, b: TimedSlot): boolean {
  if (a.id === b.id || a.cancelledOn || b.cancelledOn) return false;
  if (a.date !== b.date || a.counselorId !== b.counselorId) return false;
  return minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
}

/** The slots `candidate` overlaps, by start time (the form's warning, before saving). */
export function conflictsWith<T extends TimedSlot>(candidate: TimedSlot, others: readonly T[]): T[] {
  return others.filter((other) => overlaps(candidate, other)).sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * Every slot that overlaps another, with the ids it overlaps (the agenda's marks). Sorted by day,
 * counselor and start, each compared only with those starting before it ends: a week of a
 * programme's appointments is not compared pair by pair.
 */
export function conflictMap(slots: readonly TimedSlot[]): Map<string, string[]> {
  const live = slots.filter((slot) => !slot.cancelledOn).sort((a, b) => a.date.localeCompare(b.date) || a.counselorId.localeCompare(b.counselorId) || a.start.localeCompare(b.start));
  const found = new Map<string, string[]>();
  const note = (from: string, to: string) => found.set(from, [...(found.get(from) ?? []), to]);
  for (let i = 0; i < live.length; i++) {
    const a = live[i];
    if (!a) continue;
    for (let j = i + 1; j < live.length; j++) {
      const b = live[j];
      if (!b || b.date !== a.date || b.counselorId !== a.counselorId || b.start >= a.end) break;
      note(a.id, b.id);
      note(b.id, a.id);
    }
  }
  return found;
}
