// Two files of one person on the coordinator's laptop (as two counselors' bundles bring them), the
// Doppioni list and the merge, on fake IndexedDB.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { workerSchema, type WorkerInput } from '../../../shared/domain/worker';
import { createRecord } from '../../../shared/sync/record';
import { omocodicVariants } from '../../../shared/validation/codiceFiscale';
import { MERGED_INTO } from '../../../shared/sync/merges';
import { coordinatorFixture, testSession } from '../../db/testing';
import { newEvent, openEvent, sealEvent, sealWorker } from '../../db/recordRows';
import { createActionPlanRepository } from '../../db/repositories/actionPlanRepository';
import { survivorId, workerIds } from '../../db/mergedFiles';
import { createWorkerRepository } from '../../db/repositories/workerRepository';
import { NotAllowedError, NotEligibleError } from '../../db/repositories/errors';
import { sampleWorker } from '../../../test/fixtures/workers';
import { createDuplicatesRepository } from './duplicatesRepository';
import { createDocumentRepository } from '../../documents/documentRepository';

async function setting() {
  const fixture = await coordinatorFixture();
  const { db, codec, session } = fixture;
  /** A file as a bundle would bring it: written straight to the table, with its own clock. */
  const arrive = async (input: WorkerInput, author: string) => {
    const id = uuidv7();
    const record = createRecord(id, workerSchema.parse(input), session.tick(), { counselorId: author, deviceId: `lap-${author}`, nowIso: new Date().toISOString() });
    await db.workers.add(await sealWorker(codec, record, []));
    return id;
  };
  const cf = sampleWorker({ counselorId: 'c1' }).codiceFiscale;
  const first = await arrive(sampleWorker({ counselorId: 'c1', phone: '333 1111111' }), 'c1');
  const second = await arrive(sampleWorker({ counselorId: 'c2', phone: '333 2222222', codiceFiscale: omocodicVariants(cf)[3] }), 'c2');
  const other = await arrive(sampleWorker({ counselorId: 'c1', surname: 'Verdi' }), 'c1');
  const repository = createDuplicatesRepository(db, session, codec, fixture.workers);
  return { ...fixture, first, second, other, repository };
}

describe('duplicate files and their merge', () => {
  it('lists the files of one person, omocodic spellings included, and not the others', async () => {
    const { repository, first, second } = await setting();
    const groups = await repository.groups();
    expect(groups.map((group) => group.map((file) => file.id).sort())).toEqual([[first, second].sort()]);
  });

  it("lists the documents of the absorbed file on the survivor's file", async () => {
    const { db, codec, session, repository, first, second } = await setting();
    const documents = createDocumentRepository(db, session, codec);
    const pdf = new TextEncoder().encode('%PDF-1.7 carta di identità');
    const added = await documents.add({ workerId: second, owner: { kind: 'worker', id: second }, type: 'identity', fileName: 'ci.pdf', date: '2019-05-02', note: '' }, pdf);
    await repository.merge(first, second, {});
    expect((await documents.listForOwner({ kind: 'worker', id: first })).map((doc) => doc.id)).toEqual([added.id]);
    expect((await documents.listForWorker(first)).map((doc) => doc.id)).toEqual([added.id]);
    expect((await documents.open(added.id)).bytes).toEqual(pdf);
  });

  it('shows the differing fields with the newer side, and merges keeping the chosen values', async () => {
    const { db, repository, workers, first, second } = await setting();
    const plan = await repository.plan(first, second);
    expect(plan.fields.map((field) => [field.field, field.newer])).toEqual([
      ['codiceFiscale', 'absorbed'],
      ['counselorId', 'absorbed'],
      ['phone', 'absorbed'],
    ]);
    await repository.merge(first, second, { phone: 'survivor', counselorId: 'survivor' });
    const survivor = await workers.get(first);
    expect(survivor.data.phone).toBe('333 1111111');
    expect(survivor.data.counselorId).toBe('c1');
    await expect(workers.get(second)).rejects.toThrow();
    const absorbed = await db.workers.get(second);
    expect(absorbed?.deletedAt).not.toBeNull();
    expect(absorbed?.data[MERGED_INTO as 'surname']).toBe(first);
    expect(await survivorId(db, second)).toBe(first);
    expect((await workerIds(db, first)).sort()).toEqual([first, second].sort());
    expect(await repository.groups()).toEqual([]);
    const audit = await db.audit.where('action').equals('merge').toArray();
    expect(audit.map((entry) => [entry.subjectId, entry.detail])).toEqual([[first, `absorbed:${second}`]]);
  });

  it("brings the absorbed file's history and plan to the survivor, and erasing the survivor erases both", async () => {
    const { db, codec, session, repository, workers, first, second } = await setting();
    const plans = createActionPlanRepository(db, session, codec, workers);
    const activity = (id: string) => ({ id, title: `Attività ${id}`, owner: 'Orientatore', dueDate: '2019-02-01', state: 'planned' as const });
    await plans.save(first, { goals: [{ id: 'g1', text: 'Trovare lavoro' }], activities: [activity('a1')] });
    await plans.save(second, { goals: [{ id: 'g2', text: 'Patente C' }], activities: [activity('a2')] });
    const interview = newEvent(session, second, { kind: 'worker.interviewHeld', interviewType: 'intake', durationMinutes: 30, place: '', participants: '', notes: 'nota', outcomes: '', nextSteps: '', skillsFound: [] }, '2019-01-20');
    await db.events.add(await sealEvent(codec, interview));

    await repository.merge(first, second, {});
    expect((await workers.history(first)).map((event) => event.id)).toContain(interview.id);
    const plan = await plans.get(first);
    expect(plan?.data.goals.map((goal) => goal.id)).toEqual(['g1', 'g2']);
    expect(plan?.data.activities.map((item) => item.id)).toEqual(['a1', 'a2']);
    expect((await db.actionPlans.get(second))?.deletedAt).not.toBeNull();

    await workers.update(first, { ...(await workers.get(first)).data, status: 'withdrawn', exitReason: 'resignation' });
    await workers.erase(first, '2030-01-01', 24);
    const absorbed = await db.workers.get(second);
    expect(absorbed?.sealed).toBeNull();
    expect(Object.keys(absorbed?.data ?? {})).toEqual([MERGED_INTO]);
    const redacted = await openEvent(codec, (await db.events.get(interview.id))!);
    expect(redacted.payload).toMatchObject({ kind: 'worker.interviewHeld', notes: '' });
  });

  it('refuses two different people, a file with itself, and a counselor', async () => {
    const { db, codec, repository, first, second, other } = await setting();
    await expect(repository.merge(first, other, {})).rejects.toBeInstanceOf(NotEligibleError);
    await expect(repository.merge(first, first, {})).rejects.toBeInstanceOf(NotEligibleError);
    const counselor = await testSession(db, { counselorId: 'c1', role: 'counselor' });
    const theirs = createDuplicatesRepository(db, counselor, codec, createWorkerRepository(db, counselor, codec));
    expect(await theirs.groups()).toEqual([]);
    await expect(theirs.merge(first, second, {})).rejects.toBeInstanceOf(NotAllowedError);
  });
});
