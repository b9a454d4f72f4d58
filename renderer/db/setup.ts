// First start: either the demo programme or an empty one with its first user.
import { uuidv7 } from 'uuidv7';
import { DEFAULT_CIGS_PERIODS, type Counselor } from '../../shared/domain/programme';
import type { DemoProgramme } from '../../shared/demo/generator';
import { createRecord } from '../../shared/sync/record';
import { newEvent, toWorkerRow } from './recordRows';
import type { PcoDatabase } from './database';
import type { EventRow, WorkerRow } from './rows';
import { META_KEYS, openSession, type LocalUser, type Session } from './session';

export type ProgressListener = (done: number, total: number) => void;

export async function isSetUp(db: PcoDatabase): Promise<boolean> {
  return (await db.meta.get(META_KEYS.localUser)) !== undefined;
}

async function becomeUser(db: PcoDatabase, user: LocalUser): Promise<Session> {
  await db.meta.put({ key: META_KEYS.localUser, value: user });
  return openSession(db, user);
}

/** Start with no data: the programme with the real CIGS periods, and the person using this laptop. */
export async function setUpEmpty(db: PcoDatabase, me: Counselor, programmeName: string): Promise<Session> {
  const counselorId = uuidv7();
  const session = await openSession(db, { counselorId, role: me.role });
  await db.transaction('rw', [db.programme, db.counselors, db.meta], async () => {
    await db.programme.add(createRecord(uuidv7(), { name: programmeName, siteCode: 'M321', cigsPeriods: DEFAULT_CIGS_PERIODS }, session.tick(), session.author()));
    await db.counselors.add(createRecord(counselorId, me, session.tick(), session.author()));
    await session.persistClock();
  });
  return becomeUser(db, { counselorId, role: me.role });
}

const CHUNK = 500;

/** Load a generated demo programme in one transaction; this laptop becomes the coordinator's. */
export async function loadDemo(db: PcoDatabase, demo: DemoProgramme, onProgress: ProgressListener = () => {}): Promise<Session> {
  const coordinator = demo.counselors.find((c) => c.role === 'coordinator');
  if (!coordinator) throw new Error('The demo programme has no coordinator');
  const user: LocalUser = { counselorId: coordinator.id, role: 'coordinator' };
  const session = await openSession(db, user);
  const total = demo.workers.length + demo.employers.length + demo.counselors.length;
  let done = 0;
  await db.transaction('rw', [db.programme, db.counselors, db.employers, db.workers, db.events, db.meta], async () => {
    await db.programme.add(createRecord(uuidv7(), demo.programme, session.tick(), session.author()));
    await db.counselors.bulkAdd(demo.counselors.map(({ id, ...counselor }) => createRecord(id, counselor, session.tick(), session.author())));
    await db.employers.bulkAdd(demo.employers.map(({ id, employer }) => createRecord(id, employer, session.tick(), session.author())));
    done += demo.counselors.length + demo.employers.length;
    onProgress(done, total);
    for (let start = 0; start < demo.workers.length; start += CHUNK) {
      const slice = demo.workers.slice(start, start + CHUNK);
      const rows: WorkerRow[] = [];
      const events: EventRow[] = [];
      for (const item of slice) {
        const record = createRecord(item.id, item.worker, session.tick(), session.author());
        rows.push(toWorkerRow(record, demo.programme.cigsPeriods));
        events.push(newEvent(session, item.id, { kind: 'worker.created' }, item.createdOn));
        events.push(newEvent(session, item.id, { kind: 'worker.consentRecorded', given: item.consent.given }, item.consent.occurredOn));
        for (const move of item.statusHistory) {
          events.push(newEvent(session, item.id, { kind: 'worker.statusChanged', from: move.from, to: move.to, exitReason: move.exitReason, note: '' }, move.occurredOn));
        }
      }
      await db.workers.bulkAdd(rows);
      await db.events.bulkAdd(events);
      done += slice.length;
      onProgress(done, total);
    }
    await session.persistClock();
  });
  return becomeUser(db, user);
}
