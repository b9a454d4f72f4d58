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
  profilingBandSchema,
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

/** Fields agreed when the person joins the PCO: absent from a file of the HR list, required once enrolled. */
export const ENROLMENT_FIELDS = ['primaryTrack', 'counselorId', 'educationLevel'] as const;

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

    // Enrolment in the PCO. The HR list is the population: a file may exist before its person joins
    // (no enrolment date); the enrolment date and the privacy consent make them a participant (see
    // participation.ts). Consent may come after enrolment: until then the worker awaits consent.
    enrolmentDate: optionalDate,
    privacyConsentDate: optionalDate,
    /** Day the consent was withdrawn (GDPR panel); a consent dated later gives it back. */
    consentWithdrawnOn: isoDateSchema.optional(),
    /**
     * Profiling band (fascia di profilazione) the public employment service gave the worker, and the
     * day it did: the Patto di servizio names it and the funding scheme pays the outcome share by it.
     * Not every worker has been profiled (someone who has not joined, or the job centre not yet).
     */
    profilingBand: profilingBandSchema.or(z.literal('')).optional().transform((value) => value || undefined),
    profilingDate: optionalDate,
    /** The worker's own CIGS periods; empty means the programme's periods apply. */
    cigsPeriods: z.array(cigsPeriodSchema).default([]),

    // Tracks and status. The track and the counselor are agreed at enrolment: unset before it,
    // required from it (see the refinement below). The status describes the person's situation
    // (someone from the HR list may have retired or found work before joining).
    primaryTrack: trackSchema.or(z.literal('')).optional().transform((value) => value || undefined),
    secondaryTracks: z.array(trackSchema).default([]),
    status: workerStatusSchema.default('active'),
    exitReason: exitReasonSchema.or(z.literal('')).optional().transform((value) => value || undefined),
    /** Counselor (orientatore) the worker is assigned to; '' while nobody is (only before enrolment). */
    counselorId: z.string().default(''),

    // Work history at the plant and profile
    formerRole: requiredText(80),
    department: optionalText(80).default(''),
    yearsAtPlant: optionalNumber(0, 50),
    /** Declared at enrolment (the HR list does not always hold it): unset before, required from it. */
    educationLevel: educationLevelSchema.or(z.literal('')).optional().transform((value) => value || undefined),
    licences: z.array(licenceSchema).default([]),
    languages: z.array(languageSkillSchema).default([]),
    skills: z.array(z.string().trim().min(1).max(60, namedLimit)).default([]),
    /** Free notes (sealed): what the HR list held beyond the file's fields, brought by the import, or a counselor's remarks. */
    notes: optionalText(4000).optional(),

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
    if (worker.primaryTrack && worker.secondaryTracks.includes(worker.primaryTrack)) {
      ctx.addIssue({ code: 'custom', path: ['secondaryTracks'], message: 'validation.secondaryIncludesPrimary' });
    }
    if (worker.enrolmentDate) {
      // What is agreed at enrolment must be there once the person has joined.
      for (const field of ENROLMENT_FIELDS) if (!worker[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.requiredOnEnrolment' });
    }
    // A day of profiling says when a band was given: without the band it would be read as none.
    if (worker.profilingDate && !worker.profilingBand) ctx.addIssue({ code: 'custom', path: ['profilingBand'], message: 'validation.profilingBandForDate' });
    const overlap = worker.preferredContracts.find((c) => worker.refusedContracts.includes(c));
    if (overlap) ctx.addIssue({ code: 'custom', path: ['refusedContracts'], message: 'validation.contractBothPreferredAndRefused' });
  })
  // An exit reason belongs only to a status that ends participation; a worker back to active has none.
  .transform((worker) => (LEAVING_STATUSES.includes(worker.status) ? worker : { ...worker, exitReason: undefined }));

export type Worker = z.output<typeof workerSchema>;

/** A worker who has joined the PCO: what is agreed at enrolment is there (see `isEnrolled`). */
export type EnrolledWorker = Worker & { enrolmentDate: string } & { [F in (typeof ENROLMENT_FIELDS)[number]]-?: NonNullable<Worker[F]> };
export type WorkerInput = z.input<typeof workerSchema>;

/**
 * Fields that identify a person or reveal health data: encrypted at rest, never indexed. The
 * profiling band is left out on purpose: like the education level or the status, it is a coarse
 * class shared by many workers that names nobody and says nothing of health (art. 9 GDPR), and it
 * is subject-access data all the same (gdpr/workerFields.ts).
 */
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
  'notes',
] as const satisfies readonly (keyof Worker)[];
