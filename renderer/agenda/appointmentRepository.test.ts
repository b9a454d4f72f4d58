import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../db/testing';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { NotAllowedError, NotEligibleError } from '../db/repositories/errors';
import { createAppointmentRepository, type AppointmentRepository } from './appointmentRepository';

const ANNA = '018f0000-0000-7000-8000-00000000000a';
const BRUNO = '018f0000-0000-7000-8000-00000000000b';

describe('appointment repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let coordinator: Session;
  let repo: AppointmentRepository;
  let annaWorker: string;
  let brunoWorker: string;

  beforeEach(async () => {
    ({ db, codec, session: coordinator } = await coordinatorFixture());
    const workers = createWorkerRepository(db, coordinator, codec);
    annaWorker = (await workers.create(sampleWorker({ counselorId: ANNA }))).id;
    brunoWorker = (await workers.create(sampleWorker({ counselorId: BRUNO, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }))).id;
    repo = createAppointmentRepository(db, coordinator, codec, () => '2019-10-10');
  });

  const as = async (counselorId: string) => createAppointmentRepository(db, await testSession(db, { counselorId, role: 'counselor' }), codec, () => '2019-10-10');

  it('creates, moves and cancels, with the place sealed and every change audited on the worker', async () => {
    const created = await repo.create({ date: '2019-10-15', start: '09:30', end: '10:30', type: 'interview', workerIds: [annaWorker], counselorId: ANNA, place: 'Sportello di Figline' });
    expect(JSON.stringify(await db.appointments.toArray())).not.toContain('Sportello di Figline');
    const moved = await repo.move(created.id, { date: '2019-10-16', start: '11:00', end: '12:00' });
    expect(moved.data).toMatchObject({ date: '2019-10-16', start: '11:00', end: '12:00', place: 'Sportello di Figline' });
    const cancelled = await repo.cancel(created.id);
    expect(cancelled.data.cancelledOn).toBe('2019-10-10');
    await expect(repo.move(created.id, { date: '2019-10-17', start: '09:00', end: '10:00' })).rejects.toBeInstanceOf(NotEligibleError);
    expect((await repo.between('2019-10-14', '2019-10-20')).map((a) => a.data.cancelledOn)).toEqual(['2019-10-10']);
    const audit = await db.audit.where('subjectId').equals(annaWorker).toArray();
    expect(audit.map((entry) => entry.detail).filter((detail) => detail.startsWith('appointment'))).toEqual(['appointment created', 'appointment moved 2019-10-16 11:00', 'appointment cancelled']);
  });

  it('finds the same counselor’s overlapping appointments, not the appointment itself nor others’', async () => {
    const first = await repo.create({ date: '2019-10-15', start: '09:00', end: '10:00', type: 'interview', workerIds: [annaWorker], counselorId: ANNA });
    await repo.create({ date: '2019-10-15', start: '09:00', end: '10:00', type: 'interview', workerIds: [brunoWorker], counselorId: BRUNO });
    expect(await repo.conflictsOf({ id: first.id, date: '2019-10-15', start: '09:30', end: '10:30', counselorId: ANNA })).toEqual([]);
    const found = await repo.conflictsOf({ date: '2019-10-15', start: '09:30', end: '10:30', counselorId: ANNA });
    expect(found.map((a) => a.id)).toEqual([first.id]);
  });

  it('lets a counselor book only in their own agenda and with their own workers, and shows them theirs', async () => {
    const anna = await as(ANNA);
    await expect(anna.create({ date: '2019-10-15', start: '09:00', end: '10:00', type: 'interview', workerIds: [brunoWorker], counselorId: ANNA })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(anna.create({ date: '2019-10-15', start: '09:00', end: '10:00', type: 'interview', workerIds: [annaWorker], counselorId: BRUNO })).rejects.toBeInstanceOf(NotAllowedError);
    const own = await anna.create({ date: '2019-10-15', start: '09:00', end: '10:00', type: 'interview', workerIds: [annaWorker], counselorId: ANNA });
    // The coordinator books Bruno's worker into Bruno's agenda, and one of Anna's workers too.
    await repo.create({ date: '2019-10-15', start: '11:00', end: '12:00', type: 'lesson', workerIds: [brunoWorker], counselorId: BRUNO });
    const shared = await repo.create({ date: '2019-10-16', start: '11:00', end: '12:00', type: 'lesson', workerIds: [brunoWorker, annaWorker], counselorId: BRUNO });
    expect((await anna.between('2019-10-14', '2019-10-20')).map((a) => a.id)).toEqual([own.id, shared.id]);
    await expect(anna.get((await repo.between('2019-10-15', '2019-10-15'))[1]!.id)).rejects.toBeInstanceOf(NotAllowedError);
  });
});

describe('appointments when a worker’s data is erased', () => {
  it('lose the worker, the place and the note; one with nobody left is deleted', async () => {
    const { db, codec, session } = await coordinatorFixture();
    const workers = createWorkerRepository(db, session, codec);
    const anna = (await workers.create(sampleWorker({ counselorId: ANNA }))).id;
    const bruno = (await workers.create(sampleWorker({ counselorId: ANNA, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }))).id;
    const repo = createAppointmentRepository(db, session, codec, () => '2019-10-10');
    const alone = await repo.create({ date: '2019-10-15', start: '09:00', end: '10:00', type: 'interview', workerIds: [anna], counselorId: ANNA, place: 'Casa di Anna, via Roma 1', note: 'Parla della sua salute' });
    const shared = await repo.create({ date: '2019-10-16', start: '09:00', end: '10:00', type: 'lesson', workerIds: [anna, bruno], counselorId: ANNA, place: 'Aula 2', note: 'Anna arriva tardi' });
    await repo.eraseForWorker(anna);
    expect((await repo.between('2019-10-14', '2019-10-20')).map((a) => [a.id, a.data.workerIds, a.data.place, a.data.note])).toEqual([[shared.id, [bruno], '', '']]);
    const gone = await db.appointments.get(alone.id);
    expect(gone?.deletedAt).toBeTruthy();
    expect((await codec.open('appointments', gone!)).data).toMatchObject({ workerIds: [], place: '', note: '', type: 'other' });
  });
});
