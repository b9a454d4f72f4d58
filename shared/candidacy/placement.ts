// Hiring (ricollocazione): the form's rules, the positions an offer has left, and the end of a
// fixed-term contract, from which the worker may come back into the programme.
import { z } from 'zod';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { isoDateSchema } from '../domain/primitives';
import { namedLimit } from '../domain/messages';
import { contractTypeSchema, incentiveSchema, type ContractType } from '../domain/vocabulary';
import type { placedSchema } from '../domain/events';

/** Contracts with an end date: the counselor states their length in months. */
export const FIXED_TERM_CONTRACTS: readonly ContractType[] = ['fixed_term', 'agency_fixed_term'];

export const isFixedTerm = (contract: ContractType): boolean => FIXED_TERM_CONTRACTS.includes(contract);

const optionalNumber = (min: number, max: number) =>
  z.number({ error: 'validation.number' }).min(min, namedLimit).max(max, namedLimit).optional();

/** The hiring form. `hiredOn` dates the candidacy's move to hired; `startDate` is the first day of work. */
export const placementFormSchema = z
  .object({
    hiredOn: isoDateSchema,
    contractType: contractTypeSchema,
    startDate: isoDateSchema,
    fixedTermMonths: optionalNumber(1, 36).refine((months) => months === undefined || Number.isInteger(months), { error: 'validation.number' }),
    hoursPerWeek: optionalNumber(1, 60),
    partTimePercent: optionalNumber(10, 99),
    incentive: incentiveSchema,
  })
  // Checked even when another field is still invalid, so every message shows at once.
  .refine((form) => !isFixedTerm(form.contractType) || form.fixedTermMonths !== undefined, {
    path: ['fixedTermMonths'],
    message: 'candidacies.validation.fixedTermMonthsRequired',
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== 'contractType' && issue.path?.[0] !== 'fixedTermMonths'),
  })
  // Months belong only to contracts with an end: a permanent contract carries none.
  .transform((form) => (isFixedTerm(form.contractType) ? form : { ...form, fixedTermMonths: undefined }));
export type PlacementForm = z.output<typeof placementFormSchema>;
export type PlacementFormInput = z.input<typeof placementFormSchema>;

/** The facts of a hiring as the `worker.placed` event stores them. */
export type PlacementFacts = Omit<z.infer<typeof placedSchema>, 'kind'>;

/** Last day of a fixed-term contract: a 12-month contract from 1 March ends on the last day of February. */
export function fixedTermEndDate(startDate: string, months: number): string {
  return format(addDays(addMonths(parseISO(startDate), months), -1), 'yyyy-MM-dd');
}

/** Last day of work under this placement, or undefined for a contract without an end. */
export function placementEndDate(placement: Pick<PlacementFacts, 'contractType' | 'startDate' | 'fixedTermMonths'>): string | undefined {
  if (!isFixedTerm(placement.contractType) || placement.fixedTermMonths === undefined) return undefined;
  return fixedTermEndDate(placement.startDate, placement.fixedTermMonths);
}

/** From its end date on, a placed worker on a fixed-term contract may come back into the programme. */
export function canReturnToProgramme(placement: Pick<PlacementFacts, 'contractType' | 'startDate' | 'fixedTermMonths'>, today: string): boolean {
  const end = placementEndDate(placement);
  return end !== undefined && today >= end;
}

/** Positions still to fill: the offer's positions less the hirings recorded on it. */
export function positionsLeft(positions: number, hirings: number): number {
  return Math.max(0, positions - hirings);
}

/** A hiring on an offer with no positions left is possible, but only once the counselor confirms it. */
export function needsOverbookingConfirmation(positions: number, hirings: number): boolean {
  return positionsLeft(positions, hirings) === 0;
}

/** Placements of one offer, counted from `worker.placed` events. */
export function countHirings(placements: readonly { offerId?: string }[], offerId: string): number {
  return placements.filter((placement) => placement.offerId === offerId).length;
}
