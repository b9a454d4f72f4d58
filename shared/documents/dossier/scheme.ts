// The funding scheme a placement is paid under (DOMAIN.md, "Getting paid"): which hirings count for
// the outcome share and what each is worth by the worker's profiling band. Kept as one programme
// setting the coordinator edits, because schemes change (the regional accordo di ricollocazione,
// the national assegno di ricollocazione, GOL pathway 5): the defaults follow DGR 339/2018.
import { z } from 'zod';
import { namedLimit } from '../../domain/messages';
import { requiredText } from '../../domain/primitives';
import type { ContractType, ProfilingBand } from '../../domain/vocabulary';

/** The programme setting's name (programmeSettings table). */
export const FUNDING_SCHEME_SETTING = 'dossier.fundingScheme';

const months = z.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, namedLimit).max(36, namedLimit);
const euros = z.number({ error: 'validation.number' }).min(0, namedLimit).max(100_000, namedLimit);
const bandAmounts = z.object({ permanent: euros, fixedTerm: euros });

export const fundingSchemeSchema = z
  .object({
    name: requiredText(160),
    /** The programme's territory is an area of industrial crisis: a shorter fixed-term contract counts. */
    crisisArea: z.boolean(),
    minFixedTermMonths: months,
    minFixedTermMonthsCrisis: months,
    /** Outcome share in euros by band: for a permanent hiring (apprenticeship included) and for a fixed-term one that counts. */
    // One entry per band of the worker's vocabulary (the satisfies keeps the two in step).
    amounts: z.object({ low: bandAmounts, medium: bandAmounts, high: bandAmounts, veryHigh: bandAmounts } satisfies Record<ProfilingBand, typeof bandAmounts>),
  })
  .refine((scheme) => scheme.minFixedTermMonthsCrisis <= scheme.minFixedTermMonths, { path: ['minFixedTermMonthsCrisis'], error: 'dossier.scheme.crisisAboveOrdinary' });
export type FundingScheme = z.output<typeof fundingSchemeSchema>;

export const DEFAULT_FUNDING_SCHEME: FundingScheme = {
  name: 'Accordo di ricollocazione (DGR 339/2018)',
  crisisArea: false,
  minFixedTermMonths: 6,
  minFixedTermMonthsCrisis: 3,
  amounts: {
    low: { permanent: 1000, fixedTerm: 500 },
    medium: { permanent: 2000, fixedTerm: 1000 },
    high: { permanent: 3000, fixedTerm: 1500 },
    veryHigh: { permanent: 5000, fixedTerm: 2500 },
  },
};

/** How a contract type stands for the outcome share: always, by its length, or never. */
export type ContractStanding = 'permanent' | 'fixedTerm' | 'notCounted';

/**
 * Permanent work counts, apprenticeship and permanent agency work included; fixed-term and agency
 * fixed-term work counts from the scheme's minimum length; the others (intermittent, collaborations,
 * VAT self-employment, occasional work, cooperative membership, internships) are not a hiring
 * the scheme pays an outcome for.
 */
export function contractStanding(contract: ContractType): ContractStanding {
  if (contract === 'permanent' || contract === 'apprenticeship' || contract === 'agency_permanent') return 'permanent';
  if (contract === 'fixed_term' || contract === 'agency_fixed_term') return 'fixedTerm';
  return 'notCounted';
}

/** The shortest fixed-term contract that counts under the scheme. */
export function requiredMonths(scheme: FundingScheme): number {
  return scheme.crisisArea ? scheme.minFixedTermMonthsCrisis : scheme.minFixedTermMonths;
}
