import { describe, expect, it } from 'vitest';
import { createRecord, editRecord, latestClock, sameValue, tombstone } from './record';

const author = { counselorId: 'c1', deviceId: 'd1', nowIso: '2019-05-01T10:00:00.000Z' };

describe('versioned records', () => {
  it('stamps every field on creation and only changed fields on edit', () => {
    const created = createRecord('id1', { a: 1, b: ['x'], c: 'k' }, 'T1', author);
    expect(created.clock).toEqual({ a: 'T1', b: 'T1', c: 'T1' });
    const edited = editRecord(created, { a: 1, b: ['x', 'y'], c: 'k' }, 'T2', { ...author, counselorId: 'c2' });
    expect(edited.clock).toEqual({ a: 'T1', b: 'T2', c: 'T1' });
    expect(edited.updatedBy).toBe('c2');
    expect(latestClock(edited)).toBe('T2');
  });

  it('returns the same record when an edit changes nothing', () => {
    const created = createRecord('id1', { a: 1, nested: { x: [1, 2] } }, 'T1', author);
    expect(editRecord(created, { a: 1, nested: { x: [1, 2] } }, 'T2', author)).toBe(created);
  });

  it('keeps a tombstone with the deletion time instead of removing the record', () => {
    const created = createRecord('id1', { a: 1 }, 'T1', author);
    const deleted = tombstone(created, 'T3', author);
    expect(deleted.deletedAt).toBe('T3');
    expect(deleted.data).toEqual({ a: 1 });
    expect(latestClock(deleted)).toBe('T3');
  });

  it('compares JSON-like values structurally', () => {
    expect(sameValue([1, { a: 2 }], [1, { a: 2 }])).toBe(true);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(undefined, '')).toBe(false);
  });
});
