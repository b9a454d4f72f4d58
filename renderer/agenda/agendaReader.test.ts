import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { createRecord } from '../../shared/sync/record';
import { computeAgenda } from '../../shared/agenda/agenda';
import { periodOf } from '../../shared/agenda/period';
import type { Candidacy, Meeting } from '../../shared/domain/casework';
import { freshDatabase, testCodec, testSession } from '../db/testing';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import { setUpEmpty } from '../db/setup';
import { newEvent, sealEvent } from '../db/recordRows';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { createInterviewRepository } from '../db/repositories/interviewRepository';
import { createActionPlanRepository } from '../db/repositories/actionPlanRepository';
import { createAgendaReader } from './agendaReader';
import { createAppointmentRepository } from './appointmentRepository';
import { createEmployerRepository } from '../db/repositories/employerRepository';

const ANNA = '018f0000-0000-7000-8000-00000000000a';
const BRUNO = '018f0000-0000-7000-8000-00000000000b';
const EMPLOYER = '018f0000-0000-7000-8000-0000000000e1';
const OFFER = '018f0000-0000-7000-8000-0000000000f1';

describe('agenda reader', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let coordinator: Session;
  let ids: { anna: string; bruno: string };

  async function addCandidacy(session: Session, id: string, workerId: string) {
    const row = await codec.seal<Candidacy>('candidacies', createRecord(id, { workerId, offerId: OFFER, proposedOn: '2019-09-01' }, session.tick(), session.author()), []);
    const indexed = { ...row, workerId, offerId: OFFER };
    await db.candidacies.add(indexed);
    await db.events.add(await sealEvent(codec, newEvent(session, id, { kind: 'candidacy.stageChanged', from: 'meeting_held', to: 'trial', reason: '' }, '2019-09-20')));
  }

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const me = await db.counselors.toCollection().first();
    coordinator = await testSession(db, { counselorId: me!.id, role: 'coordinator' });
    const workers = createWorkerRepository(db, coordinator, codec);
    const anna = await workers.create(sampleWorker({ counselorId: ANNA }));
    const bruno = await workers.create(sampleWorker({ counselorId: BRUNO, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }));
    ids = { anna: anna.id, bruno: bruno.id };
    const interviews = createInterviewRepository(db, coordinator, codec, workers);
    await interviews.record(anna.id, { occurredOn: '2019-10-14', interviewType: 'follow_up', durationMinutes: 45, nextSteps: 'Rivedersi il 17/10/2019' });
    await interviews.record(bruno.id, { occurredOn: '2019-10-15', interviewType: 'intake', durationMinutes: 45 });
    const plans = createActionPlanRepository(db, coordinator, codec, workers);
    await plans.save(anna.id, { goals: [], activities: [{ id: 'a1', title: 'Aggiornare il CV', owner: 'Lavoratore', dueDate: '2019-10-16', state: 'planned' }] });
    await db.employers.add({ id: EMPLOYER, data: { legalName: 'Acme Trafilati S.r.l.' }, sealed: null, clock: {}, deletedAt: null, createdAt: '', updatedAt: '', updatedBy: '', deviceId: '' });
    await db.offers.add({ id: OFFER, data: { employerId: EMPLOYER }, sealed: null, clock: {}, deletedAt: null, createdAt: '', updatedAt: '', updatedBy: '', deviceId: '' });
    await addCandidacy(coordinator, '018f0000-0000-7000-8000-0000000000c1', anna.id);
    await addCandidacy(coordinator, '018f0000-0000-7000-8000-0000000000c2', bruno.id);
    const meeting: Meeting = { employerId: EMPLOYER, date: '2019-10-18', time: '09:30', place: 'Sede di Incisa', candidacyIds: ['018f0000-0000-7000-8000-0000000000c2'], notes: '', heldOn: undefined };
    await db.meetings.add(await codec.seal('meetings', createRecord('018f0000-0000-7000-8000-0000000000d1', meeting, coordinator.tick(), coordinator.author()), ['place', 'notes']));
  });

  const week = periodOf('week', '2019-10-16');

  it('gives the coordinator everything, opened, with employer names resolved', async () => {
    const input = await createAgendaReader(db, coordinator, codec, createWorkerRepository(db, coordinator, codec)).load();
    expect(input.workers).toHaveLength(2);
    // The follow-up day written in the next steps is read when the interview is opened; the text is not kept.
    expect(input.interviews.map((i) => [i.followUpOn, i.nextSteps])).toContainEqual(['2019-10-17', '']);
    expect(input.candidacies.every((c) => c.employerName === 'Acme Trafilati S.r.l.')).toBe(true);
    expect(input.meetings).toEqual([expect.objectContaining({ time: '09:30', place: 'Sede di Incisa', employerName: 'Acme Trafilati S.r.l.' })]);
    const kinds = computeAgenda(input, week, { role: 'coordinator', counselorId: coordinator.counselorId }, '2019-10-17').map((e) => `${e.date} ${e.kind}`);
    // The two trials started on 20 September end 30 days later, on Sunday 20 October.
    expect(kinds).toEqual(['2019-10-14 interview', '2019-10-15 interview', '2019-10-16 activityDue', '2019-10-17 followUp', '2019-10-18 meeting', '2019-10-20 trialEnd', '2019-10-20 trialEnd']);
  });

  it('gives a counselor only their caseload, and not the meetings of others', async () => {
    const anna = await testSession(db, { counselorId: ANNA, role: 'counselor' });
    const input = await createAgendaReader(db, anna, codec, createWorkerRepository(db, anna, codec)).load();
    expect(input.workers.map((w) => w.id)).toEqual([ids.anna]);
    expect(input.interviews.map((i) => i.workerId)).toEqual([ids.anna]);
    expect(input.plans.map((p) => p.workerId)).toEqual([ids.anna]);
    expect(input.candidacies.map((c) => c.workerId)).toEqual([ids.anna]);
    expect(input.stageChanges).toHaveLength(1);
    expect(input.meetings).toEqual([]);
  });

  it('reads appointments in scope, follow-up days of interviews and call-back days of employer contacts', async () => {
    const workers = createWorkerRepository(db, coordinator, codec);
    const appointments = createAppointmentRepository(db, coordinator, codec);
    const own = await appointments.create({ date: '2019-10-17', start: '09:30', end: '10:30', type: 'interview', workerIds: [ids.anna], counselorId: ANNA, place: 'Sportello', employerId: EMPLOYER });
    await appointments.create({ date: '2019-10-17', start: '09:30', end: '10:30', type: 'interview', workerIds: [ids.bruno], counselorId: BRUNO });
    await createInterviewRepository(db, coordinator, codec, workers).record(ids.anna, { occurredOn: '2019-10-15', interviewType: 'guidance', durationMinutes: 30, followUpOn: '2019-10-18' });
    await createEmployerRepository(db, coordinator, codec).logContact(EMPLOYER, { channel: 'call', occurredOn: '2019-10-01', callBackOn: '2019-10-16' });

    const input = await createAgendaReader(db, coordinator, codec, workers).load();
    expect(input.appointments.find((a) => a.id === own.id)).toMatchObject({ place: 'Sportello', employerName: 'Acme Trafilati S.r.l.', counselorId: ANNA, start: '09:30' });
    expect(input.employerContacts).toEqual([expect.objectContaining({ employerId: EMPLOYER, callBackOn: '2019-10-16', counselorId: coordinator.counselorId })]);
    const kinds = computeAgenda(input, week, { role: 'coordinator', counselorId: coordinator.counselorId }, '2019-10-17').map((e) => `${e.date} ${e.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['2019-10-16 callBack', '2019-10-17 appointment', '2019-10-18 followUp']));

    const anna = await testSession(db, { counselorId: ANNA, role: 'counselor' });
    const annaInput = await createAgendaReader(db, anna, codec, createWorkerRepository(db, anna, codec)).load();
    expect(annaInput.appointments.map((a) => a.id)).toEqual([own.id]);
    expect(annaInput.workers.map((w) => w.awaitingConsent)).toEqual([false]);
  });

  it('audits an export of the agenda', async () => {
    await createAgendaReader(db, coordinator, codec, createWorkerRepository(db, coordinator, codec)).recordExport(week);
    const entry = await db.audit.where('action').equals('export').first();
    expect(entry).toMatchObject({ subjectKind: 'report', subjectId: 'agenda', detail: 'ics 2019-10-14..2019-10-20' });
  });
});
