// Three counselor laptops and the coordinator: random edits, tombstones, events, reassignments,
// exports and deliveries (in any order, duplicated, some never delivered), then one full round.
// Afterwards every laptop holds exactly the coordinator's state for its caseload, the coordinator
// holds everything, and every value that lost to another laptop's value sits in its conflicts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addInterview, create, createWorld, edit, exportBundle, importBundle, remove, type Laptop, type World } from './testing';
import { caseloadOf } from './scope';
import { sameValue } from './record';
import { originOf } from './vector';
import { HARMLESS_REFUSALS, WORKER_OWNED_TABLES, type AnyRecord, type SyncTable } from './types';

const WORKERS = Array.from({ length: 6 }, (_, i) => `0190a1b2-0000-7000-8000-00000000000${i}`);
const PLAN = (i: number) => `0190a1b2-0000-7000-8000-0000000002${i}0`;
const EMPLOYER = '0190a1b2-0000-7000-8000-000000000100';
const FIELDS = ['surname', 'phone', 'notes'] as const;

const op = fc.oneof(
  fc.record({ t: fc.constant('edit' as const), who: fc.nat(2), worker: fc.nat(5), field: fc.constantFrom(...FIELDS), value: fc.constantFrom('a', 'b', 'c', 'd') }),
  fc.record({ t: fc.constant('plan' as const), who: fc.nat(2), worker: fc.nat(5), value: fc.constantFrom('cv', 'corso') }),
  fc.record({ t: fc.constant('delete' as const), who: fc.nat(2), worker: fc.nat(5) }),
  fc.record({ t: fc.constant('event' as const), who: fc.nat(3), worker: fc.nat(5) }),
  fc.record({ t: fc.constant('reassign' as const), worker: fc.nat(5), to: fc.nat(2) }),
  fc.record({ t: fc.constant('catalogue' as const), value: fc.constantFrom('Acme', 'Beta') }),
  fc.record({ t: fc.constant('export' as const), counselor: fc.nat(2), up: fc.boolean() }),
  fc.record({ t: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() }),
  fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 5000 }) }),
);

interface Mail {
  to: Laptop;
  bytes: Uint8Array;
}

const holds = (l: Laptop, table: SyncTable, id: string) => (l.state.records[table] ?? []).some((r) => r.id === id);
const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

async function deliver(world: World, mail: Mail, received: AnyRecord[][]): Promise<void> {
  const result = await importBundle(world, mail.to, mail.bytes);
  if (!result.decoded.ok) {
    expect(HARMLESS_REFUSALS).toContain(result.decoded.reason);
    return;
  }
  if (mail.to.role === 'coordinator') received.push(Object.values(result.decoded.bundle.content.records).flatMap((rows) => [...(rows ?? [])]));
}

/** The records of a counselor's scope as held by `holder`: catalogue, caseload workers and their rows. */
function scopeOf(holder: Laptop, caseload: readonly string[]) {
  const workers = new Set(caseload);
  const records: Record<string, AnyRecord[]> = {};
  for (const [table, rows] of Object.entries(holder.state.records)) {
    const owned = (WORKER_OWNED_TABLES as readonly string[]).includes(table);
    const kept = (rows ?? []).filter((r) => (table === 'workers' ? workers.has(r.id) : owned ? workers.has(String(r.data['workerId'])) : true));
    if (kept.length > 0) records[table] = byId(kept);
  }
  const events = byId(holder.state.events.filter((e) => workers.has(e.subjectId)));
  return { records, events };
}

