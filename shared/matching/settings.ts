// Matching settings: the weights of each part of the score and the coordinator's synonyms. They
// are programme settings (one record each, synced), read with a fallback to these defaults.
import { z } from 'zod';
import { namedLimit } from '../domain/messages';

const points = (fallback: number) => z.number({ error: 'validation.number' }).min(0, namedLimit).max(100, namedLimit).default(fallback);

export const matchingWeightsSchema = z.object({
  /** Points for covering every preferred skill of the offer (a share for some). */
  skills: points(30),
  /** Points for having held the offer's role at the plant… */
  sameRole: points(10),
  /** …plus these per year in it, up to `experienceCapYears`. */
  experiencePerYear: points(2),
  experienceCapYears: z.number().int().min(1, namedLimit).max(40, namedLimit).default(10),
  /** Per education level above the minimum the offer asks (at most three levels count). */
  educationPerLevel: points(3),
  /** Points for working in the worker's own comune, falling to none at the commute limit. */
  distance: points(20),
  /** Limit used for workers who stated none (they are not excluded, only scored by it). */
  defaultCommuteKm: z.number().min(1, namedLimit).max(500, namedLimit).default(30),
  /** Road km per straight-line km. */
  roadFactor: z.number().min(1, namedLimit).max(3, namedLimit).default(1.3),
  /** Contract among the worker's preferred ones. */
  contract: points(8),
  /** Shifts all accepted (added) or none accepted (taken away). */
  shifts: points(8),
  /** Points for not having been proposed lately, full after `spreadDays` (spreads chances). */
  spread: points(10),
  spreadDays: z.number().int().min(1, namedLimit).max(730, namedLimit).default(90),
  /** Taken away when the worker was already proposed to this employer for another offer… */
  sameEmployer: points(5),
  /** …or was turned down by this employer. */
  rejectedByEmployer: points(15),
});
export type MatchingWeights = z.output<typeof matchingWeightsSchema>;
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = matchingWeightsSchema.parse({});

/** The coordinator's synonym groups, added to the built-in dictionary. */
export const synonymGroupsSchema = z.array(z.array(z.string().trim().min(1).max(60, namedLimit)).min(2).max(30, namedLimit)).max(500, namedLimit);
export type SynonymGroups = z.output<typeof synonymGroupsSchema>;

/** Names of the programme settings records. */
export const MATCHING_WEIGHTS_SETTING = 'matching.weights';
export const MATCHING_SYNONYMS_SETTING = 'matching.synonyms';
