// The reads that take a worker's merged files along must not blind a live query: a screen listing
// a worker's interviews (through workerIds) must show the one recorded after it opened.
import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture } from './testing';
import { createInterviewRepository } from './repositories/interviewRepository';

describe('merged files in live queries', () => {
  it('a live list of interviews sees an interview recorded after it started', async () => {
    const { db, codec, session, workers } = await coordinatorFixture();
    const interviews = createInterviewRepository(db, session, codec, workers);
    const worker = await workers.create(sampleWorker({ counselorId: session.counselorId }));
    const seen: number[] = [];
    let settle: (count: number) => void = () => {};
    const twoSeen = new Promise<number>((resolve) => (settle = resolve));
    const subscription = liveQuery(() => interviews.list(worker.id)).subscribe((list) => {
      seen.push(list.length);
      if (list.length > 0) settle(list.length);
    });
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    await interviews.record(worker.id, { occurredOn: '2019-03-04', interviewType: 'intake', durationMinutes: 30, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] });
    expect(await twoSeen).toBe(1);
    subscription.unsubscribe();
    expect(seen[0]).toBe(0);
  });
});
