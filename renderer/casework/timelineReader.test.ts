import { describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { createRecord } from '../../shared/sync/record';
import type { Candidacy, Enrolment } from '../../shared/domain/casework';
import { freshDatabase, testCodec, testSession } from '../db/testing';
import { setUpEmpty } from '../db/setup';
import { newEvent, sealEvent } from '../db/recordRows';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { createInterviewRepository } from '../db/repositories/interviewRepository';
import { NotAllowedError } from '../db/repositories/errors';
import { createTimelineReader } from './timelineReader';

const ANNA = '018f0000-0000-7000-8000-00000000000a';
const BRUNO = '018f0000-0000-7000-8000-00000000000b';
const CANDIDACY = '018f0000-0000-7000-8000-0000000000c1';
const ENROLMENT = '018f0000-0000-7000-8000-0000000000c2';
const OTHER_CANDIDACY = '018f0000-0000-7000-8000-0000000000c3';
const ID = '018f0000-0000-7000-8000-0000000000ff';

describe('worker timeline', () => {
  it('brings together the worker’s own events, their candidacies’ and their enrolments’, newest first, in scope', async () => {
    const db = freshDatabase();
    const codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const me = await db.counselors.toCollection().first();
    const session = await testSession(db, { counselorId: me!.id, role: 'coordinator' });
    const workers = createWorkerRepository(db, session, codec);
    const worker = await workers.create(sampleWorker({ counselorId: ANNA }));
    await createInterviewRepository(db, session, codec, workers).record(worker.id, { occurredOn: '2019-02-01', interviewType: 'intake', durationMinutes: 60 });
    await db.candidacies.add(await codec.seal<Candidacy>('candidacies', createRecord(CANDIDACY, { workerId: worker.id, offerId: ID, proposedOn: '2019-03-01' }, session.tick(), session.author()), []));
    await db.candidacies.add(await codec.seal<Candidacy>('candidacies', createRecord(OTHER_CANDIDACY, { workerId: ID, offerId: ID, proposedOn: '2019-03-01' }, session.tick(), session.author()), []));
    await db.enrolments.add(await codec.seal<Enrolment>('enrolments', createRecord(ENROLMENT, { workerId: worker.id, courseId: ID, enrolledOn: '2019-04-01' }, session.tick(), session.author()), []));
    const events = [
      newEvent(session, CANDIDACY, { kind: 'candidacy.stageChanged', from: null, to: 'proposed', reason: '' }, '2019-03-01'),
      newEvent(session, OTHER_CANDIDACY, { kind: 'candidacy.stageChanged', from: null, to: 'proposed', reason: '' }, '2019-03-02'),
      newEvent(session, ENROLMENT, { kind: 'course.attendance', hours: 4 }, '2019-04-10'),
      newEvent(session, ENROLMENT, { kind: 'course.ended', outcome: 'completed', certificate: true, note: '' }, '2019-06-30'),
      newEvent(session, worker.id, { kind: 'worker.placed', employerId: ID, contractType: 'permanent', startDate: '2019-07-15', incentive: 'none' }, '2019-07-15'),
    ];
    await db.events.bulkAdd(await Promise.all(events.map((event) => sealEvent(codec, event))));

    const timeline = await createTimelineReader(db, codec, workers).events(worker.id);
    // The status event of the creation carries the day it was recorded: left out of the order check.
    const dated = timeline.filter((event) => event.kind !== 'worker.statusChanged').map((event) => `${event.occurredOn} ${event.kind}`);
    expect(dated).toEqual([
      '2019-07-15 worker.placed',
      '2019-06-30 course.ended',
      '2019-04-10 course.attendance',
      '2019-03-01 candidacy.stageChanged',
      '2019-02-01 worker.interviewHeld',
      '2019-01-15 worker.consentRecorded',
      '2019-01-15 worker.created',
    ]);
    expect(timeline.filter((event) => event.kind === 'worker.statusChanged')).toHaveLength(1);

    const bruno = await testSession(db, { counselorId: BRUNO, role: 'counselor' });
    await expect(createTimelineReader(db, codec, createWorkerRepository(db, bruno, codec)).events(worker.id)).rejects.toBeInstanceOf(NotAllowedError);
  });
});
