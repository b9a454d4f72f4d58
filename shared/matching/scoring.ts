// The ranking score: a sum of parts, each with the sentence that explains it. No part is hidden
// and none is learnt: the weights are programme settings the coordinator can read and change.
import type { RoadDistance } from '../geo/distance';
import { educationRank } from './requirements';
import type { MatchingWeights } from './settings';
import type { OfferLens } from './offerLens';
import type { MatchOffer, MatchWorker, Reason, ScorePart, WorkerHistory } from './types';
import { dayNumber } from '../time/days';

const round1 = (value: number) => Math.round(value * 10) / 10;

export function skillsPart(worker: MatchWorker, lens: OfferLens, weights: MatchingWeights): ScorePart | undefined {
  const wanted = lens.offer.soft.preferredSkills;
  if (wanted.length === 0) return undefined;
  const found = wanted.filter((_, index) => worker.skills.some((own) => lens.coversPreferred(index, own)));
  const points = round1((weights.skills * found.length) / wanted.length);
  if (found.length === 0) return { kind: 'skills', points, reason: { key: 'skillsNone', params: { total: wanted.length } } };
  return { kind: 'skills', points, reason: { key: 'skillsSome', params: { count: found.length, total: wanted.length, skills: found.join(', ') } } };
}

/** Same role as at the plant (through synonyms), and years in it. */
export function rolePart(worker: MatchWorker, lens: OfferLens, weights: MatchingWeights): ScorePart {
  if (!lens.sameRole(worker.formerRole)) return { kind: 'role', points: 0, reason: { key: 'roleOther', params: { role: worker.formerRole } } };
  const years = worker.yearsAtPlant;
  if (years === undefined) return { kind: 'role', points: weights.sameRole, reason: { key: 'roleSame', params: { role: worker.formerRole } } };
  const points = round1(weights.sameRole + weights.experiencePerYear * Math.min(years, weights.experienceCapYears));
  const minimum = lens.offer.soft.minYearsInRole;
  if (minimum !== undefined && years < minimum) return { kind: 'role', points, reason: { key: 'roleYearsShort', params: { count: years, role: worker.formerRole, minimum } } };
  return { kind: 'role', points, reason: { key: 'roleYears', params: { count: years, role: worker.formerRole } } };
}

export function educationPart(worker: MatchWorker, offer: MatchOffer, weights: MatchingWeights): ScorePart | undefined {
  const floor = educationRank(offer.hard.minEducation ?? 'lower_secondary');
  const above = Math.min(3, educationRank(worker.educationLevel) - floor);
  if (above <= 0) return undefined;
  return { kind: 'education', points: round1(weights.educationPerLevel * above), reason: { key: 'educationAbove', params: { education: worker.educationLevel, count: above } } };
}

export interface Places {
  from: string;
  to: string;
}

export function distancePart(worker: MatchWorker, distance: RoadDistance | undefined, places: Places, weights: MatchingWeights): ScorePart {
  if (!distance) return { kind: 'distance', points: 0, reason: { key: 'distanceUnknown', params: { ...places } } };
  const limit = worker.commuteLimitKm ?? weights.defaultCommuteKm;
  const share = limit > 0 ? Math.max(0, 1 - distance.km / limit) : distance.km === 0 ? 1 : 0;
  const estimate = distance.precision === 'province';
  const key = worker.commuteLimitKm === undefined ? (estimate ? 'distanceNoLimitEstimate' : 'distanceNoLimit') : estimate ? 'distanceEstimate' : 'distance';
  return { kind: 'distance', points: round1(weights.distance * share), reason: { key, params: { ...places, km: distance.km, limit } } };
}

export function contractPart(worker: MatchWorker, offer: MatchOffer, weights: MatchingWeights): ScorePart | undefined {
  if (worker.preferredContracts.length === 0) return undefined;
  if (worker.preferredContracts.includes(offer.contractType)) return { kind: 'contract', points: weights.contract, reason: { key: 'contractPreferred', params: { contract: offer.contractType } } };
  return { kind: 'contract', points: 0, reason: { key: 'contractNotPreferred', params: { contract: offer.contractType } } };
}

export function shiftsPart(worker: MatchWorker, offer: MatchOffer, weights: MatchingWeights): ScorePart | undefined {
  if (offer.shifts.length === 0 || worker.acceptedShifts.length === 0) return undefined;
  const refused = offer.shifts.filter((shift) => !worker.acceptedShifts.includes(shift));
  if (refused.length === 0) return { kind: 'shifts', points: weights.shifts, reason: { key: 'shiftsAccepted', params: { shifts: offer.shifts.join(',') } } };
  if (refused.length === offer.shifts.length) return { kind: 'shifts', points: -weights.shifts, reason: { key: 'shiftsNone', params: { shifts: refused.join(',') } } };
  return { kind: 'shifts', points: 0, reason: { key: 'shiftsSome', params: { shifts: refused.join(',') } } };
}

const NEVER_PROPOSED: Reason = { key: 'neverProposed' };

/** Workers not proposed lately come first among equals: chances are spread across the caseload. */
export function spreadPart(history: WorkerHistory | undefined, today: string, weights: MatchingWeights): ScorePart {
  const last = history?.lastProposedOn;
  if (!last) return { kind: 'spread', points: weights.spread, reason: NEVER_PROPOSED };
  const days = Math.max(0, dayNumber(today) - dayNumber(last));
  const points = round1((weights.spread * Math.min(days, weights.spreadDays)) / weights.spreadDays);
  return { kind: 'spread', points, reason: { key: 'lastProposed', params: { lastDate: last, count: days } } };
}

/** Already proposed to, or turned down by, this employer for another offer. */
export function employerPart(history: WorkerHistory | undefined, offer: MatchOffer, weights: MatchingWeights): ScorePart | undefined {
  const there = (history?.byEmployer.get(offer.employerId) ?? []).filter((c) => c.offerId !== offer.id);
  if (there.length === 0) return undefined;
  const rejection = there.filter((c) => c.stage === 'rejected_by_employer').sort((a, b) => b.proposedOn.localeCompare(a.proposedOn))[0];
  if (rejection) return { kind: 'employer', points: -weights.rejectedByEmployer, reason: { key: 'rejectedByEmployer', params: { proposedDate: rejection.proposedOn } } };
  return { kind: 'employer', points: -weights.sameEmployer, reason: { key: 'proposedToEmployer', params: { count: there.length } } };
}
