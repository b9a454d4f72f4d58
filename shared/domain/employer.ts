// Employers (aziende) of the area. Case-work screens build on this schema.
import { z } from 'zod';
import { belfioreSchema, optionalText, requiredText } from './primitives';
import { validatePartitaIva } from '../validation/partitaIva';

export const atecoVersionSchema = z.enum(['2007', '2025']);

export const atecoCodeSchema = z.object({
  /** NN.NN.NN (or a shorter prefix), under `section`. */
  code: z.string().regex(/^\d{2}(\.\d{1,2}){0,2}$/, { error: 'validation.ateco' }),
  section: z.string().regex(/^[A-V]$/, { error: 'validation.ateco' }),
  version: atecoVersionSchema,
  description: optionalText(200).default(''),
});
export type AtecoCode = z.infer<typeof atecoCodeSchema>;

export const employerSchema = z.object({
  legalName: requiredText(160),
  partitaIva: z
    .string({ error: 'validation.required' })
    .trim()
    .refine((value) => validatePartitaIva(value).ok, { error: 'validation.partitaIva' }),
  ateco: atecoCodeSchema,
  comuneCode: belfioreSchema,
  address: optionalText(160).default(''),
  contactName: optionalText(80).default(''),
  phone: optionalText(40).default(''),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' })]).default(''),
});
export type Employer = z.infer<typeof employerSchema>;