describe('sync of three laptops through the coordinator (fast-check)', () => {
  it('converges after a full round, whatever happened before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 45 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), async (ops, finalOrder) => {
        const world = await createWorld(3);
        const coord = world.coordinator;
        const laptops = world.counselors;
        WORKERS.forEach((id, i) => create(world, coord, 'workers', id, { surname: `W${i}`, phone: '', notes: '', counselorId: `c${(i % 3) + 1}` }));
        create(world, coord, 'employers', EMPLOYER, { name: 'Acme' });
        const received: AnyRecord[][] = [];
        const seenAtCoordinator = (): AnyRecord[] => [...(coord.state.records.workers ?? []), ...(coord.state.records.actionPlans ?? [])];
        const creations = seenAtCoordinator();
        const mailbox: Mail[] = [];
        for (const l of laptops) await deliver(world, { to: l, bytes: await exportBundle(world, coord, l) }, received);

        for (const step of ops) {
          world.now += 10;
          const l = laptops[step.t === 'event' ? step.who % 3 : 'who' in step ? step.who : 0]!;
          if (step.t === 'edit' && holds(l, 'workers', WORKERS[step.worker]!)) edit(world, l, 'workers', WORKERS[step.worker]!, { [step.field]: step.value });
          if (step.t === 'plan' && holds(l, 'workers', WORKERS[step.worker]!)) {
            if (!edit(world, l, 'actionPlans', PLAN(step.worker), { goal: step.value })) create(world, l, 'actionPlans', PLAN(step.worker), { workerId: WORKERS[step.worker], goal: step.value });
          }
          if (step.t === 'delete') remove(world, l, 'workers', WORKERS[step.worker]!);
          if (step.t === 'event') {
            const writer = step.who === 3 ? coord : l;
            if (holds(writer, 'workers', WORKERS[step.worker]!)) addInterview(world, writer, WORKERS[step.worker]!, 'nota');
          }
          if (step.t === 'reassign') edit(world, coord, 'workers', WORKERS[step.worker]!, { counselorId: `c${step.to + 1}` });
          if (step.t === 'catalogue') edit(world, coord, 'employers', EMPLOYER, { name: step.value });
          if (step.t === 'export') {
            const counselor = laptops[step.counselor]!;
            mailbox.push(step.up ? { to: coord, bytes: await exportBundle(world, counselor, coord) } : { to: counselor, bytes: await exportBundle(world, coord, counselor) });
          }
          if (step.t === 'deliver' && mailbox.length > 0) {
            const index = step.pick % mailbox.length;
            await deliver(world, mailbox[index]!, received);
            if (!step.keep) mailbox.splice(index, 1);
          }
          if (step.t === 'tick') world.now += step.ms;
        }

        // The full round: every laptop exports to the coordinator (in any order), then gets its caseload back.
        world.now += 1000;
        const ups = await Promise.all(laptops.map((l) => exportBundle(world, l, coord)));
        const order = laptops.map((_, i) => i).sort((a, b) => (finalOrder[a] ?? 0) - (finalOrder[b] ?? 0));
        for (const i of order) await deliver(world, { to: coord, bytes: ups[i]! }, received);
        for (const l of laptops) await deliver(world, { to: l, bytes: await exportBundle(world, coord, l) }, received);

        for (const l of laptops) {
          const caseload = caseloadOf(coord.state, l.counselorId);
          expect(scopeOf(l, caseload)).toEqual(scopeOf(coord, caseload));
          expect((l.state.records.workers ?? []).map((w) => w.id).sort()).toEqual([...caseload].sort());
          for (const event of l.state.events) expect(coord.state.events.some((e) => e.id === event.id)).toBe(true);
        }

        // Conflicts at the coordinator: per field, the latest value of each other laptop that it ever saw.
        const seen = [...creations, ...received.flat()];
        const expected: string[] = [];
        for (const record of seenAtCoordinator()) {
          for (const field of Object.keys(record.clock)) {
            const versions = seen.filter((v) => v.id === record.id && v.clock[field]);
            const winner = record.clock[field]!;
            const latestByOrigin = new Map<string, AnyRecord>();
            for (const v of versions) {
              const origin = originOf(v.clock[field]!);
              const current = latestByOrigin.get(origin);
              if (origin !== originOf(winner) && (!current || v.clock[field]! > current.clock[field]!)) latestByOrigin.set(origin, v);
            }
            for (const [origin, v] of latestByOrigin) expected.push(`${record.id}:${field}:${origin}:${v.clock[field]}:${!sameValue(v.data[field], record.data[field])}`);
          }
        }
        const actual = coord.state.conflicts.map((c) => `${c.recordId}:${c.field}:${c.origin}:${c.hlc}:${c.differs}`);
        expect(actual.sort()).toEqual(expected.sort());
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
