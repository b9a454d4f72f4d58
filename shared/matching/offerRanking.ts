// One offer against a whole job's workers, through the compact worker index: the hard
// requirements are checked on bitmasks, day numbers and per-text answers worked out once for
// the offer; only the workers that pass get their full explanation (the sentences the screen
// shows), and only those who fail get the list of what they miss. The answers are the same as
// checking each pair on its own (engine.matchPair); the tests hold the two paths together.
import type { RoadDistance } from '../geo/distance';
import { explainRanked } from './explain';
import { lensOn, type OfferLens } from './offerLens';
import { distanceOf, placesOf } from './placeCache';
import { commuteMiss, educationRank } from './requirements';
import { distancePart } from './scoring';
import { dayNumber } from '../time/days';
import type { ExcludedMatch, MatchContext, MatchOffer, MatchResult, MatchWorker, Miss, Reason, ScorePart } from './types';
import { contractMask, licenceMask, type WorkerIndex } from './workerIndex';

/** What an offer asks, in the index's terms, worked out once per offer. */
interface OfferPlan {
  lens: OfferLens;
  licenceBits: number[];
  licences: number;
  minRank: number;
  startBy: number;
  contract: number;
  /** Per required skill: 1 for each text (of the index) that counts as it. */
  covers: Uint8Array[];
  /** Per comune of the index: the road distance to the offer. */
  distances: (RoadDistance | undefined)[];
  /** Sentences that depend only on the comune and the limit, made once per pair (never mutated). */
  commuteMisses: Map<number, Miss>[];
  distanceParts: Map<number, ScorePart>[];
  availabilityMisses: Map<string, Miss>;
}

/** The sentence made once per key and shared afterwards. */
function once<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

function planOffer(offer: MatchOffer, index: WorkerIndex, context: MatchContext): OfferPlan {
  const lens = lensOn(offer, context.synonyms, context.today);
  const { texts } = index;
  const covers = offer.hard.requiredSkills.map((_, k) => {
    const yes = new Uint8Array(texts.length);
    for (let id = 0; id < texts.length; id++) yes[id] = lens.coversRequired(k, texts[id] as string) ? 1 : 0;
    return yes;
  });
  return {
    lens,
    licenceBits: offer.hard.licences.map((licence) => licenceMask([licence])),
    licences: licenceMask(offer.hard.licences),
    minRank: offer.hard.minEducation ? educationRank(offer.hard.minEducation) : Number.NEGATIVE_INFINITY,
    startBy: dayNumber(lens.startBy),
    contract: contractMask([offer.contractType]),
    covers,
    distances: index.places.map((place) => distanceOf(context, place, offer.comuneCode)),
    commuteMisses: index.places.map(() => new Map()),
    distanceParts: index.places.map(() => new Map()),
    availabilityMisses: new Map(),
  };
}

function coversSkill(index: WorkerIndex, i: number, covers: Uint8Array): boolean {
  const end = index.skillStart[i + 1] as number;
  for (let s = index.skillStart[i] as number; s < end; s++) if (covers[index.skillIds[s] as number]) return true;
  return covers[index.role[i] as number] === 1;
}

/** True when worker `i` misses at least one hard requirement. */
function fails(plan: OfferPlan, index: WorkerIndex, i: number): boolean {
  if (((index.licences[i] as number) & plan.licences) !== plan.licences) return true;
  if ((index.education[i] as number) < plan.minRank) return true;
  for (const covers of plan.covers) if (!coversSkill(index, i, covers)) return true;
  if ((index.available[i] as number) > plan.startBy) return true;
  const limit = index.commute[i] as number;
  const distance = plan.distances[index.place[i] as number];
  if (distance && distance.km > limit) return true;
  return ((index.refused[i] as number) & plan.contract) !== 0;
}

/** Everything worker `i` misses, in the order and words of checkRequirements. */
function missesOf(plan: OfferPlan, index: WorkerIndex, i: number): Miss[] {
  const { lens } = plan;
  const { offer, reasons } = lens;
  const worker = (index.workers[i] as MatchWorker);
  const misses: Miss[] = [];
  for (let k = 0; k < plan.licenceBits.length; k++) if (((index.licences[i] as number) & (plan.licenceBits[k] as number)) === 0) misses.push(reasons.licenceMissing[k] as Miss);
  if ((index.education[i] as number) < plan.minRank) misses.push({ kind: 'education', reason: reasons.education(worker.educationLevel, false) });
  for (let k = 0; k < plan.covers.length; k++) if (!coversSkill(index, i, plan.covers[k] as Uint8Array)) misses.push(reasons.skillMissing[k] as Miss);
  const from = worker.availableFrom ?? '';
  if ((index.available[i] as number) > plan.startBy) {
    misses.push(once(plan.availabilityMisses, from, () => ({ kind: 'availability', reason: { key: 'availabilityMissing', params: { availableFromDate: from, startByDate: lens.startBy } } })));
  }
  const place = index.place[i] as number;
  const distance = plan.distances[place];
  const limit = worker.commuteLimitKm;
  if (limit !== undefined && distance && distance.km > limit) misses.push(once((plan.commuteMisses[place] as Map<number, Miss>), limit, () => commuteMiss(worker.residenceCode, offer.comuneCode, distance, limit)));
  if (((index.refused[i] as number) & plan.contract) !== 0) misses.push(reasons.contractRefused);
  return misses;
}

/** The requirements worker `i` meets, said as checkRequirements says them (all of them: it passed). */
function metOf(plan: OfferPlan, index: WorkerIndex, i: number, today: string): Reason[] {
  const { reasons, offer } = plan.lens;
  const worker = (index.workers[i] as MatchWorker);
  const met: Reason[] = [...reasons.licenceMet];
  if (offer.hard.minEducation) met.push(reasons.education(worker.educationLevel, true));
  offer.hard.requiredSkills.forEach((skill, k) => {
    let covering: string | undefined;
    for (const own of worker.skills) if (plan.lens.coversRequired(k, own)) { covering = own; break; }
    covering ??= worker.formerRole;
    met.push(covering === skill ? (reasons.skillMet[k] as Reason) : { key: 'skillMetAs', params: { skill, as: covering } });
  });
  if (worker.availableFrom && worker.availableFrom > today) met.push({ key: 'availableFrom', params: { availableFromDate: worker.availableFrom } });
  return met;
}

/** The workers of the index who fit the offer, best first, and those excluded with their misses. */
export function rankOffer(offer: MatchOffer, index: WorkerIndex, context: MatchContext, from = 0, to = index.workers.length): MatchResult {
  const plan = planOffer(offer, index, context);
  const result: MatchResult = { ranked: [], excluded: [] };
  for (let i = from; i < to; i++) {
    if (index.matchable[i] === 0) continue;
    const worker = (index.workers[i] as MatchWorker);
    if (fails(plan, index, i)) {
      const misses = missesOf(plan, index, i);
      const gapOnly = misses.every((miss) => miss.kind === 'licence' || miss.kind === 'skill');
      result.excluded.push({ workerId: worker.id, offerId: offer.id, misses, gapOnly } satisfies ExcludedMatch);
    } else {
      const place = index.place[i] as number;
      const distance = plan.distances[place];
      // NaN (no limit of their own) is a key of its own: its sentence says the default limit.
      const shared = once((plan.distanceParts[place] as Map<number, ScorePart>), index.commute[i] as number, () => distancePart(worker, distance, placesOf(worker.residenceCode, offer.comuneCode), context.weights));
      result.ranked.push(explainRanked(worker, plan.lens, context, distance, metOf(plan, index, i, context.today), index.history[i], shared));
    }
  }
  return result;
}
