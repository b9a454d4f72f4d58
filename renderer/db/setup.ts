// First start: either the demo programme or an empty one with its first user; and the one-off
// sealing of rows written before encryption at rest existed.
import { uuidv7 } from 'uuidv7';
import { DEFAULT_CIGS_PERIODS, type Counselor } from '../../shared/domain/programme';
import type { DemoFile, DemoProgramme, DemoWorker } from '../../shared/demo/generator';
import { createRecord, type VersionedRecord } from '../../shared/sync/record';
import type { Worker } from '../../shared/domain/worker';
import type { EventPayload } from '../../shared/domain/events';
import { isSealed } from '../../shared/crypto/sealed';
import type { PcoDatabase } from './database';
import type { RecordCodec } from './codec';
import type { EventRecord } from './rows';
import { newEvent, sealCounselor, sealEmployer, sealEvent, sealWorker } from './recordRows';
import { META_KEYS, openSession, type LocalUser, type Session } from './session';
import { LEGACY_ROWS_META_KEY } from './schema';
import { writeBulk } from './bulkWrite';

export type ProgressListener = (done: number, total: number) => void;

async function becomeUser(db: PcoDatabase, user: LocalUser): Promise<Session> {
  await db.meta.put({ key: META_KEYS.localUser, value: user });
  return openSession(db, user);
}

/** Start with no data: the programme with the real CIGS periods, and the person using this laptop. */
export async function setUpEmpty(db: PcoDatabase, codec: RecordCodec, me: Counselor, programmeName: string): Promise<Session> {
  const counselorId = uuidv7();
  const session = await openSession(db, { counselorId, role: me.role });
  const programme = createRecord(uuidv7(), { name: programmeName, siteCode: 'M321', cigsPeriods: DEFAULT_CIGS_PERIODS }, session.tick(), session.author());
  const counselor = await sealCounselor(codec, createRecord(counselorId, me, session.tick(), session.author()));
  await db.transaction('rw', [db.programme, db.counselors, db.meta], async () => {
    await db.programme.add(programme);
    await db.counselors.add(counselor);
    await session.persistClock();
  });
  return becomeUser(db, { counselorId, role: me.role });
}

/**
 * Load a generated demo programme, its participants and the rest of its HR list; this laptop
 * becomes the chosen demo person's (the coordinator by default).
 */
export async function loadDemo(db: PcoDatabase, codec: RecordCodec, demo: DemoProgramme, asCounselorId?: string, onProgress: ProgressListener = () => {}): Promise<Session> {
  const me = demo.counselors.find((c) => c.id === asCounselorId) ?? demo.counselors.find((c) => c.role === 'coordinator');
  if (!me) throw new Error('The demo programme has no coordinator');
  const user: LocalUser = { counselorId: me.id, role: me.role };
  const session = await openSession(db, user);
  const files: readonly (DemoWorker | DemoFile)[] = [...demo.workers, ...demo.nonParticipants];
  const total = files.length + demo.employers.length + demo.counselors.length;
  const programme = createRecord(uuidv7(), demo.programme, session.tick(), session.author());
  const counselors = await Promise.all(demo.counselors.map(({ id, ...counselor }) => sealCounselor(codec, createRecord(id, counselor, session.tick(), session.author()))));
  const employers = await Promise.all(demo.employers.map(({ id, employer }) => sealEmployer(codec, createRecord(id, employer, session.tick(), session.author()))));
  await db.transaction('rw', [db.programme, db.counselors, db.employers, db.meta], async () => {
    await db.programme.add(programme);
    await db.counselors.bulkAdd(counselors);
    await db.employers.bulkAdd(employers);
    await session.persistClock();
  });
  const before = counselors.length + employers.length;
  onProgress(before, total);
  // Every worker file and its events through the one bulk path (renderer/db/bulkWrite.ts).
  const records: VersionedRecord<Worker>[] = [];
  const events: EventRecord[] = [];
  for (const item of files) {
    const event = (payload: EventPayload, on: string) => events.push(newEvent(session, item.id, payload, on));
    event({ kind: 'worker.created' }, item.createdOn);
    // Who has not joined, or not signed the privacy consent yet, has no consent on record.
    if ('consent' in item) event({ kind: 'worker.consentRecorded', given: item.consent.given }, item.consent.occurredOn);
    for (const move of item.statusHistory) event({ kind: 'worker.statusChanged', from: move.from, to: move.to, exitReason: move.exitReason, note: '' }, move.occurredOn);
    records.push(createRecord(item.id, item.worker, session.tick(), session.author()));
  }
  await writeBulk(db, codec, session, { workers: records, events }, { programmePeriods: demo.programme.cigsPeriods, onProgress: (done, of) => onProgress(before + Math.round((files.length * done) / Math.max(1, of)), total) });
  return becomeUser(db, user);
}

/** The legacy path (data found without a key store) always looks for rows in clear. */
export async function markLegacyRowsToSeal(db: PcoDatabase): Promise<void> {
  await db.meta.put({ key: LEGACY_ROWS_META_KEY, value: true });
}

/**
 * Rows written by schema v1/v2 hold every field in clear: seal them once, right after the first
 * unlock. Only a database upgraded from v1/v2 carries the marker that sends this function looking.
 */
export async function sealLegacyRows(db: PcoDatabase, codec: RecordCodec): Promise<number> {
  if (!(await db.meta.get(LEGACY_ROWS_META_KEY))) return 0;
  const programme = await db.programme.toCollection().first();
  const periods = programme?.data.cigsPeriods ?? [];
  const legacyWorkers = await db.workers.filter((row) => row.sealed === undefined).toArray();
  const workers = await Promise.all(legacyWorkers.map((row) => sealWorker(codec, row as unknown as VersionedRecord<Worker>, periods)));
  const legacyCounselors = await db.counselors.filter((row) => row.sealed === undefined).toArray();
  const counselors = await Promise.all(legacyCounselors.map((row) => sealCounselor(codec, row as unknown as VersionedRecord<Counselor>)));
  const legacyEvents = await db.events.filter((row) => !isSealed(row.payload)).toArray();
  const events = await Promise.all(legacyEvents.map((row) => sealEvent(codec, row as unknown as EventRecord)));
  const legacyDrafts = await db.drafts.filter((row) => !isSealed(row.value)).primaryKeys();
  await db.transaction('rw', [db.workers, db.counselors, db.events, db.drafts, db.meta], async () => {
    await db.workers.bulkPut(workers);
    await db.counselors.bulkPut(counselors);
    await db.events.bulkPut(events);
    // Old drafts were stored in clear; they are dropped rather than kept unprotected.
    await db.drafts.bulkDelete(legacyDrafts);
    await db.meta.delete(LEGACY_ROWS_META_KEY);
  });
  return workers.length + counselors.length + events.length;
}
