import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { sampleWorker } from '../../../test/fixtures/workers';
import { cvContentFromWorker } from '../../../shared/cv/fromWorker';
import type { CvContent } from '../../../shared/cv/content';
import { createRecord } from '../../../shared/sync/record';
import { cvTexts } from '../../cv/texts';
import { freshDatabase, testCodec, testSession } from '../testing';
import type { RecordCodec } from '../codec';
import type { PcoDatabase } from '../database';
import type { WorkerRecord } from '../rows';
import type { Session } from '../session';
import { setUpEmpty } from '../setup';
import { newEvent, sealEvent } from '../recordRows';
import { createWorkerRepository } from './workerRepository';
import { createCvRepository, type CvRepository } from './cvRepository';
import { NotAllowedError, RecordNotFoundError } from './errors';

const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

describe('CV repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let coordinator: Session;
  let cvs: CvRepository;
  let worker: WorkerRecord;

  const contentFor = async (variant: 'full' | 'anonymous', repo = cvs): Promise<CvContent> =>
    cvContentFromWorker(worker.data, { reference: await repo.newReference(), preparedOn: '2019-06-03', courses: [], texts: cvTexts('it') }, variant, 'it');

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const me = await db.counselors.toCollection().first();
    coordinator = await testSession(db, { counselorId: me!.id, role: 'coordinator' });
    worker = await createWorkerRepository(db, coordinator, codec).create(sampleWorker({ counselorId: COUNSELOR_A }));
    cvs = createCvRepository(db, coordinator, codec);
  });

  it('saves a reviewed version sealed, lists it from the clear columns and opens it again', async () => {
    const content = { ...(await contentFor('anonymous')), summary: 'Rivisto dall’orientatore.' };
    const saved = await cvs.save(worker.id, content);
    const row = await db.cvs.get(saved.id);
    expect(row).toMatchObject({ workerId: worker.id, data: { workerId: worker.id, variant: 'anonymous', language: 'it', reference: content.reference } });
    expect(row!.data).not.toHaveProperty('content');
    expect(JSON.stringify(row)).not.toContain('Rivisto');
    expect(await cvs.listForWorker(worker.id)).toEqual([
      { id: saved.id, workerId: worker.id, variant: 'anonymous', language: 'it', reference: content.reference, createdAt: saved.createdAt },
    ]);
    expect((await cvs.get(saved.id)).data.content).toEqual(content);
    const audit = await db.audit.where('subjectId').equals(worker.id).filter((entry) => entry.action === 'export').toArray();
    expect(audit.map((entry) => entry.detail)).toEqual([`cv-pdf anonymous it ${content.reference}`]);
  });

  it('lists versions newest first and audits each download', async () => {
    const first = await cvs.save(worker.id, await contentFor('anonymous'));
    const second = await cvs.save(worker.id, await contentFor('full'));
    expect((await cvs.listForWorker(worker.id)).map((cv) => cv.id)).toEqual([second.id, first.id]);
    await cvs.recordDownload(first.id);
    expect(await db.audit.where('action').equals('export').count()).toBe(3);
  });

  it('refuses a reference already used and a content that is not valid', async () => {
    const content = await contentFor('full');
    await cvs.save(worker.id, content);
    await expect(cvs.save(worker.id, content)).rejects.toMatchObject({ name: 'NotEligibleError', reason: 'cvReferenceInUse' });
    await expect(cvs.save(worker.id, { ...content, reference: 'PCO-AAAAAA', heading: ' ' })).rejects.toThrow();
    expect(await cvs.newReference()).not.toBe(content.reference);
  });

  it('keeps a counselor to the CVs of their own caseload', async () => {
    const saved = await cvs.save(worker.id, await contentFor('full'));
    const own = createCvRepository(db, await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' }), codec);
    const other = createCvRepository(db, await testSession(db, { counselorId: COUNSELOR_B, role: 'counselor' }), codec);
    expect(await own.listForWorker(worker.id)).toHaveLength(1);
    await expect(other.listForWorker(worker.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(other.get(saved.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(other.save(worker.id, await contentFor('anonymous', other))).rejects.toBeInstanceOf(NotAllowedError);
    await expect(other.eraseForWorker(worker.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(cvs.listForWorker(uuidv7())).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('reads completed courses from enrolments and course.ended events, skipping what does not fit', async () => {
    const author = coordinator.author();
    const addCourse = async (data: object) => {
      const record = createRecord(uuidv7(), data, coordinator.tick(), author);
      await db.courses.add(await codec.seal('courses', record, []));
      return record.id;
    };
    const enrol = async (courseId: string) => {
      const record = createRecord(uuidv7(), { courseId, workerId: worker.id, enrolledOn: '2019-03-01' }, coordinator.tick(), author);
      await db.enrolments.add({ ...(await codec.seal('enrolments', record, [])), workerId: worker.id, courseId } as never);
      return record.id;
    };
    const end = async (enrolmentId: string, outcome: 'completed' | 'dropped', occurredOn: string) =>
      db.events.add(await sealEvent(codec, newEvent(coordinator, enrolmentId, { kind: 'course.ended', outcome, certificate: true, note: '' }, occurredOn)));
    const course = { provider: 'Agenzia formativa', title: 'Carrellista', hours: 12, startDate: '2019-03-01', endDate: '2019-03-10', funding: 'social_plan', qualification: '', teachesSkills: [], teachesLicences: [] };

    await end(await enrol(await addCourse(course)), 'completed', '2019-03-10');
    await end(await enrol(await addCourse({ ...course, title: 'Saldatura TIG', qualification: 'Saldatore' })), 'dropped', '2019-04-01');
    await enrol(await addCourse({ ...course, title: 'In corso' }));
    await end(await enrol(await addCourse({ provider: 'Senza titolo' })), 'completed', '2019-05-01');

    expect(await cvs.completedCourses(worker.id)).toEqual([{ title: 'Carrellista', provider: 'Agenzia formativa', hours: 12, endedOn: '2019-03-10', certificate: true }]);
  });

  it('erases every version of a worker down to an empty tombstone', async () => {
    const saved = await cvs.save(worker.id, await contentFor('full'));
    await cvs.eraseForWorker(worker.id);
    const row = await db.cvs.get(saved.id);
    expect(row).toMatchObject({ sealed: null, data: { workerId: worker.id } });
    expect(row!.deletedAt).not.toBeNull();
    expect(await cvs.listForWorker(worker.id)).toEqual([]);
  });
});
