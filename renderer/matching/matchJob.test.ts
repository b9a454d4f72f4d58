import { describe, expect, it } from 'vitest';
import { createMatchContext, matchOffer } from '../../shared/matching/engine';
import { DEFAULT_MATCHING_WEIGHTS } from '../../shared/matching/settings';
import { aWorker, anOffer, FIRENZE } from '../../shared/matching/testFixtures';
import type { MatchResult } from '../../shared/matching/types';
import { CHUNK_SIZE, runJob, runJobSync, type OfferJob } from './matchJob';
import { startMatch } from './matchClient';

const TODAY = '2019-12-31';
const workers = Array.from({ length: CHUNK_SIZE * 2 + 10 }, (_, i) =>
  aWorker({ id: `w-${String(i).padStart(5, '0')}`, yearsAtPlant: i % 30, residenceCode: i % 3 === 0 ? FIRENZE : 'M321', licences: i % 4 === 0 ? [] : ['patente_b'] }),
);
const offer = anOffer({ hard: { licences: ['patente_b'], requiredSkills: [] } });
const job: OfferJob = { kind: 'offer', offer, workers, today: TODAY, weights: DEFAULT_MATCHING_WEIGHTS, synonyms: [], candidacies: [] };

describe('matching jobs', () => {
  it('report progress chunk by chunk, the last one complete', () => {
    const reports: { done: number; total: number; partial: MatchResult }[] = [];
    runJob(job, (partial, done, total) => reports.push({ partial, done, total }));
    expect(reports.map((r) => r.done)).toEqual([CHUNK_SIZE, CHUNK_SIZE * 2, workers.length]);
    expect(reports.every((r) => r.total === workers.length)).toBe(true);
  });

  it('merged chunks give the same ranking as one synchronous match', () => {
    const direct = matchOffer(offer, workers, createMatchContext({ today: TODAY }));
    const merged = runJobSync(job);
    expect(merged.ranked.map((r) => [r.workerId, r.score])).toEqual(direct.ranked.map((r) => [r.workerId, r.score]));
    expect(merged.excluded.length).toBe(direct.excluded.length);
    expect(merged.ranked.length + merged.excluded.length).toBe(workers.length);
  });

  it('without Web Worker support the client answers synchronously', () => {
    let last: MatchResult | undefined;
    startMatch(job, (progress) => {
      expect(progress.done).toBe(progress.total);
      last = progress.result;
    });
    expect(last?.ranked.length).toBe(runJobSync(job).ranked.length);
  });

  it('an empty job still reports once', () => {
    const reports: number[] = [];
    runJob({ ...job, workers: [] }, (_, done, total) => reports.push(done, total));
    expect(reports).toEqual([0, 0]);
  });
});
