// A matching job as it crosses into the Web Worker: plain data only (structured clone), and no
// names or contacts — the profile fields that matching reads, ids, and the programme settings.
import { compareRanked, createMatchContext, matchWorker, mergeResults } from '../../shared/matching/engine';
import { rankOffer } from '../../shared/matching/offerRanking';
import { indexWorkers } from '../../shared/matching/workerIndex';
import type { MatchingWeights } from '../../shared/matching/settings';
import { createSynonymIndex } from '../../shared/matching/synonyms';
import type { MatchCandidacy, MatchContext, MatchOffer, MatchResult, MatchWorker } from '../../shared/matching/types';

interface JobBase {
  today: string;
  weights: MatchingWeights;
  /** The coordinator's synonym groups (the built-in ones are in the engine). */
  synonyms: string[][];
  candidacies: MatchCandidacy[];
}

/** The workers who fit one offer. */
export interface OfferJob extends JobBase {
  kind: 'offer';
  offer: MatchOffer;
  workers: MatchWorker[];
}

/** The open offers that fit one worker. */
export interface WorkerJob extends JobBase {
  kind: 'worker';
  worker: MatchWorker;
  offers: MatchOffer[];
}

export type MatchJob = OfferJob | WorkerJob;

/** Workers (or offers) matched between two progress reports. */
export const CHUNK_SIZE = 2000;

/** The compact index of the workers is built once per job; every chunk ranks a slice of it. */
function offerChunks(job: OfferJob, context: MatchContext): (start: number, end: number) => MatchResult {
  const index = indexWorkers(job.workers, context.history);
  return (start, end) => {
    const partial = rankOffer(job.offer, index, context, start, end);
    partial.ranked.sort(compareRanked);
    return partial;
  };
}

/** Runs a job chunk by chunk, reporting each partial result; the last report has done === total. */
export function runJob(job: MatchJob, report: (partial: MatchResult, done: number, total: number) => void): void {
  const context = createMatchContext({ today: job.today, weights: job.weights, synonyms: createSynonymIndex(job.synonyms), candidacies: job.candidacies });
  const total = job.kind === 'offer' ? job.workers.length : job.offers.length;
  const matchChunk = job.kind === 'offer' ? offerChunks(job, context) : (start: number, end: number) => matchWorker(job.worker, job.offers.slice(start, end), context);
  if (total === 0) report({ ranked: [], excluded: [] }, 0, 0);
  for (let start = 0; start < total; start += CHUNK_SIZE) {
    const end = Math.min(total, start + CHUNK_SIZE);
    report(matchChunk(start, end), end, total);
  }
}

/** The synchronous path (tests, and browsers without module workers): the whole result at once. */
export function runJobSync(job: MatchJob): MatchResult {
  const parts: MatchResult[] = [];
  runJob(job, (partial) => parts.push(partial));
  return mergeResults(parts);
}
