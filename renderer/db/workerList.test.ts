// The compact worker-list table follows `workers` through every kind of write, and an older
// database gets it filled by the v6 upgrade.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { sampleWorker } from '../../test/fixtures/workers';
import { SCHEMA_VERSIONS } from './schema';
import { PcoDatabase } from './database';
import { coordinatorFixture, testSession } from './testing';
import { createWorkerRepository } from './repositories/workerRepository';
import { summaryOf, workerListRow } from './workerList';
import type { PcoDatabase as Database } from './database';

/** The list table must always equal the list rows derived from the workers table. */
async function expectMirrored(db: Database): Promise<void> {
  const derived = (await db.workers.toArray()).map(workerListRow);
  expect(await db.workerList.toArray()).toEqual(derived);
}

/** A database written by schema `version` (filled by `write`), then opened by the current schema. */
async function upgradedFrom(version: number, write: (old: Dexie) => Promise<void>): Promise<PcoDatabase> {
  const name = `pco-v${version}-${Math.random()}`;
  const old = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(step.version).stores(step.stores);
  await old.open();
  await write(old);
  old.close();
  const current = new PcoDatabase(name);
  await current.open();
  return current;
}

describe('worker list table', () => {
  it('follows creations, edits, erasures and raw writes of the workers table', async () => {
    const { db, session, workers } = await coordinatorFixture();
    const me = session.counselorId;
    const a = await workers.create(sampleWorker({ counselorId: me, surname: 'Rossi', name: 'Anna', sex: 'F' }));
    const b = await workers.create(sampleWorker({ counselorId: me, surname: 'Verdi', name: 'Luca' }));
    await workers.update(a.id, { ...a.data, phone: '055 123456', status: 'in_training' });
    await expectMirrored(db);

    // What the list shows equals what the full records say.
    expect((await workers.summaries()).sort((x, y) => x.id.localeCompare(y.id))).toEqual((await workers.list()).map(summaryOf).sort((x, y) => x.id.localeCompare(y.id)));

    // Sync and caseload moves write rows directly, inside their own transactions.
    const row = (await db.workers.get(b.id))!;
    await db.transaction('rw', [db.workers], async () => {
      await db.workers.bulkPut([{ ...row, counselorId: 'someone-else', data: { ...row.data, counselorId: 'someone-else' } }]);
    });
    await expectMirrored(db);
    await db.workers.bulkDelete([b.id]);
    await expectMirrored(db);
    expect(await db.workerList.get(b.id)).toBeUndefined();
    await db.workers.where('id').equals(a.id).delete();
    await db.workers.clear();
    expect(await db.workerList.count()).toBe(0);
  });

  it('mirrors only the rows a bulk write really added when its failures are caught', async () => {
    const { db, session, workers } = await coordinatorFixture();
    const existing = await workers.create(sampleWorker({ counselorId: session.counselorId, surname: 'Rossi', name: 'Anna', sex: 'F' }));
    const row = (await db.workers.get(existing.id))!;
    const fresh = { ...row, id: 'w-fresh', data: { ...row.data, residenceCode: 'D583' } };
    await db.transaction('rw', [db.workers], async () => {
      // The first row collides with an existing key; the transaction goes on without it.
      await db.workers.bulkAdd([{ ...row, data: { ...row.data, residenceCode: 'Z999' } }, fresh]).catch(() => undefined);
    });
    await expectMirrored(db);
    expect((await db.workerList.get(existing.id))?.residenceCode).toBe(row.data.residenceCode);
  });

  it('shows a counselor only their caseload', async () => {
    const { db, codec, workers } = await coordinatorFixture();
    await workers.create(sampleWorker({ counselorId: 'c-other', surname: 'Neri', name: 'Sara', sex: 'F' }));
    const mine = await workers.create(sampleWorker({ counselorId: 'c-mine', surname: 'Gialli', name: 'Piero' }));
    const counselor = createWorkerRepository(db, await testSession(db, { counselorId: 'c-mine', role: 'counselor' }), codec);
    expect((await counselor.summaries()).map((s) => [s.id, s.surname])).toEqual([[mine.id, 'Gialli']]);
  });

  it('is filled when a version 5 database is upgraded', async () => {
    const { db, workers, session } = await coordinatorFixture();
    await workers.create(sampleWorker({ counselorId: session.counselorId }));
    const rows = await db.workers.toArray();
    db.close();

    const current = await upgradedFrom(5, async (v5) => {
      await v5.table('workers').bulkAdd(rows);
    });
    expect(await current.workerList.toArray()).toEqual(rows.map(workerListRow));
    current.close();
  });

  it('gets the participation of each worker when a version 6 database is upgraded', async () => {
    const { db, workers, session } = await coordinatorFixture();
    const me = session.counselorId;
    const consented = await workers.create(sampleWorker({ counselorId: me }));
    // A file of version 6 could lack the consent date: it now reads as awaiting consent.
    const withoutConsent = await workers.create(sampleWorker({ counselorId: me, surname: 'Verdi', name: 'Luca', privacyConsentDate: undefined }));
    const rows = await db.workers.toArray();
    db.close();

    const current = await upgradedFrom(6, async (v6) => {
      await v6.table('workers').bulkAdd(rows);
      // The list rows as version 6 wrote them: no participation.
      await v6.table('workerList').bulkAdd(rows.map((row) => {
        const { participation: _absent, ...v6Row } = workerListRow(row);
        return v6Row;
      }));
    });
    expect(await current.workerList.toArray()).toEqual(rows.map(workerListRow));
    expect((await current.workerList.get(consented.id))?.participation).toBe('participant');
    expect((await current.workerList.get(withoutConsent.id))?.participation).toBe('awaitingConsent');
    current.close();
  });
});
