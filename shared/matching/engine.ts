// The matching engine: which workers fit an offer and which open offers fit a worker, best
// first, each with its reasons. Pure and synchronous; the renderer runs it in a Web Worker for
// thousands of workers and calls it directly in tests.
import { placeByCode } from '../geo/comuni';
import { roadDistance, type RoadDistance } from '../geo/distance';
import type { WorkerStatus } from '../domain/vocabulary';
import { isClosed } from '../candidacy/stages';
import { checkRequirements } from './requirements';
import { contractPart, distancePart, educationPart, employerPart, rolePart, shiftsPart, skillsPart, spreadPart } from './scoring';
import { DEFAULT_MATCHING_WEIGHTS, type MatchingWeights } from './settings';
import { createSynonymIndex, type SynonymIndex } from './synonyms';
import { lensOn, type OfferLens } from './offerLens';
import type { ExcludedMatch, HistoryIndex, MatchCandidacy, MatchContext, MatchOffer, MatchResult, MatchWorker, RankedMatch, ScorePart, WorkerHistory } from './types';

/** Only workers still looking for work are matched; placed, retired or withdrawn ones are not. */
export const MATCHABLE_STATUSES: readonly WorkerStatus[] = ['active', 'in_training'];

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

function distanceOf(context: MatchContext, from: string, to: string): RoadDistance | undefined {
  let fromTo = context.distances.get(to);
  if (!fromTo) context.distances.set(to, (fromTo = new Map()));
  if (fromTo.has(from)) return fromTo.get(from);
  const distance = roadDistance(from, to, context.weights.roadFactor);
  fromTo.set(from, distance);
  return distance;
}

// Names for the distance reasons, looked up once per comune (a lookup normalises the code first).
const placeNames = new Map<string, string>();
function placeName(code: string): string {
  let name = placeNames.get(code);
  if (name === undefined) placeNames.set(code, (name = placeByCode(code)?.name ?? code));
  return name;
}

export type PairOutcome = { ranked: RankedMatch } | { excluded: ExcludedMatch };

/** One worker against one offer: ranked with its parts, or excluded with what it misses. */
export function matchPair(worker: MatchWorker, offer: MatchOffer, context: MatchContext): PairOutcome {
  return matchThroughLens(worker, lensOn(offer, context.synonyms, context.today), context);
}

function matchThroughLens(worker: MatchWorker, lens: OfferLens, context: MatchContext): PairOutcome {
  const { weights, today } = context;
  const { offer } = lens;
  const distance = distanceOf(context, worker.residenceCode, offer.comuneCode);
  const { misses, met } = checkRequirements(worker, lens, distance, today);
  if (misses.length > 0) {
    const gapOnly = misses.every((miss) => miss.kind === 'licence' || miss.kind === 'skill');
    return { excluded: { workerId: worker.id, offerId: offer.id, misses, gapOnly } };
  }
  const history = context.history.get(worker.id);
  const parts = [
    skillsPart(worker, lens, weights),
    rolePart(worker, lens, weights),
    educationPart(worker, offer, weights),
    distancePart(worker, distance, { from: placeName(worker.residenceCode), to: placeName(offer.comuneCode) }, weights),
    contractPart(worker, offer, weights),
    shiftsPart(worker, offer, weights),
    spreadPart(history, today, weights),
    employerPart(history, offer, weights),
  ].filter((part): part is ScorePart => part !== undefined);
  let total = 0;
  for (const part of parts) total += part.points;
  const score = Math.round(total * 10) / 10;
  const openStage = history?.openByOffer.get(offer.id);
  return { ranked: { workerId: worker.id, offerId: offer.id, score, parts, met, ...(openStage ? { openStage } : {}) } };
}

/** Best first; equal scores in a stable order (by worker, then offer id). */
export function compareRanked(a: RankedMatch, b: RankedMatch): number {
  return b.score - a.score || (a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0) || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0);
}

function record(outcome: PairOutcome, into: MatchResult): void {
  if ('ranked' in outcome) into.ranked.push(outcome.ranked);
  else into.excluded.push(outcome.excluded);
}

/** The workers who fit an offer (of those still looking for work). */
export function matchOffer(offer: MatchOffer, workers: readonly MatchWorker[], context: MatchContext): MatchResult {
  const lens = lensOn(offer, context.synonyms, context.today);
  const result: MatchResult = { ranked: [], excluded: [] };
  for (const worker of workers) if (MATCHABLE_STATUSES.includes(worker.status)) record(matchThroughLens(worker, lens, context), result);
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
