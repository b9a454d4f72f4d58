// The matching engine: which workers fit an offer and which open offers fit a worker, best
// first, each with its reasons. Pure and synchronous; the renderer runs it in a Web Worker for
// thousands of workers and calls it directly in tests.
import { isClosed } from '../candidacy/stages';
import { checkRequirements } from './requirements';
import { explainRanked } from './explain';
import { distanceOf } from './placeCache';
import { rankOffer } from './offerRanking';
import { indexWorkers } from './workerIndex';
import { DEFAULT_MATCHING_WEIGHTS, type MatchingWeights } from './settings';
import { createSynonymIndex, type SynonymIndex } from './synonyms';
import { lensOn, type OfferLens } from './offerLens';
import type { ExcludedMatch, HistoryIndex, MatchCandidacy, MatchContext, MatchOffer, MatchResult, MatchWorker, RankedMatch, WorkerHistory } from './types';

export { MATCHABLE_STATUSES } from './matchable';

export function buildHistory(candidacies: readonly MatchCandidacy[]): HistoryIndex {
  const index = new Map<string, WorkerHistory>();
  for (const candidacy of candidacies) {
    let entry = index.get(candidacy.workerId);
    if (!entry) index.set(candidacy.workerId, (entry = { byEmployer: new Map(), openByOffer: new Map() }));
    if (!entry.lastProposedOn || candidacy.proposedOn > entry.lastProposedOn) entry.lastProposedOn = candidacy.proposedOn;
    const atEmployer = entry.byEmployer.get(candidacy.employerId);
    if (atEmployer) atEmployer.push(candidacy);
    else entry.byEmployer.set(candidacy.employerId, [candidacy]);
    if (!isClosed(candidacy.stage)) entry.openByOffer.set(candidacy.offerId, candidacy.stage);
  }
  return index;
}

export interface ContextInput {
  today: string;
  weights?: MatchingWeights;
  synonyms?: SynonymIndex;
  candidacies?: readonly MatchCandidacy[];
}

export function createMatchContext(input: ContextInput): MatchContext {
  return {
    today: input.today,
    weights: input.weights ?? DEFAULT_MATCHING_WEIGHTS,
    synonyms: input.synonyms ?? createSynonymIndex(),
    history: buildHistory(input.candidacies ?? []),
    distances: new Map(),
  };
}

export type PairOutcome = { ranked: RankedMatch } | { excluded: ExcludedMatch };

/** One worker against one offer: ranked with its parts, or excluded with what it misses. */
export function matchPair(worker: MatchWorker, offer: MatchOffer, context: MatchContext): PairOutcome {
  return matchThroughLens(worker, lensOn(offer, context.synonyms, context.today), context);
}

function matchThroughLens(worker: MatchWorker, lens: OfferLens, context: MatchContext): PairOutcome {
  const distance = distanceOf(context, worker.residenceCode, lens.offer.comuneCode);
  const { misses, met } = checkRequirements(worker, lens, distance, context.today);
  if (misses.length > 0) {
    const gapOnly = misses.every((miss) => miss.kind === 'licence' || miss.kind === 'skill');
    return { excluded: { workerId: worker.id, offerId: lens.offer.id, misses, gapOnly } };
  }
  return { ranked: explainRanked(worker, lens, context, distance, met, context.history.get(worker.id)) };
}

/** Best first; equal scores in a stable order (by worker, then offer id). */
export function compareRanked(a: RankedMatch, b: RankedMatch): number {
  return b.score - a.score || (a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0) || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0);
}

function record(outcome: PairOutcome, into: MatchResult): void {
  if ('ranked' in outcome) into.ranked.push(outcome.ranked);
  else into.excluded.push(outcome.excluded);
}

/**
 * The workers who fit an offer (of those still looking for work). Pass the job's index when
 * matching many offers or chunks against the same workers: it is the costly part to build.
 */
export function matchOffer(offer: MatchOffer, workers: readonly MatchWorker[], context: MatchContext, index = indexWorkers(workers, context.history)): MatchResult {
  const result = rankOffer(offer, index, context);
  result.ranked.sort(compareRanked);
  return result;
}

/** The open offers that fit a worker. */
export function matchWorker(worker: MatchWorker, offers: readonly MatchOffer[], context: MatchContext): MatchResult {
  const result: MatchResult = { ranked: [], excluded: [] };
  for (const offer of offers) if (offer.state === 'open') record(matchThroughLens(worker, lensOn(offer, context.synonyms, context.today), context), result);
  result.ranked.sort(compareRanked);
  return result;
}

/** Merges partial results (chunks from the Web Worker) into one ranked result. */
export function mergeResults(results: readonly MatchResult[]): MatchResult {
  return { ranked: results.flatMap((r) => r.ranked).sort(compareRanked), excluded: results.flatMap((r) => r.excluded) };
}
