// The reports' stored answers (reportResultCache.ts) against the reference: on random histories of
// a coordinator's laptop — files created, events recorded, statuses changed, caseloads reassigned,
// consent withdrawn and files erased, same-person files merged, a counselor's bundles imported
// (with a file of a person already held, and in any order) — whatever a screen opened at any point
// is shown (names, the dashboard as of a day, a month's report, for the coordinator and for a
// counselor) equals what is computed afresh from every record. Each history also opens a screen
// twice without a write between, and the second opening must be served from storage: the cache is
// exercised, not bypassed. The reports' input kept in step with the writes (reportSnapshot.ts) is
// checked the same way at every opening: each part it holds whole equals the same part read from
// the records, and the input it gives equals the reference's, figure for figure; some openings must
// have read only the parts marked since the last one. PCO_PROPERTY_RUNS sets the number of histories (200 for the full check).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { generateDemoProgramme } from '../../shared/demo/generator';
import type { EventPayload } from '../../shared/domain/events';
import { monthPeriod } from '../../shared/reports/period';
import { todayIso } from '../../shared/time/dates';
import { createMemoryBridge } from '../platform/memory/bridge';
import type { PcoDatabase } from '../db/database';
import { freshDatabase, testCodec } from '../db/testing';
import { loadDemo } from '../db/setup';
import { openSession } from '../db/session';
import { newEvent, sealEvent } from '../db/recordRows';
import type { ReadScope } from '../db/scope';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { REPORT_RESULTS_PREFIX } from '../db/reportResultsGuard';
import { createCaseloadRepository } from '../sync/caseloadRepository';
import { createDuplicatesRepository } from '../workers/duplicates/duplicatesRepository';
import { setUpProgrammeKeys } from '../sync/programmeSetup';
import type { SyncContext } from '../sync/exportBundle';
import { joinLaptop, receive, send } from '../sync/testing';
import { computeReportJob, type ReportJob } from './reportJob';
import { createReportRunner } from './reportRunner';
import { loadReportInput } from './reportSource';
import { loadReportSnapshot, readParts, storedParts } from './reportSnapshot';
import { propertyRuns } from '../../test/propertyRuns';

const RUNS = propertyRuns(25);
const PERSON = { surname: 'Lastrucci', name: 'Fabio', birthDate: '1971-02-03', birthplaceCode: 'D583' };
const STATUSES = ['active', 'in_training', 'placed', 'self_employed', 'retired', 'withdrawn'] as const;

type Op =
  | { kind: 'create'; counselor: number }
  | { kind: 'interview' | 'placed'; worker: number; day: number }
  | { kind: 'status'; worker: number; status: (typeof STATUSES)[number]; day: number }
  | { kind: 'reassign'; worker: number; counselor: number }
  | { kind: 'erase'; worker: number }
  | { kind: 'merge'; survivorFirst: boolean }
  | { kind: 'bundle'; index: number }
  | { kind: 'open'; scope: number; job: number };

const small = fc.nat({ max: 40 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), counselor: small }),
  fc.record({ kind: fc.constantFrom('interview' as const, 'placed' as const), worker: small, day: fc.nat({ max: 364 }) }),
  fc.record({ kind: fc.constant('status' as const), worker: small, status: fc.constantFrom(...STATUSES), day: fc.nat({ max: 364 }) }),
  fc.record({ kind: fc.constant('reassign' as const), worker: small, counselor: small }),
  fc.record({ kind: fc.constant('erase' as const), worker: small }),
  fc.record({ kind: fc.constant('merge' as const), survivorFirst: fc.boolean() }),
  fc.record({ kind: fc.constant('bundle' as const), index: fc.nat({ max: 1 }) }),
  fc.record({ kind: fc.constant('open' as const), scope: small, job: fc.nat({ max: 3 }) }),
);

