// The reports' snapshot on a real (fake-indexeddb) database: built whole on its first reading; a
// write marks, in its own transaction, the parts of the rows it touches and no other (an erasure
// takes the erased person's part away with it); the next reading reads back only those; a write too
// wide to mark part by part voids every part; a reading raced by a write does not store what it
// read. Whatever it gives equals the full reading (reportSource.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture } from '../db/testing';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { WorkerRepository } from '../db/repositories/workerRepository';
import { newEvent, sealEvent } from '../db/recordRows';
import { REPORT_SNAPSHOT_GENERATION_KEY, snapshotPartKey } from '../db/reportResultsGuard';
import { partOf, SNAPSHOT_PARTS } from '../../shared/reports/partition';
import { computeDashboard } from '../../shared/reports/dashboard';
import { todayIso } from '../../shared/time/dates';
import { loadReportInput } from './reportSource';
import { loadReportSnapshot, readParts, storedParts } from './reportSnapshot';

const ANNA = '018f0000-0000-7000-8000-00000000000a';

describe('report snapshot', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let session: Session;
  let workers: WorkerRepository;
  let ids: string[];

  const interview = (subject: string, day: string) =>
    newEvent(session, subject, { kind: 'worker.interviewHeld', interviewType: 'follow_up', durationMinutes: 30, place: '', participants: '', notes: 'nota', outcomes: '', nextSteps: '', skillsFound: [] }, day);

  /** The snapshot's reading equals the full one, names and figures. */
  async function expectAsReference(): Promise<void> {
    const [snapshot, reference] = await Promise.all([loadReportSnapshot(db, codec, session), loadReportInput(db, codec, session)]);
    expect(snapshot.loaded.facts).toEqual(reference.facts);
    expect(computeDashboard(snapshot.loaded.input, todayIso())).toEqual(computeDashboard(reference.input, todayIso()));
  }

  const sealedParts = async () => new Set((await storedParts(db, codec)).keys());

  beforeEach(async () => {
    ({ db, codec, session, workers } = await coordinatorFixture());
    ids = [];
    for (const surname of ['Bianchi', 'Rossi', 'Verdi', 'Neri']) ids.push((await workers.create(sampleWorker({ counselorId: ANNA, surname }))).id);
    await db.events.bulkAdd(await Promise.all(ids.map((id) => sealEvent(codec, interview(id, '2019-03-02')))));
  });

  it('is built whole on its first reading, then read back without reading the records again', async () => {
    const first = await loadReportSnapshot(db, codec, session);
    expect(first.full).toBe(true);
    expect((await sealedParts()).size).toBe(SNAPSHOT_PARTS);
    const again = await loadReportSnapshot(db, codec, session);
    expect(again).toMatchObject({ full: false, rebuilt: 0 });
    await expectAsReference();
  });

  it('a write marks the parts of its rows in its own transaction, and the next reading reads only those', async () => {
    await loadReportSnapshot(db, codec, session);
    const [id] = ids;
    if (!id) throw new Error('no worker');
    await db.events.add(await sealEvent(codec, interview(id, '2019-03-05')));
    const kept = await sealedParts();
    expect(kept.has(partOf(id))).toBe(false);
    expect(kept.size).toBe(SNAPSHOT_PARTS - 1);
    const next = await loadReportSnapshot(db, codec, session);
    expect(next).toMatchObject({ full: false, rebuilt: 1 });
    expect(await storedParts(db, codec)).toEqual(await readParts(db, codec, new Set(Array.from({ length: SNAPSHOT_PARTS }, (_, part) => part))));
    await expectAsReference();
  });

  it('an erasure takes the erased person’s part away in the transaction that erases them', async () => {
    await loadReportSnapshot(db, codec, session);
    const [id] = ids;
    if (!id) throw new Error('no worker');
    const before = await db.meta.get(snapshotPartKey(partOf(id)));
    expect(JSON.stringify(before)).toContain('sealed');
    await workers.recordConsent(id, false, '2019-06-01');
    await workers.erase(id, todayIso(), 0);
    const after = await db.meta.get(snapshotPartKey(partOf(id)));
    expect(after?.value).not.toHaveProperty('sealed');
    await expectAsReference();
  });

  it('a write too wide to mark part by part voids every part', async () => {
    await loadReportSnapshot(db, codec, session);
    const generation = (await db.meta.get(REPORT_SNAPSHOT_GENERATION_KEY))?.value;
    // Events of many subjects in one transaction (as a bundle's or a spreadsheet's import writes them).
    const subjects = Array.from({ length: SNAPSHOT_PARTS }, (_, i) => `018f0000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    await db.events.bulkAdd(await Promise.all(subjects.map((subject) => sealEvent(codec, interview(subject, '2019-03-06')))));
    expect((await db.meta.get(REPORT_SNAPSHOT_GENERATION_KEY))?.value).not.toBe(generation);
    expect((await sealedParts()).size).toBe(0);
    expect((await loadReportSnapshot(db, codec, session)).full).toBe(true);
    await expectAsReference();
  });

  it('a reading raced by a write does not store the part that write marked', async () => {
    await loadReportSnapshot(db, codec, session);
    const [first] = ids;
    if (!first) throw new Error('no worker');
    await db.events.add(await sealEvent(codec, interview(first, '2019-03-07')));
    const late = await sealEvent(codec, interview(first, '2019-03-08'));
    // The write lands after the reading read the marked part's records, before it stores them.
    let raced = false;
    const racing: RecordCodec = {
      ...codec,
      async sealValue(purpose, value) {
        if (!raced) {
          raced = true;
          await db.events.add(late);
        }
        return codec.sealValue(purpose, value);
      },
    };
    expect(await loadReportSnapshot(db, racing, session)).toMatchObject({ full: false, rebuilt: 1 });
    expect(raced).toBe(true);
    expect((await sealedParts()).has(partOf(first))).toBe(false);
    expect((await loadReportSnapshot(db, codec, session)).rebuilt).toBe(1);
    await expectAsReference();
  });
});
