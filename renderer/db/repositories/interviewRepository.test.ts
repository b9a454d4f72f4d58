import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import { createWorkerRepository, type WorkerRepository } from './workerRepository';
import { createInterviewRepository, type InterviewInput, type InterviewRepository } from './interviewRepository';
import { NotAllowedError, NotEligibleError } from './errors';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

const assessment = (overrides: Partial<InterviewInput> = {}): InterviewInput => ({
  occurredOn: '2019-03-04',
  interviewType: 'skills_assessment',
  durationMinutes: 90,
  place: 'Sportello PCO, Figline',
  participants: 'Orientatrice, lavoratore',
  notes: 'Racconta vent’anni di trafilatura; interesse per la manutenzione.',
  outcomes: 'Profilo adatto alla manutenzione meccanica',
  nextSteps: 'Corso PLC; rivedersi il 15/04/2019',
  skillsFound: ['saldatura TIG', 'PLC Siemens'],
  ...overrides,
});

describe('interview repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let workers: WorkerRepository;
  let interviews: InterviewRepository;

  beforeEach(async () => {
    const fixture = await coordinatorFixture();
    ({ db, codec, workers } = fixture);
    const { session } = fixture;
    interviews = createInterviewRepository(db, session, codec, workers);
  });

  it('records an interview as a sealed event, audited, and lists it back', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const recorded = await interviews.record(worker.id, assessment());
    expect(recorded.payload).toMatchObject({ kind: 'worker.interviewHeld', interviewType: 'skills_assessment', durationMinutes: 90, skillsFound: ['saldatura TIG', 'PLC Siemens'] });
    const row = await db.events.get(recorded.id);
    expect(row?.kind).toBe('worker.interviewHeld');
    expect(JSON.stringify(row)).not.toContain('trafilatura');
    const listed = await interviews.list(worker.id);
    expect(listed.map((event) => event.id)).toEqual([recorded.id]);
    expect(listed[0]?.payload.notes).toContain('trafilatura');
    expect(await db.audit.where('subjectId').equals(worker.id).filter((entry) => entry.detail === 'interview').count()).toBe(1);
  });

  it('lists the most recent interview first', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    await interviews.record(worker.id, assessment({ occurredOn: '2019-02-01', interviewType: 'intake' }));
    await interviews.record(worker.id, assessment({ occurredOn: '2019-05-01', interviewType: 'follow_up' }));
    await interviews.record(worker.id, assessment({ occurredOn: '2019-03-01' }));
    expect((await interviews.list(worker.id)).map((event) => event.occurredOn)).toEqual(['2019-05-01', '2019-03-01', '2019-02-01']);
  });

  it('refuses an interview before the enrolment, or in the future, with the reason', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    await expect(interviews.record(worker.id, assessment({ occurredOn: '2019-01-14' }))).rejects.toMatchObject({ reason: 'interviewBeforeEnrolment' });
    await expect(interviews.record(worker.id, assessment({ occurredOn: '2999-01-01' }))).rejects.toBeInstanceOf(NotEligibleError);
    expect(await interviews.list(worker.id)).toEqual([]);
  });

  it('rejects invalid input (duration, type, date) without writing', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A }));
    const before = await db.events.count();
    await expect(interviews.record(worker.id, assessment({ durationMinutes: 2 }))).rejects.toThrow();
    await expect(interviews.record(worker.id, assessment({ interviewType: 'coffee' as 'intake' }))).rejects.toThrow();
    await expect(interviews.record(worker.id, assessment({ occurredOn: '2019-02-30' }))).rejects.toThrow();
    expect(await db.events.count()).toBe(before);
  });

  it('adds the skills found to the profile through the worker repository, once', async () => {
    const worker = await workers.create(sampleWorker({ counselorId: COUNSELOR_A, skills: ['trafilatura', 'PLC Siemens'] }));
    const added = await interviews.addSkillsToProfile(worker.id, ['saldatura TIG', 'plc siemens', ' ']);
    expect(added).toEqual(['saldatura TIG']);
    const updated = await workers.get(worker.id);
    expect(updated.data.skills).toEqual(['trafilatura', 'PLC Siemens', 'saldatura TIG']);
    expect(updated.clock.skills).not.toBe(worker.clock.skills);
    expect(updated.clock.surname).toBe(worker.clock.surname);
    expect(await interviews.addSkillsToProfile(worker.id, ['saldatura tig'])).toEqual([]);
  });

  it('keeps a counselor to their caseload', async () => {
    const theirs = await workers.create(sampleWorker({ counselorId: COUNSELOR_B }));
    const session = await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' });
    const mine = createInterviewRepository(db, session, codec, createWorkerRepository(db, session, codec));
    await expect(mine.record(theirs.id, assessment())).rejects.toBeInstanceOf(NotAllowedError);
    await expect(mine.list(theirs.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(mine.addSkillsToProfile(theirs.id, ['PLC'])).rejects.toBeInstanceOf(NotAllowedError);
  });
});
