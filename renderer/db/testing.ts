// Helpers for unit tests of the data layer: a fresh database per test with a deterministic clock.
import { PcoDatabase } from './database';
import { openSession, type LocalUser, type Session } from './session';
import { createRecordCodec, type RecordCodec } from './codec';

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
