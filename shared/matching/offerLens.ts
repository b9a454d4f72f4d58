// An offer prepared for matching many workers: each question asked of the synonym dictionary
// ("does 'PLC Siemens S7' count as 'programmazione PLC'?") is answered once per distinct text and
// remembered. Workers share a few hundred skills and roles, so 30,000 profiles cost little.
import type { SynonymIndex } from './synonyms';
import type { MatchOffer, Miss, Reason } from './types';

/**
 * Reasons that read the same for every worker, made once per offer and shared (never mutated):
 * with 30,000 workers, fresh copies would keep the garbage collector busier than the matching.
 */
export interface SharedReasons {
  licenceMet: readonly Reason[];
  licenceMissing: readonly Miss[];
  skillMet: readonly Reason[];
  skillMissing: readonly Miss[];
  contractRefused: Miss;
  /** By the worker's education level. */
  education(level: string, met: boolean): Reason;
}

export interface OfferLens {
  readonly offer: MatchOffer;
  /** The day the offer needs people by: its start date, else its deadline, never before today. */
  readonly startBy: string;
  /** Whether a skill or role text counts as the offer's required skill number `index`. */
  coversRequired(index: number, text: string): boolean;
  coversPreferred(index: number, text: string): boolean;
  /** Whether a former role is the offer's role (through synonyms). */
  sameRole(role: string): boolean;
  readonly reasons: SharedReasons;
}

/** A yes/no question about a text, answered once per distinct text. */
function remembered(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined) return known;
    const answer = test(text);
    answers.set(text, answer);
    return answer;
  };
}

export function offerStartBy(offer: Pick<MatchOffer, 'deadline' | 'startDate'>, today: string): string {
  const wanted = offer.startDate ?? offer.deadline;
  return wanted && wanted > today ? wanted : today;
}

export function lensOn(offer: MatchOffer, synonyms: SynonymIndex, today: string): OfferLens {
  const required = offer.hard.requiredSkills.map((skill) => remembered((text) => synonyms.same(text, skill)));
  const preferred = offer.soft.preferredSkills.map((skill) => remembered((text) => synonyms.same(text, skill)));
  const sameRole = remembered((role) => synonyms.same(role, offer.role));
  const { licences, requiredSkills, minEducation } = offer.hard;
  // By level, one map for met and one for missed: no key strings built per worker.
  const educationReasons = { met: new Map<string, Reason>(), missed: new Map<string, Reason>() };
  const reasons: SharedReasons = {
    licenceMet: licences.map((licence) => ({ key: 'licenceMet', params: { licence } })),
    licenceMissing: licences.map((licence) => ({ kind: 'licence', item: licence, reason: { key: 'licenceMissing', params: { licence } } })),
    skillMet: requiredSkills.map((skill) => ({ key: 'skillMet', params: { skill } })),
    skillMissing: requiredSkills.map((skill) => ({ kind: 'skill', item: skill, reason: { key: 'skillMissing', params: { skill } } })),
    contractRefused: { kind: 'contract', reason: { key: 'contractRefused', params: { contract: offer.contractType } } },
    education(level, met) {
      const known = met ? educationReasons.met : educationReasons.missed;
      let reason = known.get(level);
      if (!reason) known.set(level, (reason = { key: met ? 'educationMet' : 'educationMissing', params: { education: level, minimum: minEducation ?? '' } }));
      return reason;
    },
  };
  return {
    offer,
    reasons,
    startBy: offerStartBy(offer, today),
    coversRequired: (index, text) => (required[index] as (text: string) => boolean)(text),
    coversPreferred: (index, text) => (preferred[index] as (text: string) => boolean)(text),
    sameRole,
  };
}
