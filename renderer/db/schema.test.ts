import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION, LEGACY_ROWS_META_KEY } from './schema';
import { PcoDatabase } from './database';
import { createRecord } from '../../shared/sync/record';
import { DEFAULT_CIGS_PERIODS } from '../../shared/domain/programme';
import { sampleWorker } from '../../test/fixtures/workers';
import { workerSchema } from '../../shared/domain/worker';
import { testCodec } from './testing';
import { sealLegacyRows } from './setup';

const author = { counselorId: 'c1', deviceId: 'd1', nowIso: '2019-02-01T09:00:00.000Z' };

describe('schema versions', () => {
  it('lists every version in order, ending with the current one', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('opens a database written by version 1, migrates its data and seals it after unlock', async () => {
    const name = `pco-migration-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await v1.open();
    const own = workerSchema.parse(sampleWorker({ counselorId: 'c1', cigsPeriods: [{ start: '2019-01-01', end: '2019-06-30', cause: 'cessazione' }] }));
    const inherits = workerSchema.parse(sampleWorker({ counselorId: 'c1', surname: 'Verdi', name: 'Luca' }));
    await v1.table('programme').add(createRecord('p1', { name: 'PCO', siteCode: 'M321', cigsPeriods: DEFAULT_CIGS_PERIODS }, 'T1', author));
    await v1.table('workers').bulkAdd([
      { ...createRecord('w1', own, 'T1', author), status: own.status, primaryTrack: own.primaryTrack, counselorId: 'c1' },
      { ...createRecord('w2', inherits, 'T1', author), status: inherits.status, primaryTrack: inherits.primaryTrack, counselorId: 'c1' },
    ]);
    v1.close();

    const current = new PcoDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await current.workers.get('w1'))?.cigsEnd).toBe('2019-06-30');
    expect((await current.workers.get('w2'))?.cigsEnd).toBe('2020-08-31');
    expect(await current.workers.where('cigsEnd').below('2020-01-01').primaryKeys()).toEqual(['w1']);
    expect(await current.audit.count()).toBe(0);
    expect(await current.statistics.count()).toBe(0);

    // Rows written in clear by v1 are sealed right after the first unlock.
    const codec = await testCodec();
    expect(await sealLegacyRows(current, codec)).toBe(2);
    const raw = JSON.stringify(await current.workers.toArray());
    expect(raw).not.toContain(own.codiceFiscale);
    expect(raw).not.toContain('Verdi');
    const reopened = await codec.open('workers', (await current.workers.get('w2'))!);
    expect(reopened.data.surname).toBe('Verdi');
    expect(await sealLegacyRows(current, codec)).toBe(0);
    expect(await current.meta.get(LEGACY_ROWS_META_KEY)).toBeUndefined();
    current.close();
  });

  it('marks nothing to seal in a database created at the current version', async () => {
    const db = new PcoDatabase(`pco-fresh-${Math.random()}`);
    await db.open();
    expect(await db.meta.get(LEGACY_ROWS_META_KEY)).toBeUndefined();
    // A row in clear here would be a bug elsewhere, not legacy data: unlock does not go looking.
    expect(await sealLegacyRows(db, await testCodec())).toBe(0);
    db.close();
  });
});
