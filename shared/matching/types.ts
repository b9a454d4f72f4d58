// What the matching engine reads and what it answers. Inputs are the non-identifying parts of the
// worker profile and of the offer (no names: they can be handed to a Web Worker as they are).
import type { CandidacyStage } from '../domain/casework';
import type { Offer } from '../domain/offer';
import type { RoadDistance } from '../geo/distance';
import type { EnrolledWorker } from '../domain/worker';
import type { MatchingWeights } from './settings';
import type { SynonymIndex } from './synonyms';

/** Only enrolled workers are matched: the HR list's others are not in the programme. */
export type MatchWorker = { id: string } & Pick<
  EnrolledWorker,
  | 'residenceCode'
  | 'status'
  | 'formerRole'
  | 'yearsAtPlant'
  | 'educationLevel'
  | 'licences'
  | 'skills'
  | 'commuteLimitKm'
  | 'preferredContracts'
  | 'refusedContracts'
  | 'acceptedShifts'
  | 'availableFrom'
>;

export type MatchOffer = { id: string; employerId: string } & Pick<Offer, 'role' | 'comuneCode' | 'contractType' | 'shifts' | 'hard' | 'soft' | 'deadline' | 'startDate' | 'state'>;

/** A past or current candidacy, with the employer of its offer. */
export interface MatchCandidacy {
  workerId: string;
  offerId: string;
  employerId: string;
  proposedOn: string;
  stage: CandidacyStage;
}

/** Every sentence the engine can say; the renderer's catalogue has each under `matching.reason`. */
export const REASON_KEYS = [
  'licenceMet', 'licenceMissing', 'educationMet', 'educationMissing', 'skillMet', 'skillMetAs', 'skillMissing',
  'availabilityMissing', 'availableFrom', 'commuteMissing', 'commuteMissingEstimate', 'contractRefused',
  'skillsSome', 'skillsNone', 'roleOther', 'roleSame', 'roleYears', 'roleYearsShort', 'educationAbove',
  'distance', 'distanceEstimate', 'distanceNoLimit', 'distanceNoLimitEstimate', 'distanceUnknown',
  'contractPreferred', 'contractNotPreferred', 'shiftsAccepted', 'shiftsNone', 'shiftsSome',
  'neverProposed', 'lastProposed', 'rejectedByEmployer', 'proposedToEmployer',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

/**
 * A sentence for the user: an i18n key under `matching.reason` and its values. shared/ has no
 * i18next; the renderer translates (codes of licences, contracts, shifts, education levels and
 * ISO dates in params are turned into labels there).
 */
export interface Reason {
  key: ReasonKey;
  params?: Record<string, string | number>;
}

export type PartKind = 'skills' | 'role' | 'education' | 'distance' | 'contract' | 'shifts' | 'spread' | 'employer';

/** One explained piece of a score. */
export interface ScorePart {
  kind: PartKind;
  points: number;
  reason: Reason;
}

export type RequirementKind = 'licence' | 'education' | 'skill' | 'availability' | 'commute' | 'contract';

/** A hard requirement the worker does not meet. `item` is the licence code or the skill. */
export interface Miss {
  kind: RequirementKind;
  item?: string;
  reason: Reason;
}

export interface RankedMatch {
  workerId: string;
  offerId: string;
  /** Sum of the parts' points, rounded to one decimal. */
  score: number;
  parts: ScorePart[];
  /** Hard requirements met, each said ("patente C richiesta: sì"). */
  met: Reason[];
  /** Stage of an open candidacy of this worker on this offer: they cannot be proposed again. */
  openStage?: CandidacyStage;
}

export interface ExcludedMatch {
  workerId: string;
  offerId: string;
  misses: Miss[];
  /** Only missing licences or skills: a course could close the gap. */
  gapOnly: boolean;
}

export interface MatchResult {
  ranked: RankedMatch[];
  excluded: ExcludedMatch[];
}

/** Everything besides the worker and offer that a match depends on. */
export interface MatchContext {
  /** ISO date the match is made on. */
  today: string;
  weights: MatchingWeights;
  synonyms: SynonymIndex;
  history: HistoryIndex;
  /** Road distances already computed in this context: offer comune → worker comune → distance. */
  distances: Map<string, Map<string, RoadDistance | undefined>>;
}

export interface WorkerHistory {
  lastProposedOn?: string;
  /** Employer id → the worker's candidacies there. */
  byEmployer: Map<string, MatchCandidacy[]>;
  /** Offer id → stage of the open candidacy on it. */
  openByOffer: Map<string, CandidacyStage>;
}

export type HistoryIndex = ReadonlyMap<string, WorkerHistory>;
