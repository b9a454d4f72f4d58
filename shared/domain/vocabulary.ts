// Closed vocabularies of the programme. Codes are English and stable (they travel in bundles);
// Italian labels live in the renderer's i18n catalogues under the same code.
import { z } from 'zod';

export const TRACKS = ['reindustrialisation', 'relocation', 'outplacement', 'self_employment', 'retraining'] as const;
export const trackSchema = z.enum(TRACKS, { error: 'validation.required' });
export type Track = z.infer<typeof trackSchema>;

export const WORKER_STATUSES = ['active', 'placed', 'in_training', 'self_employed', 'retired', 'withdrawn'] as const;
export const workerStatusSchema = z.enum(WORKER_STATUSES, { error: 'validation.required' });
export type WorkerStatus = z.infer<typeof workerStatusSchema>;

/** Why a worker left the programme; required when the status ends their participation. */
export const EXIT_REASONS = ['placed', 'incentivised_exit', 'retirement', 'resignation', 'dismissal'] as const;
export const exitReasonSchema = z.enum(EXIT_REASONS, { error: 'validation.required' });
export type ExitReason = z.infer<typeof exitReasonSchema>;
/** Statuses that end participation in the programme and therefore carry an exit reason. */
export const LEAVING_STATUSES: readonly WorkerStatus[] = ['placed', 'retired', 'withdrawn'];

export const CIGS_CAUSES = ['cessazione', 'proroga', 'covid19'] as const;
export const cigsCauseSchema = z.enum(CIGS_CAUSES, { error: 'validation.required' });
export type CigsCause = z.infer<typeof cigsCauseSchema>;

/** ISTAT education levels, ordered from lowest to highest (matching compares by index). */
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'lower_secondary',
  'vocational_qualification',
  'iefp',
  'upper_secondary',
  'ifts',
  'its',
  'bachelor',
  'master',
  'afam',
  'doctorate',
] as const;
export const educationLevelSchema = z.enum(EDUCATION_LEVELS, { error: 'validation.required' });
export type EducationLevel = z.infer<typeof educationLevelSchema>;

export const LICENCES = [
  'patente_b',
  'patente_c',
  'patente_ce',
  'patente_d',
  'cqc',
  'adr',
  'forklift',
  'ple',
  'crane',
  'welding',
  'pes_pav',
  'first_aid',
  'fire_safety',
  'haccp',
] as const;
export const licenceSchema = z.enum(LICENCES, { error: 'validation.required' });
export type Licence = z.infer<typeof licenceSchema>;

export const CONTRACT_TYPES = [
  'permanent',
  'fixed_term',
  'apprenticeship',
  'agency_fixed_term',
  'agency_permanent',
  'intermittent',
  'cococo',
  'self_employed_vat',
  'occasional',
  'cooperative_member',
  'internship',
] as const;
export const contractTypeSchema = z.enum(CONTRACT_TYPES, { error: 'validation.required' });
export type ContractType = z.infer<typeof contractTypeSchema>;

export const SHIFTS = ['day', 'two_shifts', 'three_shifts', 'night', 'weekend'] as const;
export const shiftSchema = z.enum(SHIFTS, { error: 'validation.required' });
export type Shift = z.infer<typeof shiftSchema>;

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const cefrLevelSchema = z.enum(CEFR_LEVELS, { error: 'validation.required' });

export const SEXES = ['M', 'F'] as const;
export const sexSchema = z.enum(SEXES, { error: 'validation.required' });
export type Sex = z.infer<typeof sexSchema>;

/** Employer incentives recorded on a placement (DOMAIN.md). */
export const INCENTIVES = [
  'company_investor',
  'company_third_party',
  'relocation_agreement_exemption',
  'over50_women',
  'under35',
  'disability',
  'regional_grant',
  'none',
  'other',
] as const;
export const incentiveSchema = z.enum(INCENTIVES, { error: 'validation.required' });
export type Incentive = z.infer<typeof incentiveSchema>;

/**
 * The worker's profiling band (fascia di profilazione), as the public employment service sets it
 * from the worker's distance from work: the Patto di servizio names it and the funding scheme's
 * outcome share grows with it (DOMAIN.md, "Getting paid"). Low means closest to work.
 */
export const PROFILING_BANDS = ['low', 'medium', 'high', 'veryHigh'] as const;
export const profilingBandSchema = z.enum(PROFILING_BANDS, { error: 'validation.required' });
export type ProfilingBand = z.infer<typeof profilingBandSchema>;

export const INTERVIEW_TYPES = ['intake', 'skills_assessment', 'guidance', 'follow_up', 'job_interview_preparation'] as const;
export const interviewTypeSchema = z.enum(INTERVIEW_TYPES, { error: 'validation.required' });

export const CONTACT_CHANNELS = ['call', 'visit', 'email'] as const;
export const contactChannelSchema = z.enum(CONTACT_CHANNELS, { error: 'validation.required' });
