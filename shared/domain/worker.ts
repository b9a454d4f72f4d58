// The worker file (scheda lavoratore): the single source of truth for its fields.
// It types the form, validates imports and IPC, and documents each field.
import { z } from 'zod';
import { belfioreSchema, isoDateSchema, optionalText, requiredText } from './primitives';
import { namedLimit } from './messages';
import {
  cefrLevelSchema,
  contractTypeSchema,
  educationLevelSchema,
  exitReasonSchema,
  LEAVING_STATUSES,
  licenceSchema,
  sexSchema,
  shiftSchema,
  trackSchema,
  workerStatusSchema,
} from './vocabulary';
import { validateCodiceFiscale } from '../validation/codiceFiscale';
import { cigsPeriodSchema } from './cigs';

export { cigsPeriodSchema, type CigsPeriod } from './cigs';

export const languageSkillSchema = z.object({
  language: requiredText(40),
  level: cefrLevelSchema,
});

/** Optional values arrive from forms as '' when left empty: they mean "not given". */
const optionalDate = isoDateSchema.or(z.literal('')).optional().transform((value) => value || undefined);
const optionalNumber = (min: number, max: number) =>
  z.number({ error: 'validation.number' }).min(min, namedLimit).max(max, namedLimit).optional();

export const workerSchema = z
  .object({
    // Anagrafica (sensitive: encrypted at rest)
    surname: requiredText(80),
    name: requiredText(80),
    codiceFiscale: z
      .string({ error: 'validation.required' })
      .trim()
      .toUpperCase()
      .superRefine((value, ctx) => {
        const result = validateCodiceFiscale(value);
        if (!result.ok) ctx.addIssue({ code: 'custom', message: `cf.${result.error}` });
      }),
    birthDate: isoDateSchema,
    sex: sexSchema,
    /** Belfiore code of the birth comune or foreign country. */
    birthplaceCode: belfioreSchema,
    /** Belfiore code of the comune of residence. */
    residenceCode: belfioreSchema,
    address: optionalText(160).default(''),
    phone: z
      .string()
      .trim()
      .regex(/^$|^\+?[0-9 ./-]{6,20}$/, { error: 'validation.phone' })
      .default(''),
    email: z.union([z.literal(''), z.email({ error: 'validation.email' })]).default(''),

    // Enrolment in the PCO
    enrolmentDate: isoDateSchema,
    privacyConsentDate: optionalDate,
    /** The worker's own CIGS periods; empty means the programme's periods apply. */
    cigsPeriods: z.array(cigsPeriodSchema).default([]),

    // Tracks and status
    primaryTrack: trackSchema,
    secondaryTracks: z.array(trackSchema).default([]),
    status: workerStatusSchema,
    exitReason: exitReasonSchema.or(z.literal('')).optional().transform((value) => value || undefined),
    /** Counselor (orientatore) the worker is assigned to. */
    counselorId: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),

    // Work history at the plant and profile
    formerRole: requiredText(80),
    department: optionalText(80).default(''),
    yearsAtPlant: optionalNumber(0, 50),
    educationLevel: educationLevelSchema,
    licences: z.array(licenceSchema).default([]),
    languages: z.array(languageSkillSchema).default([]),
    skills: z.array(z.string().trim().min(1).max(60, namedLimit)).default([]),

    // Preferences and availability
    commuteLimitKm: optionalNumber(0, 500),
    preferredContracts: z.array(contractTypeSchema).default([]),
    refusedContracts: z.array(contractTypeSchema).default([]),
    acceptedShifts: z.array(shiftSchema).default([]),
    availableFrom: optionalDate,

    // Protected category, L. 68/99 (sensitive: the note is health data)
    protectedCategory: z.boolean().default(false),
    protectedCategoryNote: optionalText(1000).default(''),
  })
  .superRefine((worker, ctx) => {
    if (LEAVING_STATUSES.includes(worker.status) && !worker.exitReason) {
      ctx.addIssue({ code: 'custom', path: ['exitReason'], message: 'validation.exitReasonRequired' });
    }
    if (worker.secondaryTracks.includes(worker.primaryTrack)) {
      ctx.addIssue({ code: 'custom', path: ['secondaryTracks'], message: 'validation.secondaryIncludesPrimary' });
    }
    if (worker.privacyConsentDate && worker.privacyConsentDate > worker.enrolmentDate) {
      // Consent is signed at enrolment or before: data cannot be processed earlier.
      ctx.addIssue({ code: 'custom', path: ['privacyConsentDate'], message: 'validation.consentAfterEnrolment' });
    }
    const overlap = worker.preferredContracts.find((c) => worker.refusedContracts.includes(c));
    if (overlap) ctx.addIssue({ code: 'custom', path: ['refusedContracts'], message: 'validation.contractBothPreferredAndRefused' });
  })
  // An exit reason belongs only to a status that ends participation; a worker back to active has none.
  .transform((worker) => (LEAVING_STATUSES.includes(worker.status) ? worker : { ...worker, exitReason: undefined }));

export type Worker = z.output<typeof workerSchema>;
export type WorkerInput = z.input<typeof workerSchema>;

/** Fields that identify a person or reveal health data: encrypted at rest, never indexed. */
export const SENSITIVE_WORKER_FIELDS = [
  'surname',
  'name',
  'codiceFiscale',
  'birthDate',
  'birthplaceCode',
  'address',
  'phone',
  'email',
  'protectedCategoryNote',
] as const satisfies readonly (keyof Worker)[];
