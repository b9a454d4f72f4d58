import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './hlc';
import { compareVectors, isNewFor, mergeVectors, originOf, recordCoveredBy, vectorCovers, vectorOf } from './vector';
import { createRecord, tombstone } from './record';

const hlc = (millis: number, node: string) => formatTimestamp({ millis, counter: 0, node });
const author = { counselorId: 'c1', deviceId: 'a', nowIso: '2019-06-01T00:00:00.000Z' };

describe('version vectors', () => {
  it('keeps the highest HLC per origin device across records, tombstones, events and audit', () => {
    const record = tombstone(createRecord('r', { x: 1 }, hlc(5, 'a'), author), hlc(9, 'b'), author);
    const vector = vectorOf({
      records: { workers: [record] },
      events: [{ hlc: hlc(7, 'a') } as never],
      audit: [{ hlc: hlc(3, 'c') } as never],
      statistics: [],
    });
    expect(vector).toEqual({ a: hlc(7, 'a'), b: hlc(9, 'b'), c: hlc(3, 'c') });
    expect(originOf(hlc(1, 'laptop-7'))).toBe('laptop-7');
  });

  it('compares, covers and merges', () => {
    const a = { x: hlc(5, 'x'), y: hlc(1, 'y') };
    const b = { x: hlc(3, 'x') };
    expect(vectorCovers(a, b)).toBe(true);
    expect(compareVectors(a, b)).toBe('after');
    expect(compareVectors(b, a)).toBe('before');
    expect(compareVectors(a, { ...a })).toBe('equal');
    expect(compareVectors(b, { y: hlc(2, 'y') })).toBe('concurrent');
    expect(mergeVectors(b, { x: hlc(4, 'x'), z: hlc(1, 'z') })).toEqual({ x: hlc(4, 'x'), z: hlc(1, 'z') });
  });

  it('tells what is new for a receiver', () => {
    expect(isNewFor({ a: hlc(5, 'a') }, hlc(5, 'a'))).toBe(false);
    expect(isNewFor({ a: hlc(5, 'a') }, hlc(6, 'a'))).toBe(true);
    expect(isNewFor({}, hlc(1, 'b'))).toBe(true);
    const record = createRecord('r', { x: 1 }, hlc(5, 'a'), author);
    expect(recordCoveredBy({ a: hlc(5, 'a') }, record)).toBe(true);
    expect(recordCoveredBy({ a: hlc(5, 'a') }, tombstone(record, hlc(1, 'b'), author))).toBe(false);
  });
});
