import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTimestamp } from './hlc';
import { mergeRecord } from './merge';
import { originOf } from './vector';
import { sameValue } from './record';
import type { AnyRecord, Conflict } from './types';

const hlc = (millis: number, node: string, counter = 0) => formatTimestamp({ millis, counter, node });

function version(id: string, fields: Record<string, [unknown, string]>, deletedAt: string | null = null): AnyRecord {
  const data: Record<string, unknown> = {};
  const clock: Record<string, string> = {};
  let latest = deletedAt ?? '';
  for (const [field, [value, at]] of Object.entries(fields)) {
    data[field] = value;
    clock[field] = at;
    if (at > latest) latest = at;
  }
  return { id, data, clock, deletedAt, createdAt: `created-${latest}`, updatedAt: `updated-${latest}`, updatedBy: `by-${originOf(latest)}`, deviceId: originOf(latest) };
}

interface Replica {
  record: AnyRecord | undefined;
  conflicts: Map<string, Conflict>;
}

function apply(replica: Replica, incoming: AnyRecord): Replica {
  const merged = mergeRecord('workers', replica.record, incoming, [...replica.conflicts.values()]);
  const conflicts = new Map(replica.conflicts);
  for (const id of merged.conflicts.remove) conflicts.delete(id);
  for (const c of merged.conflicts.put) conflicts.set(c.id, c);
  return { record: merged.record, conflicts };
}

const sorted = (conflicts: Map<string, Conflict>) => [...conflicts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('record merge', () => {
  it('takes each field from its latest write and keeps the loser from another laptop as a conflict', () => {
    const a = version('r', { name: ['Anna', hlc(10, 'a')], phone: ['1', hlc(10, 'a')] });
    const b = version('r', { name: ['Annamaria', hlc(20, 'b')], phone: ['1', hlc(10, 'a')] });
    const merged = mergeRecord('workers', a, b);
    expect(merged.outcome).toBe('changed');
    expect(merged.record.data).toEqual({ name: 'Annamaria', phone: '1' });
    expect(merged.record.updatedBy).toBe('by-b');
    expect(merged.conflicts.put).toEqual([
      { id: 'workers:r:name:a', table: 'workers', recordId: 'r', field: 'name', origin: 'a', value: 'Anna', hlc: hlc(10, 'a'), winnerHlc: hlc(20, 'b'), differs: true, seenByWinner: false },
    ]);
  });

  it("hints that a loss was an overwrite when the winner's sender had already seen the lost value", () => {
    const a = version('r', { phone: ['1', hlc(10, 'a')] });
    const b = version('r', { phone: ['2', hlc(20, 'b')] });
    expect(mergeRecord('workers', a, b, [], { a: hlc(10, 'a') }).conflicts.put[0]?.seenByWinner).toBe(true);
    expect(mergeRecord('workers', a, b, [], { a: hlc(9, 'a') }).conflicts.put[0]?.seenByWinner).toBe(false);
    // The incoming value lost: nothing says the local winner's writer saw it, so it counts as concurrent.
    expect(mergeRecord('workers', b, a, [], { b: hlc(20, 'b') }).conflicts.put[0]?.seenByWinner).toBe(false);
  });

  it('records no conflict when the same laptop overwrote its own value', () => {
    const merged = mergeRecord('workers', version('r', { name: ['x', hlc(1, 'a')] }), version('r', { name: ['y', hlc(2, 'a')] }));
    expect(merged.conflicts.put).toEqual([]);
  });

  it('keeps the tombstone with the latest deletion and is idempotent', () => {
    const live = version('r', { name: ['x', hlc(5, 'a')] });
    const dead = version('r', { name: ['x', hlc(5, 'a')] }, hlc(3, 'b'));
    const merged = mergeRecord('workers', live, dead);
    expect(merged.record.deletedAt).toBe(hlc(3, 'b'));
    expect(mergeRecord('workers', merged.record, dead).outcome).toBe('unchanged');
    expect(mergeRecord('workers', merged.record, live).outcome).toBe('unchanged');
  });

  it('drops index columns the renderer adds to records', () => {
    const withIndex = { ...version('r', { name: ['x', hlc(1, 'a')] }), status: 'active' } as AnyRecord;
    expect(Object.keys(mergeRecord('workers', undefined, withIndex).record)).not.toContain('status');
  });

  const write = fc.record({
    origin: fc.constantFrom('a', 'b', 'c'),
    field: fc.constantFrom('name', 'phone', 'notes'),
    value: fc.constantFrom('x', 'y', 'z', null, ['list']),
    millis: fc.integer({ min: 1, max: 40 }),
    deletes: fc.boolean(),
  });

  it('gives the same record and conflicts for any order and duplication of the versions (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 12 }), fc.infiniteStream(fc.nat()), (writes, picks) => {
        // Every write gets its own HLC (one per origin and millisecond): distinct clocks, distinct writes.
        const unique = new Map(writes.map((w) => [`${w.millis}-${w.origin}-${w.field}`, w]));
        const versions = [...unique.values()].map((w, i) =>
          version('r', { [w.field]: [w.value, hlc(w.millis, w.origin, i)] }, w.deletes && i % 3 === 0 ? hlc(w.millis, w.origin, i) : null),
        );
        const iterator = picks[Symbol.iterator]();
        const shuffled = [...versions, ...versions.slice(0, 3)].map((v) => ({ v, k: iterator.next().value as number })).sort((x, y) => x.k - y.k).map((x) => x.v);
        const fold = (list: AnyRecord[]) => list.reduce<Replica>((r, v) => apply(r, v), { record: undefined, conflicts: new Map() });
        const one = fold(versions);
        const other = fold(shuffled);
        expect(other.record?.data).toEqual(one.record?.data);
        expect(other.record?.clock).toEqual(one.record?.clock);
        expect(other.record?.deletedAt).toEqual(one.record?.deletedAt);
        expect(sorted(other.conflicts)).toEqual(sorted(one.conflicts));

        // Oracle: per field, each other origin's latest write is a conflict entry; it differs unless equal to the winner.
        const expected: string[] = [];
        for (const field of ['name', 'phone', 'notes']) {
          const forField = versions.filter((v) => field in v.clock);
          if (forField.length === 0) continue;
          const winner = forField.reduce((m, v) => (v.clock[field]! > m.clock[field]! ? v : m));
          for (const origin of ['a', 'b', 'c']) {
            if (origin === originOf(winner.clock[field]!)) continue;
            const mine = forField.filter((v) => originOf(v.clock[field]!) === origin);
            if (mine.length === 0) continue;
            const latest = mine.reduce((m, v) => (v.clock[field]! > m.clock[field]! ? v : m));
            expected.push(`${field}:${origin}:${latest.clock[field]}:${!sameValue(latest.data[field], winner.data[field])}`);
          }
        }
        expect(sorted(one.conflicts).map((c) => `${c.field}:${c.origin}:${c.hlc}:${c.differs}`).sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
