// The reports' stored answers on a real (fake-indexeddb) database: served while nothing they are
// computed from changes; dropped by a write to any of those tables, whoever writes; never stored
// when computed on records read before a write; bound to their scope and job; a few kept per scope;
// the facts only on the day they were counted up to.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { coordinatorFixture } from '../db/testing';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { ReadScope } from '../db/scope';
import { REPORT_RESULTS_PREFIX, REPORT_SOURCE_TABLES } from '../db/reportResultsGuard';
import type { ReportJob, ReportResult } from './reportJob';
import type { ReportFacts } from './reportSource';
import { readEpoch, readFacts, readResult, writeFacts, writeResult } from './reportResultCache';
import { createReportRunner } from './reportRunner';

const COORDINATOR: ReadScope = { role: 'coordinator', counselorId: 'c1' };
const COUNSELOR: ReadScope = { role: 'counselor', counselorId: 'c2' };

const facts: ReportFacts = {
  programmeName: 'PCO test',
  latestActivity: '2019-03-31',
  counselorOf: new Map([['w1', 'c2']]),
  workerNames: new Map([['w1', 'Bianchi Marco']]),
  counselorNames: new Map([['c2', 'Anna']]),
  employerNames: new Map(),
};

const dashboardOn = (asOf: string): ReportJob => ({ kind: 'dashboard', asOf });
const answer = (asOf: string) => ({ kind: 'report', value: { asOf } }) as unknown as ReportResult;

describe('stored report answers', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;

  beforeEach(async () => {
    ({ db, codec } = await coordinatorFixture());
  });

  it('are served while nothing they are computed from changes', async () => {
    const epoch = await readEpoch(db);
    await writeFacts(db, codec, COORDINATOR, epoch, facts);
    await writeResult(db, codec, COORDINATOR, epoch, dashboardOn('2019-03-31'), answer('2019-03-31'));
    // Writes elsewhere (the audit log, drafts, meta) leave them.
    await db.audit.delete('none');
    await db.drafts.delete('none');
    await db.meta.put({ key: 'somethingElse', value: 1 });
    expect(await readFacts(db, codec, COORDINATOR)).toEqual(facts);
    expect(await readResult(db, codec, COORDINATOR, dashboardOn('2019-03-31'))).toEqual(answer('2019-03-31'));
    expect(await readResult(db, codec, COORDINATOR, dashboardOn('2019-03-30'))).toBeUndefined();
    expect(await readFacts(db, codec, COUNSELOR)).toBeUndefined();
  });

  it.each(REPORT_SOURCE_TABLES)('are dropped by any write to %s, in its transaction', async (table) => {
    const epoch = await readEpoch(db);
    await writeFacts(db, codec, COORDINATOR, epoch, facts);
    await writeResult(db, codec, COUNSELOR, epoch, dashboardOn('2019-03-31'), answer('2019-03-31'));
    await db.table(table).delete('no such row');
    expect(await readEpoch(db)).not.toBe(epoch);
    expect(await db.meta.where('key').startsWith(REPORT_RESULTS_PREFIX).count()).toBe(0);
    expect(await readFacts(db, codec, COORDINATOR)).toBeUndefined();
  });

  it('give the latest activity only on the day it was counted up to', async () => {
    await writeFacts(db, codec, COORDINATOR, await readEpoch(db), facts);
    expect(await readFacts(db, codec, COORDINATOR)).toEqual(facts);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 86_400_000);
      expect(await readFacts(db, codec, COORDINATOR)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('serve a screen opened again without starting the report worker', async () => {
    const scope: ReadScope = { role: 'coordinator', counselorId: 'c1' };
    const first = createReportRunner({ db, codec, scope }); // no Worker in Node: computed on this thread
    const facts = await first.load(() => {});
    const job: ReportJob = { kind: 'dashboard', asOf: '2019-03-31' };
    const dashboard = await first.run(job, () => {});
    first.dispose();
    let started = 0;
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          started += 1;
        }
        postMessage() {} // never answers: a job sent here would hang the test
        terminate() {}
      },
    );
    try {
      const again = createReportRunner({ db, codec, scope });
      expect(await again.load(() => {})).toEqual(facts);
      expect(await again.run(job, () => {})).toEqual(dashboard);
      again.dispose();
      expect(started).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a write that fails leaves them', async () => {
    const epoch = await readEpoch(db);
    await writeFacts(db, codec, COORDINATOR, epoch, facts);
    await expect(
      db.transaction('rw', db.workers, async () => {
        await db.workers.delete('no such row');
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await readFacts(db, codec, COORDINATOR)).toEqual(facts);
  });

  it('are not stored when computed on records read before a write', async () => {
    const epoch = await readEpoch(db);
    await db.events.delete('no such row');
    await writeFacts(db, codec, COORDINATOR, epoch, facts);
    await writeResult(db, codec, COORDINATOR, epoch, dashboardOn('2019-03-31'), answer('2019-03-31'));
    expect(await db.meta.where('key').startsWith(REPORT_RESULTS_PREFIX).count()).toBe(0);
  });

  it('do not open under another scope or job', async () => {
    const epoch = await readEpoch(db);
    await writeResult(db, codec, COORDINATOR, epoch, dashboardOn('2019-03-31'), answer('2019-03-31'));
    const [stored] = await db.meta.where('key').startsWith(REPORT_RESULTS_PREFIX).toArray();
    if (!stored) throw new Error('not stored');
    await db.meta.put({ key: stored.key.replace('coordinator:c1', 'counselor:c2'), value: stored.value });
    await db.meta.put({ key: stored.key.replace('2019-03-31', '2019-03-30'), value: stored.value });
    expect(await readResult(db, codec, COUNSELOR, dashboardOn('2019-03-31'))).toBeUndefined();
    expect(await readResult(db, codec, COORDINATOR, dashboardOn('2019-03-30'))).toBeUndefined();
  });

  it('keep the latest few answers of a scope', async () => {
    const epoch = await readEpoch(db);
    const days = ['2019-03-01', '2019-03-02', '2019-03-03', '2019-03-04', '2019-03-05', '2019-03-06', '2019-03-07', '2019-03-08'];
    for (const day of days) await writeResult(db, codec, COORDINATOR, epoch, dashboardOn(day), answer(day));
    const kept = await Promise.all(days.map((day) => readResult(db, codec, COORDINATOR, dashboardOn(day))));
    expect(kept.map((found) => found !== undefined)).toEqual([false, false, false, false, true, true, true, true]);
  });
});
