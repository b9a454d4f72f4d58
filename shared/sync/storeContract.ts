// The sync store contract as tests: every SyncStore implementation (memory, Dexie) runs this kit
// from its own test file. Example tests pin single behaviours (replay, damage, caseload, tombstone,
// reassignment); the property plays three counselor laptops and the coordinator through random
// edits, tombstones, events, reassignments, exports and deliveries (in any order, duplicated, some
// never delivered), then one full round. Afterwards every laptop holds exactly the coordinator's
// state for its caseload, and every value that lost to another laptop's value sits in the
// coordinator's conflicts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseloadOf } from './scope';
import { sameValue } from './record';
import { originOf } from './vector';
import { HARMLESS_REFUSALS, WORKER_OWNED_TABLES, type AnyRecord, type Conflict } from './types';
import type { MemoryState } from './memory';
import { EMPLOYER_NAMES, PLAN_GOALS, WORKER_FIELD_VALUES, WORKER_FIELDS, type SyncStore, type SyncStoreFactory, type SyncWorld } from './store';

export interface ContractOptions {
  /** Runs of the convergence property (PCO_PROPERTY_RUNS in the test files). */
  readonly numRuns: number;
  /** What one property run may take at most, for the test's timeout. */
  readonly msPerRun: number;
  /** Stores on slow storage may build their world once per file and copy it per test. */
  readonly setupTimeoutMs?: number;
}

const WORKER_COUNT = 6;

const op = fc.oneof(
  fc.record({ t: fc.constant('edit' as const), who: fc.nat(2), worker: fc.nat(WORKER_COUNT - 1), field: fc.constantFrom(...WORKER_FIELDS), value: fc.nat(3) }),
  fc.record({ t: fc.constant('plan' as const), who: fc.nat(2), worker: fc.nat(WORKER_COUNT - 1), value: fc.constantFrom(...PLAN_GOALS) }),
  fc.record({ t: fc.constant('delete' as const), who: fc.nat(2), worker: fc.nat(WORKER_COUNT - 1) }),
  fc.record({ t: fc.constant('event' as const), who: fc.nat(3), worker: fc.nat(WORKER_COUNT - 1) }),
  fc.record({ t: fc.constant('reassign' as const), worker: fc.nat(WORKER_COUNT - 1), to: fc.nat(2) }),
  fc.record({ t: fc.constant('catalogue' as const), value: fc.constantFrom(...EMPLOYER_NAMES) }),
  fc.record({ t: fc.constant('export' as const), counselor: fc.nat(2), up: fc.boolean() }),
  fc.record({ t: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() }),
  fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 5000 }) }),
);

interface Mail {
  readonly to: SyncStore;
  readonly bytes: Uint8Array;
}

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};
const conflictKey = (c: Conflict) => `${c.recordId}:${c.field}:${c.origin}:${c.hlc}:${c.differs}`;

/** The records of a counselor's scope as held in `state`: catalogue, caseload workers and their rows. */
function scopeOf(state: MemoryState, caseload: readonly string[]) {
  const workers = new Set(caseload);
  const records: Record<string, AnyRecord[]> = {};
  for (const [table, rows] of Object.entries(state.records)) {
    const owned = (WORKER_OWNED_TABLES as readonly string[]).includes(table);
    const kept = (rows ?? []).filter((r) => (table === 'workers' ? workers.has(r.id) : owned ? workers.has(String(r.data['workerId'])) : true));
    if (kept.length > 0) records[table] = byId(kept);
  }
  const events = byId(state.events.filter((e) => workers.has(e.subjectId)));
  return { records, events };
}

/** Delivers one bundle; a refusal must be a harmless one. Records reaching the coordinator are noted. */
async function deliver(world: SyncWorld, mail: Mail, received: AnyRecord[][]): Promise<void> {
  const result = await mail.to.importBundle(mail.bytes);
  if (!result.ok) {
    expect(HARMLESS_REFUSALS).toContain(result.reason);
    return;
  }
  if (mail.to === world.coordinator) received.push([...result.records]);
}

