// Helpers for unit tests of the data layer: a fresh database per test with a deterministic clock.
import { PcoDatabase } from './database';
import { openSession, type LocalUser, type Session } from './session';
import { createRecordCodec, type RecordCodec } from './codec';
import { setUpEmpty } from './setup';
import { createWorkerRepository, type WorkerRepository } from './repositories/workerRepository';

let counter = 0;

export function freshDatabase(): PcoDatabase {
  counter += 1;
  return new PcoDatabase(`pco-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export async function testSession(db: PcoDatabase, user: LocalUser, start = Date.UTC(2019, 4, 1)): Promise<Session> {
  let now = start;
  return openSession(db, user, () => (now += 1000));
}

/** A codec under a fresh random data key (no passphrase derivation: tests of the data layer). */
export async function testCodec(): Promise<RecordCodec> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return createRecordCodec(key);
}

/** A programme set up empty by its coordinator, with the coordinator's session and worker repository. */
export async function coordinatorFixture(): Promise<{ db: PcoDatabase; codec: RecordCodec; session: Session; workers: WorkerRepository }> {
  const db = freshDatabase();
  const codec = await testCodec();
  await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
  const coordinator = await db.counselors.toCollection().first();
  if (!coordinator) throw new Error('setUpEmpty wrote no counselor');
  const session = await testSession(db, { counselorId: coordinator.id, role: 'coordinator' });
  return { db, codec, session, workers: createWorkerRepository(db, session, codec) };
}
