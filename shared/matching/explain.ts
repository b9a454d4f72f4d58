// The full explanation of a worker who meets every hard requirement of an offer: the requirements
// met, each part of the score with its sentence, and the score as their sum.
import type { RoadDistance } from '../geo/distance';
import type { OfferLens } from './offerLens';
import { placesOf } from './placeCache';
import { contractPart, distancePart, educationPart, employerPart, rolePart, shiftsPart, skillsPart, spreadPart } from './scoring';
import type { MatchContext, MatchWorker, RankedMatch, Reason, ScorePart, WorkerHistory } from './types';

/** `sharedDistance`: the distance part when already made for this comune and limit (parts are never mutated). */
export function explainRanked(worker: MatchWorker, lens: OfferLens, context: MatchContext, distance: RoadDistance | undefined, met: Reason[], history: WorkerHistory | undefined, sharedDistance?: ScorePart): RankedMatch {
  const { weights, today } = context;
  const { offer } = lens;
  const parts = [
    skillsPart(worker, lens, weights),
    rolePart(worker, lens, weights),
    educationPart(worker, offer, weights),
    sharedDistance ?? distancePart(worker, distance, placesOf(worker.residenceCode, offer.comuneCode), weights),
    contractPart(worker, offer, weights),
    shiftsPart(worker, offer, weights),
    spreadPart(history, today, weights),
    employerPart(history, offer, weights),
  ].filter((part): part is ScorePart => part !== undefined);
  let total = 0;
  for (const part of parts) total += part.points;
  const score = Math.round(total * 10) / 10;
  const openStage = history?.openByOffer.get(offer.id);
  return { workerId: worker.id, offerId: offer.id, score, parts, met, ...(openStage ? { openStage } : {}) };
}
