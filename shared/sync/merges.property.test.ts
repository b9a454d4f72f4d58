// One person, two files: laptop 1 and laptop 2 each register the same worker offline, record
// interviews and plans, edit the file; bundles travel in any order, duplicated or late; at some
// point (or never) the coordinator merges the two files; the laptops, not knowing yet, go on
// editing their own. After a full round every laptop agrees with the coordinator, the coordinator
// holds one live file with the union of both histories, and each field holds the latest write that
// counts: the merge's choice, unless written after it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addInterview, create, createWorld, edit, exportBundle, find, importBundle, type Laptop, type World } from './testing';
import { caseloadOf } from './scope';
import { differingFields, MERGED_INTO, mergeFiles, redirectsOf, resolveWorker, type MergeChoices } from './merges';
import { WORKER_OWNED_TABLES, HARMLESS_REFUSALS, type AnyRecord } from './types';

const FILE = ['0190a1b2-0000-7000-8000-00000000a001', '0190a1b2-0000-7000-8000-00000000a002'] as const;
const PLAN = (laptop: number, n: number) => `0190a1b2-0000-7000-8000-0000000b${laptop}${String(n).padStart(3, '0')}`;
const FIELDS = ['phone', 'address', 'notes'] as const;

const op = fc.oneof(
  fc.record({ t: fc.constant('edit' as const), who: fc.nat(1), field: fc.constantFrom(...FIELDS), value: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ t: fc.constant('interview' as const), who: fc.nat(1) }),
  fc.record({ t: fc.constant('plan' as const), who: fc.nat(1) }),
  fc.record({ t: fc.constant('export' as const), who: fc.nat(1), up: fc.boolean() }),
  fc.record({ t: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() }),
  fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 3000 }) }),
);

interface Mail {
  to: Laptop;
  bytes: Uint8Array;
}

interface Write {
  file: string;
  field: string;
  value: unknown;
  hlc: string;
}

async function deliver(world: World, mail: Mail): Promise<void> {
  const result = await importBundle(world, mail.to, mail.bytes);
  if (!result.decoded.ok) expect(HARMLESS_REFUSALS).toContain(result.decoded.reason);
}

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The rows and events of a counselor's caseload as `holder` has them. */
function scopeOf(holder: Laptop, caseload: readonly string[]) {
  const workers = new Set(caseload);
  const records: Record<string, AnyRecord[]> = {};
  for (const [table, rows] of Object.entries(holder.state.records)) {
    if (table === 'devices') continue;
    const owned = (WORKER_OWNED_TABLES as readonly string[]).includes(table);
    const kept = (rows ?? []).filter((r) => (table === 'workers' ? workers.has(r.id) : owned ? workers.has(String(r.data['workerId'])) : true));
    if (kept.length > 0) records[table] = byId(kept);
  }
  return { records, events: byId(holder.state.events.filter((e) => workers.has(e.subjectId))) };
}

