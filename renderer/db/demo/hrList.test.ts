import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../../shared/demo/generator';
import { participationOf } from '../../../shared/domain/participation';
import { freshDatabase, testCodec } from '../testing';
import { loadDemo } from '../setup';
import { createWorkerRepository } from '../repositories/workerRepository';

describe('loading today’s demo', () => {
  it('writes the whole HR list: participants with their consent, the others without one', async () => {
    const demo = generateDemoProgramme({ workers: 120, seed: 11, anchor: '2026-03-18' });
    expect(demo.nonParticipants.length).toBeGreaterThan(0);
    const db = freshDatabase();
    const codec = await testCodec();
    const session = await loadDemo(db, codec, demo);

    expect(await db.workers.count()).toBe(120);
    expect(await db.events.where('kind').equals('worker.consentRecorded').count()).toBe(demo.workers.length);
    const files = await createWorkerRepository(db, session, codec).list();
    const count = (participation: ReturnType<typeof participationOf>) => files.filter((file) => participationOf(file.data) === participation).length;
    expect(count('participant')).toBe(demo.workers.length);
    expect(count('notEnrolled') + count('awaitingConsent')).toBe(demo.nonParticipants.length);
    expect(count('awaitingConsent')).toBe(demo.nonParticipants.filter((file) => file.worker.enrolmentDate).length);
    const notJoined = files.find((file) => participationOf(file.data) === 'notEnrolled');
    expect(notJoined?.data.counselorId).toBe('');
    expect(notJoined?.data.primaryTrack).toBeUndefined();
    expect(notJoined?.data.educationLevel).toBeUndefined();
  });
});