const dayOf = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('stored report answers equal the recomputed ones', () => {
  let template: Map<string, unknown[]>;
  let codec: SyncContext['codec'];
  let coordinatorId: string;
  let counselorIds: string[];
  let bundles: Uint8Array[];
  const succeeded = new Map<string, number>();
  let servedFromStorage = 0;
  /** Openings that read only the parts marked since the snapshot was built (not every record). */
  let maintained = 0;

  beforeAll(async () => {
    const demo = generateDemoProgramme({ workers: 6, seed: 5, variant: 'historical' });
    const db = freshDatabase();
    codec = await testCodec();
    const coordinator: SyncContext = { db, session: await loadDemo(db, codec, demo), codec };
    await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
    coordinatorId = coordinator.session.counselorId;
    counselorIds = demo.counselors.map((c) => c.id);
    const counselor = demo.counselors.find((c) => c.role === 'counselor');
    if (!counselor) throw new Error('no counselor in the demo');
    const laptop = await joinLaptop(coordinator, createMemoryBridge(), counselor.id, 'Portatile');
    expect((await receive(coordinator, await send(laptop, coordinator))).ok).toBe(true);
    expect((await receive(laptop, await send(coordinator, laptop))).ok).toBe(true);
    // The same person on both laptops: once the laptop's bundle is in, a merge is possible.
    await createWorkerRepository(db, coordinator.session, codec).create(sampleWorker({ ...PERSON, counselorId: counselor.id }));
    const onLaptop = createWorkerRepository(laptop.db, laptop.session, laptop.codec);
    const newcomer = await onLaptop.create(sampleWorker({ ...PERSON, counselorId: counselor.id, phone: '333 2222222' }));
    await laptop.db.events.add(await sealEvent(laptop.codec, newEvent(laptop.session, newcomer.id, { kind: 'worker.interviewHeld', interviewType: 'follow_up', durationMinutes: 45, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] }, '2019-06-03')));
    const first = await send(laptop, coordinator);
    const mine = (await onLaptop.list()).filter((w) => w.id !== newcomer.id)[0];
    if (mine) await onLaptop.update(mine.id, { ...mine.data, status: 'placed', exitReason: 'placed' });
    await onLaptop.update(newcomer.id, { ...newcomer.data, status: 'in_training' });
    bundles = [first, await send(laptop, coordinator)];
    template = new Map();
    for (const table of db.tables) template.set(table.name, await table.toArray());
  }, 120_000);

  async function clone(): Promise<SyncContext> {
    const db = freshDatabase();
    await db.open();
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.bulkPut(template.get(table.name) ?? []);
    });
    return { db, codec, session: await openSession(db, { counselorId: coordinatorId, role: 'coordinator' }) };
  }

  async function liveWorkerIds(db: PcoDatabase): Promise<string[]> {
    return (await db.workers.toArray()).filter((w) => !w.deletedAt).map((w) => w.id);
  }

  async function apply(ctx: SyncContext, op: Op): Promise<void> {
    const { db, session } = ctx;
    const workers = createWorkerRepository(db, session, codec);
    const ids = await liveWorkerIds(db);
    const pick = (n: number) => ids[n % Math.max(1, ids.length)];
    const counselorOf = (n: number) => counselorIds[n % counselorIds.length] ?? coordinatorId;
    switch (op.kind) {
      case 'create':
        await workers.create(sampleWorker({ surname: `Prova${ids.length}`, name: 'Anna', sex: 'F', counselorId: counselorOf(op.counselor) }));
        return;
      case 'interview':
      case 'placed': {
        const id = pick(op.worker);
        if (!id) return;
        const payload: EventPayload =
          op.kind === 'placed'
            ? { kind: 'worker.placed' as const, employerId: '018f0000-0000-7000-8000-0000000000e1', contractType: 'permanent' as const, startDate: dayOf(op.day), incentive: 'none' as const }
            : { kind: 'worker.interviewHeld' as const, interviewType: 'follow_up' as const, durationMinutes: 30, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] };
        await db.events.add(await sealEvent(codec, newEvent(session, id, payload, dayOf(op.day))));
        return;
      }
      case 'status': {
        const id = pick(op.worker);
        if (!id) return;
        const current = await workers.get(id);
        await workers.update(id, { ...current.data, status: op.status, exitReason: 'placed' });
        return;
      }
      case 'reassign': {
        const id = pick(op.worker);
        if (id) await createCaseloadRepository(db, session, codec).reassign([id], counselorOf(op.counselor));
        return;
      }
      case 'erase': {
        const id = pick(op.worker);
        if (!id) return;
        await workers.recordConsent(id, false, '2019-06-01');
        await workers.erase(id, todayIso(), 0);
        return;
      }
      case 'merge': {
        const same = (await workers.list()).filter((w) => w.data.surname === PERSON.surname).map((w) => w.id);
        const [a, b] = op.survivorFirst ? same : [...same].reverse();
        if (!a || !b) throw new Error('one file of the person');
        await createDuplicatesRepository(db, session, codec, workers).merge(a, b, {});
        return;
      }
      case 'bundle': {
        const outcome = await receive(ctx, bundles[op.index] ?? new Uint8Array());
        if (!outcome.ok) throw new Error('bundle refused');
        return;
      }
      case 'open':
        return;
    }
  }

  /** A screen opened now (a new engine, as a new Web Worker), against the reference. */
  async function opens(ctx: SyncContext, scopeChoice: number, jobChoice: number): Promise<boolean> {
    const { db } = ctx;
    const scope: ReadScope = scopeChoice % 3 === 0 ? { role: 'counselor', counselorId: counselorIds[scopeChoice % counselorIds.length] ?? coordinatorId } : { role: 'coordinator', counselorId: coordinatorId };
    const stored = await db.meta.where('key').startsWith(REPORT_RESULTS_PREFIX).count();
    // A new screen's runner: stored answers are read on its page, others computed by its engine.
    const runner = createReportRunner({ db, codec, scope });
    const reference = await loadReportInput(db, codec, scope);
    expect(await runner.load(() => {})).toEqual(reference.facts);
    const latest = reference.facts.latestActivity ?? todayIso();
    const jobs: ReportJob[] = [
      { kind: 'dashboard', asOf: latest },
      { kind: 'dashboard', asOf: '2019-09-30' },
      { kind: 'report', period: monthPeriod(latest), threshold: 3 },
      { kind: 'report', period: { start: '2019-03-01', end: '2019-06-30' }, threshold: 5 },
    ];
    const job = jobs[jobChoice % jobs.length] ?? jobs[0]!;
    const expected = computeReportJob(job, reference.input, () => {});
    expect(await runner.run(job, () => {})).toEqual(expected);
    runner.dispose();
    // The maintained parts equal the same parts read afresh from the records…
    const kept = await storedParts(db, codec);
    expect(kept).toEqual(await readParts(db, codec, new Set(kept.keys())));
    // …and the input they give, the reference's: the same names and the same figures.
    const snapshot = await loadReportSnapshot(db, codec, scope);
    if (!snapshot.full) maintained += 1;
    expect(snapshot.loaded.facts).toEqual(reference.facts);
    expect(computeReportJob(job, snapshot.loaded.input, () => {})).toEqual(expected);
    return stored > 0;
  }

  it('on random histories of writes, imports, merges, erasures and reassignments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), fc.nat({ max: 11 }), fc.nat({ max: 3 }), async (ops, scope, job) => {
        const ctx = await clone();
        try {
          for (const op of ops) {
            if (op.kind === 'open') {
              await opens(ctx, op.scope, op.job);
              succeeded.set(op.kind, (succeeded.get(op.kind) ?? 0) + 1);
              continue;
            }
            const done = await apply(ctx, op).then(
              () => true,
              () => false, // refused (a merge without two files, an erasure not allowed…): nothing written
            );
            if (done) succeeded.set(op.kind, (succeeded.get(op.kind) ?? 0) + 1);
          }
          await opens(ctx, scope, job);
          // Nothing written since: the same screen opened again reads its answers back.
          expect(await opens(ctx, scope, job)).toBe(true);
          servedFromStorage += 1;
        } finally {
          ctx.db.close();
          await ctx.db.delete();
        }
      }),
      {
        numRuns: RUNS,
        // Histories that always run, so that every kind of write is tried whatever the random ones
        // draw (a merge needs the laptop's bundle first, which few short random histories have).
        examples: [
          [[{ kind: 'bundle', index: 0 }, { kind: 'merge', survivorFirst: true }, { kind: 'open', scope: 1, job: 0 }, { kind: 'bundle', index: 1 }], 0, 2],
          [[{ kind: 'create', counselor: 1 }, { kind: 'interview', worker: 0, day: 10 }, { kind: 'placed', worker: 1, day: 20 }, { kind: 'status', worker: 2, status: 'in_training', day: 30 }, { kind: 'reassign', worker: 3, counselor: 2 }, { kind: 'erase', worker: 4 }], 3, 1],
          // A status change (its id cut from the report's copy) recorded after an interview: the
          // snapshot once ordered a part's events by the cut ids, the status change first.
          [[{ kind: 'interview', worker: 9, day: 0 }, { kind: 'status', worker: 9, status: 'in_training', day: 0 }], 0, 0],
        ],
      },
    );
    // The examples run first and count in the runs.
    expect(servedFromStorage).toBe(RUNS);
    expect(maintained).toBeGreaterThan(0);
    // Every kind of write took effect in some history: none of them is left untested.
    for (const kind of ['create', 'interview', 'placed', 'status', 'reassign', 'erase', 'merge', 'bundle', 'open']) expect(succeeded.get(kind) ?? 0, kind).toBeGreaterThan(0);
  }, 3_600_000);
});