describe('two files of one person across laptops (fast-check)', () => {
  it('converge, merged or not, to one file with both histories whatever the order of the bundles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 25 }),
        fc.option(fc.record({ survivor: fc.nat(1), pick: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }) }), { freq: 5 }),
        fc.array(op, { maxLength: 25 }),
        fc.boolean(),
        async (before, mergeSpec, after, upFirst) => {
        const world = await createWorld(2);
        const coord = world.coordinator;
        const laptops = world.counselors as [Laptop, Laptop];
        for (const l of laptops) await deliver(world, { to: l, bytes: await exportBundle(world, coord, l) });
        // The same person, registered on each laptop, into each counselor's own caseload.
        laptops.forEach((l, i) => create(world, l, 'workers', FILE[i]!, { surname: 'Rossi', codiceFiscale: 'RSSMRA70C15D583X', phone: '', address: '', notes: `da ${i}`, counselorId: l.counselorId }));
        const writes: Write[] = laptops.map((l, i) => find(l, 'workers', FILE[i]!)!).flatMap((r) => Object.keys(r.data).map((field) => ({ file: r.id, field, value: r.data[field], hlc: r.clock[field]! })));
        const events: string[] = [];
        const plans: string[] = [];
        let merge: { survivor: string; absorbed: string; hlc: string } | null = null;
        const mailbox: Mail[] = [];

        // Before the merge, the merge (the coordinator, having imported both laptops' sticks), after it.
        const steps = [...before.map((step) => ({ step })), { merge: mergeSpec }, ...after.map((step) => ({ step }))];
        for (const item of steps) {
          world.now += 10;
          if ('merge' in item) {
            if (!item.merge) continue;
            for (const l of laptops) await deliver(world, { to: coord, bytes: await exportBundle(world, l, coord) });
            const spec = item.merge;
            const survivor = find(coord, 'workers', FILE[spec.survivor]!);
            const absorbed = find(coord, 'workers', FILE[1 - spec.survivor]!);
            if (!survivor || !absorbed) throw new Error('the coordinator holds both files once both sticks are imported');
            const choices: MergeChoices = Object.fromEntries(differingFields(survivor, absorbed).map(({ field }, i) => [field, spec.pick[i % 4] ? 'absorbed' : 'survivor']));
            const hlc = coord.clock.tick();
            const author = { counselorId: coord.counselorId, deviceId: coord.deviceId, nowIso: new Date(world.now).toISOString() };
            const merged = mergeFiles(survivor, absorbed, choices, hlc, author);
            const rows = (coord.state.records.workers ?? []).filter((r) => r.id !== survivor.id && r.id !== absorbed.id);
            coord.state = { ...coord.state, records: { ...coord.state.records, workers: [...rows, merged.survivor, merged.absorbed] } };
            for (const field of Object.keys(merged.survivor.clock)) if (merged.survivor.clock[field] === hlc) writes.push({ file: survivor.id, field, value: merged.survivor.data[field], hlc });
            merge = { survivor: survivor.id, absorbed: absorbed.id, hlc };
            continue;
          }
          const { step } = item;
          if (step.t === 'edit' || step.t === 'interview' || step.t === 'plan') {
            const l = laptops[step.who]!;
            const file = FILE[step.who]!;
            const held = find(l, 'workers', file);
            // The laptop edits its own file while it still holds it and has not learnt of the merge.
            if (!held || held.deletedAt) continue;
            if (step.t === 'edit' && edit(world, l, 'workers', file, { [step.field]: step.value })) writes.push({ file, field: step.field, value: step.value, hlc: find(l, 'workers', file)!.clock[step.field]! });
            if (step.t === 'interview') events.push(addInterview(world, l, file, 'nota').id);
            if (step.t === 'plan') {
              const id = PLAN(step.who, plans.length);
              create(world, l, 'actionPlans', id, { workerId: file, goal: 'cv' });
              plans.push(id);
            }
          }
          if (step.t === 'export') {
            const l = laptops[step.who]!;
            mailbox.push(step.up ? { to: coord, bytes: await exportBundle(world, l, coord) } : { to: l, bytes: await exportBundle(world, coord, l) });
          }
          if (step.t === 'deliver' && mailbox.length > 0) {
            const index = step.pick % mailbox.length;
            await deliver(world, mailbox[index]!);
            if (!step.keep) mailbox.splice(index, 1);
          }
          if (step.t === 'tick') world.now += step.ms;
        }

        // The full round, in either order, twice: the second round must change nothing.
        for (let round = 0; round < 2; round++) {
          world.now += 1000;
          const ups = await Promise.all(laptops.map((l) => exportBundle(world, l, coord)));
          for (const i of upFirst ? [0, 1] : [1, 0]) await deliver(world, { to: coord, bytes: ups[i]! });
          for (const l of laptops) await deliver(world, { to: l, bytes: await exportBundle(world, coord, l) });
        }

        const workers = coord.state.records.workers ?? [];
        const redirects = redirectsOf(workers);
        const live = workers.filter((w) => FILE.includes(w.id as (typeof FILE)[number]) && !w.deletedAt).map((w) => w.id);
        if (merge) {
          expect(live).toEqual([merge.survivor]);
          const absorbed = find(coord, 'workers', merge.absorbed)!;
          expect(absorbed.deletedAt).not.toBeNull();
          expect(absorbed.data[MERGED_INTO]).toBe(merge.survivor);
          // Each field of the survivor: the latest write to it, or to the absorbed file after the merge.
          const survivor = find(coord, 'workers', merge.survivor)!;
          for (const field of FIELDS) {
            const candidates = writes.filter((w) => w.field === field && (w.file === merge!.survivor || w.hlc > merge!.hlc));
            const latest = candidates.reduce<Write | null>((best, w) => (!best || w.hlc > best.hlc ? w : best), null);
            if (latest) expect([field, survivor.data[field]]).toEqual([field, latest.value]);
          }
        } else expect(live.sort()).toEqual([...FILE].sort());
        // Both histories reach the coordinator and read as the surviving file's.
        const survivorOf = (id: string) => resolveWorker(id, redirects);
        for (const id of events) {
          const event = coord.state.events.find((e) => e.id === id);
          expect(event).toBeDefined();
          if (merge && event) expect(survivorOf(event.subjectId)).toBe(merge.survivor);
        }
        expect(plans.every((id) => (coord.state.records.actionPlans ?? []).some((p) => p.id === id))).toBe(true);
        if (merge) for (const plan of coord.state.records.actionPlans ?? []) expect(survivorOf(String(plan.data['workerId']))).toBe(merge.survivor);
        // The survivor's laptop holds the whole history too, the absorbed file's included.
        if (merge) {
          const holder = laptops.find((l) => l.counselorId === find(coord, 'workers', merge!.survivor)!.data['counselorId']);
          if (holder) {
            expect(events.filter((id) => !holder.state.events.some((e) => e.id === id))).toEqual([]);
            expect(plans.filter((id) => !(holder.state.records.actionPlans ?? []).some((p) => p.id === id))).toEqual([]);
          }
        }
        // Every laptop holds exactly the coordinator's state for its caseload.
        for (const l of laptops) {
          const caseload = caseloadOf(coord.state, l.counselorId);
          expect(scopeOf(l, caseload)).toEqual(scopeOf(coord, caseload));
          expect((l.state.records.workers ?? []).map((w) => w.id).sort()).toEqual([...caseload].sort());
        }
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});
