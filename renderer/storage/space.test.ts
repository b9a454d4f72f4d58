// Out of space, in the data layer: the space check before a document, and a refusal of the store
// during a worker save, a document upload or a bulk import abandons the whole transaction (nothing
// half-written) and reaches the user as a StorageFullError naming the space needed and left.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture } from '../db/testing';
import { createDocumentRepository } from '../documents/documentRepository';
import { writeBulk } from '../db/bulkWrite';
import { createRecord } from '../../shared/sync/record';
import { workerSchema } from '../../shared/domain/worker';
import { spaceNeeded } from '../../shared/storage/space';
import { guardQuota, spaceFor, StorageFullError, type StorageGauge } from './space';

const gauge = (usage: number, quota: number): StorageGauge => ({ estimate: () => Promise.resolve({ usage, quota }) });
const quotaRefusal = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Every table's row count: what "the database is unchanged" compares. */
async function counts(db: Dexie): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)));
}

describe('spaceFor', () => {
  it('says ok, or the space needed against the space left', async () => {
    expect(await spaceFor(1000, gauge(0, 10 * 1024 * 1024))).toEqual({ ok: true });
    expect(await spaceFor(5 * 1024 * 1024, gauge(6 * 1024 * 1024, 10 * 1024 * 1024))).toEqual({ ok: false, needed: spaceNeeded(5 * 1024 * 1024), available: 4 * 1024 * 1024 });
  });

  it('lets the write decide when the browser cannot tell', async () => {
    expect(await spaceFor(10 ** 12, null)).toEqual({ ok: true });
    expect(await spaceFor(10 ** 12, { estimate: () => Promise.reject(new Error('no estimate')) })).toEqual({ ok: true });
  });
});

describe('guardQuota', () => {
  it('turns the refusal, as Dexie wraps it, into a StorageFullError and lets other failures through', async () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quotaRefusal());
    const refused = guardQuota(2048, () => Promise.reject(wrapped), gauge(900, 1000));
    await expect(refused).rejects.toBeInstanceOf(StorageFullError);
    await expect(refused).rejects.toMatchObject({ needed: spaceNeeded(2048), available: 100 });
    // An estimate that claims room the store just refused is not repeated to the user.
    await expect(guardQuota(2048, () => Promise.reject(quotaRefusal()), gauge(0, 10 ** 10))).rejects.toMatchObject({ needed: spaceNeeded(2048), available: null });
    const other = new Error('something else');
    await expect(guardQuota(1, () => Promise.reject(other), null)).rejects.toBe(other);
  });
});

describe('a write the store refuses leaves nothing behind', () => {
  it('a worker save: no file, no event, no audit entry, no list row', async () => {
    const { db, workers, session } = await coordinatorFixture();
    const before = await counts(db);
    // The events come second in the transaction: the worker row written first must go too.
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(quotaRefusal());
    const saving = workers.create(sampleWorker({ counselorId: session.counselorId }));
    await expect(saving).rejects.toBeInstanceOf(StorageFullError);
    await expect(saving).rejects.toMatchObject({ available: null });
    expect(await counts(db)).toEqual(before);
  });

  it('a worker edit keeps the stored file as it was', async () => {
    const { db, workers, session } = await coordinatorFixture();
    const created = await workers.create(sampleWorker({ counselorId: session.counselorId }));
    const before = await counts(db);
    const stored = await db.workers.get(created.id);
    vi.spyOn(db.audit, 'add').mockRejectedValue(quotaRefusal());
    await expect(workers.update(created.id, { ...created.data, surname: 'Cambiato' })).rejects.toBeInstanceOf(StorageFullError);
    expect(await counts(db)).toEqual(before);
    expect(await db.workers.get(created.id)).toEqual(stored);
  });

  it('a document: refused before sealing when it would not fit, and no chunk kept when the store refuses', async () => {
    const { db, workers, session, codec } = await coordinatorFixture();
    const worker = await workers.create(sampleWorker({ counselorId: session.counselorId }));
    const documents = createDocumentRepository(db, session, codec);
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(600_000)}`);
    const input = { workerId: worker.id, owner: { kind: 'worker' as const, id: worker.id }, type: 'servicePact' as const, fileName: 'patto.pdf', date: '2019-05-02', note: '' };
    const before = await counts(db);

    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 1_000_000, quota: 1_500_000 }) } });
    await expect(documents.add(input, bytes)).rejects.toMatchObject({ name: 'StorageFullError', needed: spaceNeeded(bytes.length), available: 500_000 });
    expect(await counts(db)).toEqual(before);

    // Room by the estimate, but the store refuses at the last write: the chunks written first go too.
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 0, quota: 10 ** 9 }) } });
    vi.spyOn(db.audit, 'add').mockRejectedValue(quotaRefusal());
    await expect(documents.add(input, bytes)).rejects.toBeInstanceOf(StorageFullError);
    expect(await counts(db)).toEqual(before);
  });

  it('a bulk import: none of its rows, and the space named from what the sealed rows weigh', async () => {
    const { db, session, codec } = await coordinatorFixture();
    const records = Array.from({ length: 30 }, () => createRecord(crypto.randomUUID(), workerSchema.parse(sampleWorker({ counselorId: session.counselorId })), session.tick(), session.author()));
    const before = await counts(db);
    vi.spyOn(db.workers, 'bulkPut').mockRejectedValue(new Dexie.BulkError('1 of 30 operations failed', [quotaRefusal()]));
    const writing = writeBulk(db, codec, session, { workers: records }, { programmePeriods: [] });
    await expect(writing).rejects.toBeInstanceOf(StorageFullError);
    const error = await writing.catch((failure: unknown) => failure);
    // Thirty sealed files weigh more than thirty bytes each.
    expect(error instanceof StorageFullError && error.needed).toBeGreaterThan(spaceNeeded(30 * 30));
    expect(await counts(db)).toEqual(before);
  });
});
