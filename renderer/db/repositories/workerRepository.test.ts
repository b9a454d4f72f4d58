import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import { participationOf } from '../../../shared/domain/participation';
import { omocodicVariants } from '../../../shared/validation/codiceFiscale';
import { freshDatabase, testCodec, testSession } from '../testing';
import type { RecordCodec } from '../codec';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { DuplicatePersonError, NotAllowedError, NotEligibleError, RecordNotFoundError } from './errors';
import type { PcoDatabase } from '../database';
import { setUpEmpty } from '../setup';
import { createRecord } from '../../../shared/sync/record';
import { newEvent, openEvent, sealEvent } from '../recordRows';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

describe('worker repository', () => {
  let db: PcoDatabase;
  let repo: WorkerRepository;
  let codec: RecordCodec;

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const coordinator = await db.counselors.toCollection().first();
    repo = createWorkerRepository(db, await testSession(db, { counselorId: coordinator!.id, role: 'coordinator' }), codec);
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
    const counselorRepo = createWorkerRepository(db, await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' }), codec);
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

describe('worker repository: encryption, audit and GDPR', () => {
  let db: PcoDatabase;
  let repo: WorkerRepository;
  let codec: RecordCodec;

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const coordinator = await db.counselors.toCollection().first();
    repo = createWorkerRepository(db, await testSession(db, { counselorId: coordinator!.id, role: 'coordinator' }), codec);
  });

  it('stores names, codice fiscale, contacts and the health note sealed, and index columns in clear', async () => {
    const input = sampleWorker({ counselorId: COUNSELOR_A, protectedCategory: true, protectedCategoryNote: 'Nota sanitaria riservata' });
    const created = await repo.create(input);
    const raw = JSON.stringify(await db.workers.get(created.id));
    for (const secret of [created.data.codiceFiscale, 'Bianchi', 'Marco', '333 1234567', 'Via Roma 1', 'Nota sanitaria riservata']) expect(raw).not.toContain(secret);
    expect(raw).toContain('"status":"active"');
    expect((await repo.get(created.id)).data.protectedCategoryNote).toBe('Nota sanitaria riservata');
  });

  it('audits opening, creating, changing and exporting a file', async () => {
    const created = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    await repo.open(created.id);
    await repo.update(created.id, { ...created.data, phone: '333 0000000' });
    await repo.exportData(created.id, 'html+json');
    const actions = (await db.audit.toArray()).map((entry) => [entry.action, entry.subjectId, entry.detail]);
    expect(actions).toEqual([
      ['create', created.id, ''],
      ['open', created.id, ''],
      ['update', created.id, 'phone'],
      ['export', created.id, 'html+json'],
    ]);
  });

  it('files someone of the HR list before they join, and keeps the consent in force on the file', async () => {
    const hr = await repo.create({ ...sampleWorker({ counselorId: '' }), enrolmentDate: undefined, privacyConsentDate: undefined, primaryTrack: undefined, secondaryTracks: [], educationLevel: undefined });
    expect(participationOf(hr.data)).toBe('notEnrolled');
    expect((await repo.history(hr.id)).map((e) => e.payload.kind)).toEqual(expect.arrayContaining(['worker.created']));
    // Joining without a consent: awaiting it, as the list shows.
    const joined = await repo.update(hr.id, { ...hr.data, enrolmentDate: '2019-02-01', primaryTrack: 'relocation', educationLevel: 'lower_secondary', counselorId: COUNSELOR_A });
    expect(participationOf(joined.data)).toBe('awaitingConsent');
    expect((await repo.summaries()).find((s) => s.id === hr.id)?.participation).toBe('awaitingConsent');
    await repo.recordConsent(hr.id, true, '2019-02-10');
    const given = await repo.get(hr.id);
    expect([given.data.privacyConsentDate, participationOf(given.data)]).toEqual(['2019-02-10', 'participant']);
    await repo.recordConsent(hr.id, false, '2019-05-01');
    const withdrawn = await repo.get(hr.id);
    expect([withdrawn.data.consentWithdrawnOn, participationOf(withdrawn.data)]).toEqual(['2019-05-01', 'consentWithdrawn']);
    // A form opened before the withdrawal and saved after it does not give the consent back.
    await repo.update(hr.id, { ...given.data, phone: '055 998877' });
    expect(participationOf((await repo.get(hr.id)).data)).toBe('consentWithdrawn');
    // A new consent does, and is an event of the history.
    await repo.recordConsent(hr.id, true, '2019-06-01');
    expect(participationOf((await repo.get(hr.id)).data)).toBe('participant');
    const consents = (await repo.history(hr.id)).flatMap((e) => (e.payload.kind === 'worker.consentRecorded' ? [[e.occurredOn, e.payload.given]] : []));
    expect(consents).toEqual([['2019-02-10', true], ['2019-05-01', false], ['2019-06-01', true]]);
  });

  it('refuses erasure while the worker is in the programme, then erases to a tombstone and an anonymous record', async () => {
    const created = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    await expect(repo.erase(created.id, '2030-01-01', 24)).rejects.toBeInstanceOf(NotEligibleError);
    await repo.recordConsent(created.id, false, '2019-06-01');
    await repo.erase(created.id, '2019-06-02', 24);
    const row = await db.workers.get(created.id);
    expect(row).toMatchObject({ data: {}, sealed: null });
    expect(row?.deletedAt).not.toBeNull();
    const statistics = await db.statistics.toArray();
    expect(statistics).toHaveLength(1);
    expect(JSON.stringify(statistics)).not.toContain(created.id);
    expect(JSON.stringify(statistics)).not.toContain('Bianchi');
    await expect(repo.get(created.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await db.audit.toArray()).map((e) => e.action)).toContain('erase');
  });

  it('keeps a counselor from filing a worker into another caseload', async () => {
    const counselorRepo = createWorkerRepository(db, await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' }), codec);
    await expect(counselorRepo.create(sampleWorker({ counselorId: COUNSELOR_B }))).rejects.toBeInstanceOf(NotAllowedError);
    const mine = await counselorRepo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    await expect(counselorRepo.update(mine.id, { ...mine.data, counselorId: COUNSELOR_B })).rejects.toBeInstanceOf(NotAllowedError);
  });
});

describe('worker erasure reaches the records around the worker', () => {
  it('wipes action plans, ventures, candidacy and enrolment event texts', async () => {
    const db = freshDatabase();
    const codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const coordinator = await db.counselors.toCollection().first();
    const session = await testSession(db, { counselorId: coordinator!.id, role: 'coordinator' });
    const repo = createWorkerRepository(db, session, codec);
    const worker = await repo.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const author = session.author();
    const plan = await codec.seal('actionPlans', createRecord('018f0000-0000-7000-8000-0000000000a1', { workerId: worker.id, goals: [{ id: 'g', text: 'Obiettivo riservato' }], activities: [] }, session.tick(), author), ['goals']);
    await db.actionPlans.add({ ...plan, workerId: worker.id } as typeof plan);
    const venture = await codec.seal('ventures', createRecord('018f0000-0000-7000-8000-0000000000a2', { workerId: worker.id, idea: 'Idea riservata', milestones: [], funding: [] }, session.tick(), author), ['idea']);
    await db.ventures.add({ ...venture, workerId: worker.id } as typeof venture);
    const candidacyId = '018f0000-0000-7000-8000-0000000000a3';
    await db.candidacies.add({ ...createRecord(candidacyId, { workerId: worker.id, offerId: '018f0000-0000-7000-8000-0000000000a4', proposedOn: '2019-03-01' }, session.tick(), author), sealed: null, workerId: worker.id } as never);
    await db.events.add(await sealEvent(codec, newEvent(session, candidacyId, { kind: 'candidacy.stageChanged', from: 'proposed', to: 'declined_by_worker', reason: 'Motivo riservato' }, '2019-04-01')));

    await repo.recordConsent(worker.id, false, '2019-06-01');
    await repo.erase(worker.id, '2019-06-02', 24);

    const raw = await db.transaction('r', [db.actionPlans, db.ventures, db.events], async () => ({
      plans: await db.actionPlans.toArray(),
      ventures: await db.ventures.toArray(),
      events: await db.events.where('subjectId').equals(candidacyId).toArray(),
    }));
    expect(raw.plans[0]).toMatchObject({ data: { workerId: worker.id }, sealed: null });
    expect(raw.plans[0]?.deletedAt).not.toBeNull();
    expect(raw.ventures[0]).toMatchObject({ data: { workerId: worker.id }, sealed: null });
    const stage = await openEvent(codec, raw.events[0]!);
    expect(stage.payload).toEqual({ kind: 'candidacy.stageChanged', from: 'proposed', to: 'declined_by_worker', reason: '' });
  });
});
