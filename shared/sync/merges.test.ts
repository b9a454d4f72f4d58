import { describe, expect, it } from 'vitest';
import { createRecord, editRecord } from './record';
import { aliasesOf, differingFields, foldAbsorbed, foldSurvivors, MERGED_INTO, mergedIntoOf, mergeFiles, redirectsOf, resolveWorker } from './merges';
import type { AnyRecord } from './types';

const hlc = (ms: number, node = 'coord') => `${String(ms).padStart(15, '0')}-0000-${node}`;
const author = { counselorId: 'c0', deviceId: 'coord', nowIso: '2026-12-07T10:00:00.000Z' };
const file = (id: string, data: Record<string, unknown>, ms: number, node = 'lap1'): AnyRecord => createRecord(id, data, hlc(ms, node), { ...author, deviceId: node });
const absorbedInto = (id: string, target: string, ms = 50): AnyRecord => ({ ...file(id, { [MERGED_INTO]: target }, ms), deletedAt: hlc(ms) });

describe('redirects of merged files', () => {
  it('follows chains, ignores plain deletions and live files, and breaks a cycle at its smallest id', () => {
    const deleted = { ...file('d', { surname: 'X' }, 1), deletedAt: hlc(2) };
    const live = file('b', { [MERGED_INTO]: 'z' }, 1);
    const redirects = redirectsOf([absorbedInto('a', 'b'), absorbedInto('c', 'a'), deleted, live]);
    expect(Object.fromEntries(redirects)).toEqual({ a: 'b', c: 'b' });
    expect(resolveWorker('c', redirects)).toBe('b');
    expect(resolveWorker('b', redirects)).toBe('b');
    expect(aliasesOf('b', redirects).sort()).toEqual(['a', 'b', 'c']);
    expect(mergedIntoOf(live)).toBeUndefined();
    const cycle = redirectsOf([absorbedInto('x', 'y'), absorbedInto('y', 'z'), absorbedInto('z', 'x')]);
    expect(Object.fromEntries(cycle)).toEqual({ y: 'x', z: 'x' });
  });
});

describe('merging two files', () => {
  const survivor = file('s', { surname: 'Rossi', phone: '111', email: '', notes: 'a' }, 10, 'lap1');
  const absorbed = file('a', { surname: 'Rossi', phone: '222', email: 'x@y.it', notes: 'a' }, 20, 'lap2');

  it('lists the fields that differ and which side is newer', () => {
    expect(differingFields(survivor, absorbed)).toEqual([
      { field: 'email', newer: 'absorbed' },
      { field: 'phone', newer: 'absorbed' },
    ]);
  });

  it('keeps the chosen value of each differing field at the merge clock, and tombstones the other file with its pointer', () => {
    const merged = mergeFiles(survivor, absorbed, { phone: 'survivor' }, hlc(30), author);
    expect(merged.survivor.data).toEqual({ surname: 'Rossi', phone: '111', email: 'x@y.it', notes: 'a' });
    expect(merged.survivor.clock).toMatchObject({ phone: hlc(30), email: hlc(30), surname: hlc(10, 'lap1') });
    expect(merged.absorbed.deletedAt).toBe(hlc(30));
    expect(merged.absorbed.data[MERGED_INTO]).toBe('s');
    // Already folded: nothing the absorbed file holds moves the survivor again.
    expect(foldAbsorbed(merged.survivor, [merged.absorbed]).changed).toBe(false);
  });

  it('folds an edit made to the absorbed file after the merge, not one made before it, nor an equal value', () => {
    const merged = mergeFiles(survivor, absorbed, { phone: 'survivor' }, hlc(30), author);
    const later = editRecord(merged.absorbed, { ...merged.absorbed.data, phone: '333', notes: 'a' }, hlc(40, 'lap2'), author);
    const folded = foldAbsorbed(merged.survivor, [later]);
    expect(folded.record.data['phone']).toBe('333');
    expect(folded.record.clock['phone']).toBe(hlc(40, 'lap2'));
    const earlier = editRecord(merged.absorbed, { ...merged.absorbed.data, phone: '444' }, hlc(25, 'lap2'), author);
    expect(foldAbsorbed(merged.survivor, [earlier]).changed).toBe(false);
    expect(foldAbsorbed({ ...merged.survivor, deletedAt: hlc(35) }, [later]).changed).toBe(false);
  });

  it('folds the survivors a change touches, through chains, the same in any order', () => {
    const merged = mergeFiles(survivor, absorbed, {}, hlc(30), author);
    const later = editRecord(merged.absorbed, { ...merged.absorbed.data, notes: 'b' }, hlc(40, 'lap2'), author);
    const third = { ...file('t', { notes: 'c' }, 45, 'lap3'), data: { notes: 'c', [MERGED_INTO]: 'a' }, deletedAt: hlc(46) };
    const rows = [merged.survivor, later, third];
    const forward = foldSurvivors(rows, ['a']);
    const backward = foldSurvivors([...rows].reverse(), ['t']);
    expect(forward).toEqual(backward);
    expect(forward.map((r) => [r.id, r.data['notes']])).toEqual([['s', 'c']]);
  });
});
