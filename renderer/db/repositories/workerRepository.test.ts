import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import { omocodicVariants } from '../../../shared/validation/codiceFiscale';
import { freshDatabase, testSession } from '../testing';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { DuplicatePersonError, NotAllowedError, RecordNotFoundError } from './errors';
import type { PcoDatabase } from '../database';
import { setUpEmpty } from '../setup';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

describe('worker repository', () => {
  let db: PcoDatabase;
  let repo: WorkerRepository;

  beforeEach(async () => {
    db = freshDatabase();
    await setUpEmpty(db, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const coordinator = await db.counselors.toCollection().first();
    repo = createWorkerRepository(db, await testSession(db, { counselorId: coordinator!.id, role: 'coordinator' }));
  });

  it('creates a worker with metadata, per-field clocks, index columns and events', async () => {
    const row = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(row.deletedAt).toBeNull();
    expect(Object.keys(row.clock)).toContain('codiceFiscale');
    expect(row).toMatchObject({ status: 'active', primaryTrack: 'relocation', counselorId: COUNSELOR_A, cigsEnd: '2020-08-31' });
    const kinds = (await repo.history(row.id)).map((e) => e.kind).sort();
    expect(kinds).toEqual(['worker.consentRecorded', 'worker.created', 'worker.statusChanged']);
  });

  it('stamps only the edited fields and records a status change as an event', async () => {
    const row = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const updated = await repo.update(row.id, { ...row.data, status: 'placed', exitReason: 'placed', phone: '333 7654321' });
    const changed = Object.keys(updated.clock).filter((key) => updated.clock[key] !== row.clock[key]).sort();
    expect(changed).toEqual(['exitReason', 'phone', 'status']);
    const moves = (await repo.history(row.id)).filter((e) => e.payload.kind === 'worker.statusChanged');
    expect(moves.map((e) => e.payload)).toEqual([
      { kind: 'worker.statusChanged', from: null, to: 'active', exitReason: undefined, note: '' },
      { kind: 'worker.statusChanged', from: 'active', to: 'placed', exitReason: 'placed', note: '' },
    ]);
  });

  it('refuses a second file for the same person, omocodic variants included', async () => {
    const first = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const variant = omocodicVariants(first.data.codiceFiscale)[3]!;
    const attempt = repo.create(sampleWorker({ counselorId: COUNSELOR_B, codiceFiscale: variant }));
    await expect(attempt).rejects.toBeInstanceOf(DuplicatePersonError);
    await expect(attempt).rejects.toMatchObject({ existingId: first.id });
    expect(await db.workers.count()).toBe(1);
  });

  it('deletes by tombstone: the record stays, hidden from lists', async () => {
    const row = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    await repo.remove(row.id);
    expect(await repo.list()).toHaveLength(0);
    expect((await db.workers.get(row.id))?.deletedAt).toMatch(/^\d{15}-/);
    await expect(repo.get(row.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('limits a counselor to their own caseload, in reads and writes', async () => {
    const mine = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const theirs = await repo.create(sampleWorker({ counselorId: COUNSELOR_B, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }));
    const counselorRepo = createWorkerRepository(db, await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' }));
    expect((await counselorRepo.list()).map((w) => w.id)).toEqual([mine.id]);
    await expect(counselorRepo.get(theirs.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(counselorRepo.update(theirs.id, theirs.data)).rejects.toBeInstanceOf(NotAllowedError);
  });

  it('rejects invalid input without writing anything', async () => {
    await expect(repo.create(sampleWorker({ counselorId: COUNSELOR_A, codiceFiscale: 'RSSMRA70C15M321X' }))).rejects.toThrow();
    expect(await db.workers.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});