const liveWorkerIds = (state: MemoryState) => (state.records.workers ?? []).filter((w) => w.deletedAt === null).map((w) => w.id);

/** The coordinator's worker files for each counselor, delivered to its laptop. */
function firstTwo(world: SyncWorld): readonly [SyncStore, SyncStore] {
  const [first, second] = world.counselors;
  if (!first || !second) throw new Error('three counselors expected');
  return [first, second];
}

/** The ids of a worker's events held in `state`, in order. */
const historyOf = (state: MemoryState, workerId: string) => byId(state.events.filter((e) => e.subjectId === workerId)).map((e) => e.id);

async function handOutCaseloads(world: SyncWorld): Promise<void> {
  for (const l of world.counselors) expect(await l.importBundle(await world.coordinator.exportTo(l))).toMatchObject({ ok: true });
}

export function describeSyncStoreContract(factory: SyncStoreFactory, options: ContractOptions): void {
  const setup = options.setupTimeoutMs ?? 60_000;

  describe(`sync store contract: ${factory.name}`, () => {
    async function withWorld(test: (world: SyncWorld) => Promise<void>): Promise<void> {
      const world = await factory.createWorld(3);
      try {
        await test(world);
      } finally {
        await world.dispose();
      }
    }

    it(
      'hands each counselor laptop its own caseload, and its edit comes back to the coordinator',
      () =>
        withWorld(async (world) => {
          const [first, second] = firstTwo(world);
          const mine = await world.coordinator.createWorker(0, first.counselorId);
          const theirs = await world.coordinator.createWorker(1, second.counselorId);
          await handOutCaseloads(world);
          expect(liveWorkerIds(await first.read())).toEqual([mine]);
          expect(liveWorkerIds(await second.read())).toEqual([theirs]);
          expect(await first.editWorker(theirs, 'phone', WORKER_FIELD_VALUES.phone[1])).toBe(false);
          expect(await first.editWorker(mine, 'phone', WORKER_FIELD_VALUES.phone[1])).toBe(true);
          expect(await world.coordinator.importBundle(await first.exportTo(world.coordinator))).toMatchObject({ ok: true });
          const held = (await world.coordinator.read()).records.workers?.find((w) => w.id === mine);
          expect(held?.data['phone']).toBe(WORKER_FIELD_VALUES.phone[1]);
        }),
      setup,
    );

    it(
      'refuses a bundle applied twice, and a damaged one, changing nothing',
      () =>
        withWorld(async (world) => {
          const [first] = world.counselors;
          if (!first) throw new Error('three counselors expected');
          await world.coordinator.createWorker(0, first.counselorId);
          const bytes = await world.coordinator.exportTo(first);
          expect(await first.importBundle(bytes)).toMatchObject({ ok: true });
          const before = await first.read();
          expect(await first.importBundle(bytes)).toEqual({ ok: false, reason: 'alreadyApplied' });
          const damaged = bytes.slice();
          const index = damaged.length - 20;
          damaged[index] = (damaged[index] ?? 0) ^ 1;
          expect(await first.importBundle(damaged)).toMatchObject({ ok: false });
          expect(await first.read()).toEqual(before);
        }),
      setup,
    );

    it(
      'carries a tombstone and a reassignment: the worker leaves the laptop that no longer follows it',
      () =>
        withWorld(async (world) => {
          const [first, second] = firstTwo(world);
          const gone = await world.coordinator.createWorker(0, first.counselorId);
          const moving = await world.coordinator.createWorker(1, first.counselorId);
          await handOutCaseloads(world);
          expect(await first.recordInterview(moving, 'colloquio')).toBe(true);
          expect(await first.deleteWorker(gone)).toBe(true);
          expect(await world.coordinator.importBundle(await first.exportTo(world.coordinator))).toMatchObject({ ok: true });
          const atCoordinator = await world.coordinator.read();
          expect(atCoordinator.records.workers?.find((w) => w.id === gone)?.deletedAt).not.toBeNull();
          expect(atCoordinator.events.filter((e) => e.subjectId === moving).map((e) => e.deviceId)).toContain(first.deviceId);

          expect(await world.coordinator.reassign(moving, second.counselorId)).toBe(true);
          await handOutCaseloads(world);
          expect(liveWorkerIds(await first.read())).toEqual([]);
          expect((await first.read()).events.filter((e) => e.subjectId === moving)).toEqual([]);
          expect(liveWorkerIds(await second.read())).toEqual([moving]);
          expect((await second.read()).events.filter((e) => e.subjectId === moving && e.deviceId === first.deviceId)).toHaveLength(1);
        }),
      setup,
    );

    // The property's shrunk counterexample on the Dexie store: a bundle handing over a worker was
    // made but never imported, and the next one left the worker's history out.
    it(
      'hands a reassigned worker over whole even when the bundle that first handed it over never arrived',
      () =>
        withWorld(async (world) => {
          const [first, second] = firstTwo(world);
          const moving = await world.coordinator.createWorker(0, first.counselorId);
          // A later catalogue change: every laptop then knows the coordinator's changes past the worker's creation.
          await world.coordinator.createEmployer(at(EMPLOYER_NAMES, 0));
          await handOutCaseloads(world);
          expect(await world.coordinator.reassign(moving, second.counselorId)).toBe(true);
          await world.coordinator.exportTo(second); // lost: never imported
          expect(await world.coordinator.importBundle(await second.exportTo(world.coordinator))).toMatchObject({ ok: true });
          expect(await second.importBundle(await world.coordinator.exportTo(second))).toMatchObject({ ok: true });
          expect(liveWorkerIds(await second.read())).toEqual([moving]);
          expect(historyOf(await second.read(), moving)).toEqual(historyOf(await world.coordinator.read(), moving));
        }),
      setup,
    );

    it(
      'hands a worker back whole when it leaves a caseload and returns before that laptop reports again',
      () =>
        withWorld(async (world) => {
          const [first, second] = firstTwo(world);
          const moving = await world.coordinator.createWorker(0, first.counselorId);
          expect(await world.coordinator.recordInterview(moving, 'primo colloquio')).toBe(true);
          await world.coordinator.createEmployer(at(EMPLOYER_NAMES, 0));
          await handOutCaseloads(world);
          // The coordinator learns that the first laptop holds the worker.
          expect(await world.coordinator.importBundle(await first.exportTo(world.coordinator))).toMatchObject({ ok: true });
          expect(await world.coordinator.reassign(moving, second.counselorId)).toBe(true);
          expect(await first.importBundle(await world.coordinator.exportTo(first))).toMatchObject({ ok: true });
          expect(liveWorkerIds(await first.read())).toEqual([]);
          expect(await world.coordinator.reassign(moving, first.counselorId)).toBe(true);
          expect(await first.importBundle(await world.coordinator.exportTo(first))).toMatchObject({ ok: true });
          expect(liveWorkerIds(await first.read())).toEqual([moving]);
          expect(historyOf(await first.read(), moving)).toEqual(historyOf(await world.coordinator.read(), moving));
        }),
      setup,
    );

    it(
      'converges after a full round, whatever happened before (fast-check)',
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(op, { maxLength: 45 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (ops, finalOrder) => withWorld((world) => convergence(world, ops, finalOrder))),
          { numRuns: options.numRuns },
        );
      },
      setup + options.numRuns * options.msPerRun,
    );
  });
}

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function convergence(world: SyncWorld, ops: readonly Op[], finalOrder: readonly number[]): Promise<void> {
  const coord = world.coordinator;
  const laptops = world.counselors;
  // Conflicts the world was made with (none, for a fresh programme) stay; the run adds only its own.
  const baseline = (await coord.read()).conflicts.map(conflictKey);
  const workers: string[] = [];
  for (let i = 0; i < WORKER_COUNT; i++) workers.push(await coord.createWorker(i, at(laptops, i % 3).counselorId));
  const employer = await coord.createEmployer(at(EMPLOYER_NAMES, 0));
  const received: AnyRecord[][] = [];
  const seenAtCoordinator = (state: MemoryState): AnyRecord[] => [...(state.records.workers ?? []), ...(state.records.actionPlans ?? [])];
  const creations = seenAtCoordinator(await coord.read());
  const mailbox: Mail[] = [];
  for (const l of laptops) await deliver(world, { to: l, bytes: await coord.exportTo(l) }, received);

  for (const step of ops) {
    world.advance(10);
    const l = at(laptops, step.t === 'event' ? step.who % 3 : 'who' in step ? step.who : 0);
    if (step.t === 'edit') await l.editWorker(at(workers, step.worker), step.field, at(WORKER_FIELD_VALUES[step.field], step.value));
    if (step.t === 'plan') await l.setPlanGoal(at(workers, step.worker), step.value);
    if (step.t === 'delete') await l.deleteWorker(at(workers, step.worker));
    if (step.t === 'event') await (step.who === 3 ? coord : l).recordInterview(at(workers, step.worker), 'nota');
    if (step.t === 'reassign') await coord.reassign(at(workers, step.worker), at(laptops, step.to).counselorId);
    if (step.t === 'catalogue') await coord.renameEmployer(employer, step.value);
    if (step.t === 'export') {
      const counselor = at(laptops, step.counselor);
      mailbox.push(step.up ? { to: coord, bytes: await counselor.exportTo(coord) } : { to: counselor, bytes: await coord.exportTo(counselor) });
    }
    if (step.t === 'deliver' && mailbox.length > 0) {
      const index = step.pick % mailbox.length;
      await deliver(world, at(mailbox, index), received);
      if (!step.keep) mailbox.splice(index, 1);
    }
    if (step.t === 'tick') world.advance(step.ms);
  }

  // The full round: every laptop exports to the coordinator (in any order), then gets its caseload back.
  world.advance(1000);
  const ups: Uint8Array[] = [];
  for (const l of laptops) ups.push(await l.exportTo(coord));
  const order = laptops.map((_, i) => i).sort((a, b) => (finalOrder[a] ?? 0) - (finalOrder[b] ?? 0));
  for (const i of order) await deliver(world, { to: coord, bytes: at(ups, i) }, received);
  for (const l of laptops) await deliver(world, { to: l, bytes: await coord.exportTo(l) }, received);

  const coordState = await coord.read();
  for (const l of laptops) {
    const state = await l.read();
    const caseload = caseloadOf(coordState, l.counselorId);
    expect(scopeOf(state, caseload)).toEqual(scopeOf(coordState, caseload));
    expect((state.records.workers ?? []).map((w) => w.id).sort()).toEqual([...caseload].sort());
    for (const event of state.events) expect(coordState.events.some((e) => e.id === event.id)).toBe(true);
  }

  // Conflicts at the coordinator: per field, the latest value of each other laptop that it ever saw.
  const seen = [...creations, ...received.flat()];
  const expected: string[] = [...baseline];
  for (const record of seenAtCoordinator(coordState)) {
    for (const [field, winner] of Object.entries(record.clock)) {
      const latestByOrigin = new Map<string, { hlc: string; value: unknown }>();
      for (const v of seen) {
        const hlc = v.id === record.id ? v.clock[field] : undefined;
        if (hlc === undefined) continue;
        const origin = originOf(hlc);
        const current = latestByOrigin.get(origin);
        if (origin !== originOf(winner) && (!current || hlc > current.hlc)) latestByOrigin.set(origin, { hlc, value: v.data[field] });
      }
      for (const [origin, v] of latestByOrigin) expected.push(`${record.id}:${field}:${origin}:${v.hlc}:${!sameValue(v.value, record.data[field])}`);
    }
  }
  expect(coordState.conflicts.map(conflictKey).sort()).toEqual(expected.sort());
}
