// Job offers (offerte di lavoro) collected from employers.
import { z } from 'zod';
import { belfioreSchema, idSchema, isoDateSchema, optionalText, requiredText } from './primitives';
import { namedLimit } from './messages';
import { contractTypeSchema, educationLevelSchema, licenceSchema, shiftSchema } from './vocabulary';

export const OFFER_STATES = ['open', 'filled', 'closed'] as const;
export const offerStateSchema = z.enum(OFFER_STATES, { error: 'validation.required' });
export type OfferState = z.infer<typeof offerStateSchema>;

export const OFFER_SOURCES = ['employer_contact', 'job_centre', 'agency', 'web', 'reindustrialisation_plan', 'other'] as const;
export const offerSourceSchema = z.enum(OFFER_SOURCES, { error: 'validation.required' });

const optionalNumber = (min: number, max: number) =>
  z.number({ error: 'validation.number' }).min(min, namedLimit).max(max, namedLimit).optional();

export const offerSchema = z
  .object({
    employerId: idSchema,
    role: requiredText(120),
    description: optionalText(4000).default(''),
    positions: z.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, namedLimit).max(500, namedLimit),
    comuneCode: belfioreSchema,
    contractType: contractTypeSchema,
    /** For fixed-term contracts: 12 without a stated reason, up to 24 with one. */
    fixedTermMonths: optionalNumber(1, 36),
    /** Part-time is a flag with a percentage of hours, not a contract type. */
    partTimePercent: optionalNumber(10, 99),
    hoursPerWeek: optionalNumber(1, 60),
    shifts: z.array(shiftSchema).default([]),
    hard: z.object({
      licences: z.array(licenceSchema).default([]),
      minEducation: educationLevelSchema.optional(),
      requiredSkills: z.array(z.string().trim().min(1).max(60, namedLimit)).default([]),
    }),
    soft: z.object({
      preferredSkills: z.array(z.string().trim().min(1).max(60, namedLimit)).default([]),
      minYearsInRole: optionalNumber(0, 50),
    }),
    deadline: isoDateSchema.or(z.literal('')).optional().transform((value) => value || undefined),
    /** When the employer wants the people to start; matching excludes workers available only later. */
    startDate: isoDateSchema.or(z.literal('')).transform((value) => value || undefined).optional(),
    source: offerSourceSchema,
    receivedOn: isoDateSchema,
    state: offerStateSchema,
  })
  .superRefine((offer, ctx) => {
    if (offer.contractType === 'fixed_term' && offer.fixedTermMonths === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fixedTermMonths'], message: 'validation.fixedTermMonthsRequired' });
    }
    if (offer.deadline && offer.deadline < offer.receivedOn) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'validation.deadlineBeforeReceived' });
  });
export type Offer = z.output<typeof offerSchema>;
export type OfferInput = z.input<typeof offerSchema>;
