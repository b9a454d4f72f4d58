// Hard requirements: any one missed excludes the worker from the offer, and is said. Those met
// are said too, so the counselor sees "patente C richiesta: sì" next to the score. Plain loops:
// this runs for every worker of the programme.
import { EDUCATION_LEVELS } from '../domain/vocabulary';
import type { RoadDistance } from '../geo/distance';
import type { OfferLens } from './offerLens';
import { placesOf } from './placeCache';
import type { MatchWorker, Miss, Reason } from './types';

export interface RequirementCheck {
  misses: Miss[];
  met: Reason[];
}

const EDUCATION_RANK = new Map<string, number>(EDUCATION_LEVELS.map((level, rank) => [level, rank]));
/** Position of a level in the ISTAT order (higher is more education); -1 for an unknown code. */
export const educationRank = (level: string): number => EDUCATION_RANK.get(level) ?? -1;

/** The worker's skill (or former role) that counts as the offer's required skill `index`, if any. */
export function skillCovering(worker: Pick<MatchWorker, 'skills' | 'formerRole'>, lens: OfferLens, index: number): string | undefined {
  for (const skill of worker.skills) if (lens.coversRequired(index, skill)) return skill;
  return lens.coversRequired(index, worker.formerRole) ? worker.formerRole : undefined;
}

/** Over the worker's limit, said with both comuni as the distance part says them. */
export function commuteMiss(residenceCode: string, offerComune: string, distance: RoadDistance, limit: number): Miss {
  const key = distance.precision === 'comune' ? 'commuteMissing' : 'commuteMissingEstimate';
  return { kind: 'commute', reason: { key, params: { ...placesOf(residenceCode, offerComune), km: distance.km, limit } } };
}

export function checkRequirements(worker: MatchWorker, lens: OfferLens, distance: RoadDistance | undefined, today: string): RequirementCheck {
  const { offer, reasons } = lens;
  const misses: Miss[] = [];
  const met: Reason[] = [];
  let index = 0;
  for (const licence of offer.hard.licences) {
    if (worker.licences.includes(licence)) met.push(reasons.licenceMet[index] as Reason);
    else misses.push(reasons.licenceMissing[index] as Miss);
    index++;
  }
  const minEducation = offer.hard.minEducation;
  if (minEducation) {
    const enough = educationRank(worker.educationLevel) >= educationRank(minEducation);
    if (enough) met.push(reasons.education(worker.educationLevel, true));
    else misses.push({ kind: 'education', reason: reasons.education(worker.educationLevel, false) });
  }
  index = 0;
  for (const skill of offer.hard.requiredSkills) {
    const covering = skillCovering(worker, lens, index);
    if (covering === undefined) misses.push(reasons.skillMissing[index] as Miss);
    else met.push(covering === skill ? (reasons.skillMet[index] as Reason) : { key: 'skillMetAs', params: { skill, as: covering } });
    index++;
  }
  if (worker.availableFrom && worker.availableFrom > lens.startBy) {
    misses.push({ kind: 'availability', reason: { key: 'availabilityMissing', params: { availableFromDate: worker.availableFrom, startByDate: lens.startBy } } });
  } else if (worker.availableFrom && worker.availableFrom > today) {
    met.push({ key: 'availableFrom', params: { availableFromDate: worker.availableFrom } });
  }
  if (worker.commuteLimitKm !== undefined && distance && distance.km > worker.commuteLimitKm) {
    misses.push(commuteMiss(worker.residenceCode, offer.comuneCode, distance, worker.commuteLimitKm));
  }
  if (worker.refusedContracts.includes(offer.contractType)) {
    misses.push(reasons.contractRefused);
  }
  return { misses, met };
}
