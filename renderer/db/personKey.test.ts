import { beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { sampleWorker } from '../../test/fixtures/workers';
import { omocodicVariants } from '../../shared/validation/codiceFiscale';
import { createRecord } from '../../shared/sync/record';
import { workerSchema } from '../../shared/domain/worker';
import { coordinatorFixture, testSession } from './testing';
import { createWorkerRepository, type WorkerRepository } from './repositories/workerRepository';
import { DuplicatePersonError } from './repositories/errors';
import { writeBulk } from './bulkWrite';
import { fillPersonKeys, personKeyOf } from './personKey';
import { PERSON_KEYS_META_KEY, SCHEMA_VERSIONS } from './schema';
import { PcoDatabase } from './database';
import { openSyncRow } from '../sync/tables';
import type { RecordCodec } from './codec';
import type { Session } from './session';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';
const PEOPLE = 40;

/** A file for the n-th distinct person (the name and birth date make the codice fiscale). */
function person(n: number, counselorId = COUNSELOR_A) {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0');
  return sampleWorker({ counselorId, surname: `Rossi${String.fromCharCode(65 + (n % 26))}`, name: 'Luca', birthDate: `1970-${month}-${day}` });
}

describe('the duplicate check by blind index', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let session: Session;
  let repo: WorkerRepository;
  /** How many worker records the repository opened (decrypted or from the codec cache). */
  let opened: () => number;

  beforeEach(async () => {
    ({ db, codec, session } = await coordinatorFixture());
    const open = vi.spyOn(codec, 'open');
    repo = createWorkerRepository(db, session, codec);
    opened = () => open.mock.calls.filter(([table]) => table === 'workers').length;
    const records = Array.from({ length: PEOPLE }, (_, n) => createRecord(crypto.randomUUID(), workerSchema.parse(person(n)), session.tick(), session.author()));
    await writeBulk(db, codec, session, { workers: records }, { programmePeriods: [] });
  });

  it('finds a file written by the bulk import, by any omocodic variant of its code', async () => {
    const target = (await db.workers.toArray())[7]!;
    const code = (await repo.get(target.id)).data.codiceFiscale;
    for (const variant of [code, ...omocodicVariants(code).slice(0, 3)]) {
      await expect(repo.create(sampleWorker({ counselorId: COUNSELOR_B, codiceFiscale: variant }))).rejects.toMatchObject({ existingId: target.id });
    }
    expect(await db.workers.count()).toBe(PEOPLE);
  });

  it("finds for a counselor a file of another counselor's caseload, which their list does not show", async () => {
    const theirs = (await db.workers.toArray())[5]!;
    const code = (await repo.get(theirs.id)).data.codiceFiscale;
    const counselor = createWorkerRepository(db, await testSession(db, { counselorId: COUNSELOR_B, role: 'counselor' }), codec);
    expect((await counselor.summaries()).map((file) => file.id)).not.toContain(theirs.id);
    await expect(counselor.create(sampleWorker({ counselorId: COUNSELOR_B, codiceFiscale: code }))).rejects.toMatchObject({ existingId: theirs.id });
  });

  it('refuses an edit that gives a file the code of another file, and lets a file keep its own', async () => {
    const [first, second] = await db.workers.limit(2).toArray();
    const other = await repo.get(second!.id);
    const mine = await repo.get(first!.id);
    await expect(repo.update(mine.id, { ...mine.data, codiceFiscale: omocodicVariants(other.data.codiceFiscale)[1]! })).rejects.toBeInstanceOf(DuplicatePersonError);
    await expect(repo.update(mine.id, { ...mine.data, phone: '333 0000000' })).resolves.toMatchObject({ data: { phone: '333 0000000' } });
  });

  it('opens only the file being saved, not the programme', async () => {
    const row = (await db.workers.toArray())[3]!;
    const before = opened();
    const current = await repo.get(row.id);
    await repo.update(row.id, { ...current.data, phone: '333 7654321' });
    await repo.create(person(PEOPLE + 1, COUNSELOR_B));
    // get, update (current + result) and create (result): a handful, whatever the programme's size.
    expect(opened() - before).toBeLessThanOrEqual(5);
  });

  it('no longer finds an erased file, nor keeps its blind index', async () => {
    const created = await repo.create(person(PEOPLE + 2));
    await repo.recordConsent(created.id, false, '2019-06-01');
    await repo.erase(created.id, '2019-06-02', 24);
    expect((await db.workers.get(created.id))?.personKey).toBeUndefined();
    await expect(repo.create(person(PEOPLE + 2, COUNSELOR_B))).resolves.toMatchObject({ data: { codiceFiscale: created.data.codiceFiscale } });
  });

  it('stores the key, never the code, and an opened record does not carry it', async () => {
    const created = await repo.create(person(PEOPLE + 3));
    const row = await db.workers.get(created.id);
    const canonical = created.data.codiceFiscale;
    expect(row?.personKey).toBe(await personKeyOf(codec, canonical));
    expect(row?.personKey).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(row)).not.toContain(canonical);
    expect(created).not.toHaveProperty('personKey');
    expect(await repo.exportData(created.id, 'json')).not.toHaveProperty('record.personKey');
    // Nor what a bundle sends of the row: each laptop keys its rows under its own data key.
    expect(await openSyncRow(codec, 'workers', { ...row! })).not.toHaveProperty('personKey');
  });

  it('still finds files from before the index, then gives them their key once after unlock', async () => {
    // As a database upgraded to v10 holds them: rows without a key, and the marker.
    const rows = await db.workers.toArray();
    await db.workers.bulkPut(rows.map(({ personKey: _key, ...row }) => row));
    await db.meta.put({ key: PERSON_KEYS_META_KEY, value: true });
    const target = rows[11]!;
    const code = (await repo.get(target.id)).data.codiceFiscale;
    await expect(repo.create(sampleWorker({ counselorId: COUNSELOR_B, codiceFiscale: omocodicVariants(code)[2]! }))).rejects.toMatchObject({ existingId: target.id });

    expect(await fillPersonKeys(db, codec)).toBe(PEOPLE);
    expect(await db.meta.get(PERSON_KEYS_META_KEY)).toBeUndefined();
    expect(await db.workers.where('personKey').equals(await personKeyOf(codec, code)).primaryKeys()).toEqual([target.id]);
    const before = opened();
    await expect(repo.create(sampleWorker({ counselorId: COUNSELOR_B, codiceFiscale: code }))).rejects.toMatchObject({ existingId: target.id });
    expect(opened() - before).toBe(1);
    expect(await fillPersonKeys(db, codec)).toBe(0);
  });

  it('leaves alone a row edited while the fill was opening it', async () => {
    const rows = await db.workers.toArray();
    await db.workers.bulkPut(rows.map(({ personKey: _key, ...row }) => row));
    await db.meta.put({ key: PERSON_KEYS_META_KEY, value: true });
    const edited = rows[0]!;
    const current = await repo.get(edited.id);
    const slowOpen = vi.spyOn(codec, 'openSealedFields');
    // The edit lands between the fill's read and its write.
    const corrected = person(PEOPLE + 5).codiceFiscale;
    slowOpen.mockImplementationOnce(async (table, id, sealed) => {
      await repo.update(edited.id, { ...current.data, codiceFiscale: corrected });
      return codec.openSealedFields(table, id, sealed);
    });
    await fillPersonKeys(db, codec);
    // The key of the corrected code, written with the edit, not the old one the fill computed.
    expect((await db.workers.get(edited.id))?.personKey).toBe(await personKeyOf(codec, corrected));
    expect((await repo.get(edited.id)).data.codiceFiscale).toBe(corrected);
  });

  it('is marked to fill in a database upgraded from v9, not in a new one', async () => {
    const name = `pco-test-v9-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 9)) old.version(step.version).stores(step.stores);
    await old.open();
    old.close();
    const upgraded = new PcoDatabase(name);
    expect(await upgraded.meta.get(PERSON_KEYS_META_KEY)).toBeDefined();
    expect(await db.meta.get(PERSON_KEYS_META_KEY)).toBeUndefined();
    upgraded.close();
  });
});
