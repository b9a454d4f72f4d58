// Employers (aziende) of the area. Case-work screens build on this schema.
import { z } from 'zod';
import { belfioreSchema, optionalText, requiredText } from './primitives';
import { validatePartitaIva } from '../validation/partitaIva';
import { incentiveSchema } from './vocabulary';

export const atecoVersionSchema = z.enum(['2007', '2025']);
export type AtecoVersion = z.infer<typeof atecoVersionSchema>;

export const atecoCodeSchema = z.object({
  /** NN.NN.NN (or a shorter prefix), under `section`. */
  code: z.string().regex(/^\d{2}(\.\d{1,2}){0,2}$/, { error: 'validation.ateco' }),
  section: z.string().regex(/^[A-V]$/, { error: 'validation.ateco' }),
  version: atecoVersionSchema,
  description: optionalText(200).default(''),
});
export type AtecoCode = z.infer<typeof atecoCodeSchema>;

/**
 * Sections by the first division of their range (ISTAT ATECO 2007 and ATECO 2025 = NACE Rev. 2.1).
 * ATECO 2025 has no division 45 and splits the old section J, so the later letters shift by one.
 */
const SECTION_STARTS: Readonly<Record<AtecoVersion, readonly (readonly [number, string])[]>> = {
  '2007': [[1, 'A'], [5, 'B'], [10, 'C'], [35, 'D'], [36, 'E'], [41, 'F'], [45, 'G'], [49, 'H'], [55, 'I'], [58, 'J'], [64, 'K'], [68, 'L'], [69, 'M'], [77, 'N'], [84, 'O'], [85, 'P'], [86, 'Q'], [90, 'R'], [94, 'S'], [97, 'T'], [99, 'U']],
  '2025': [[1, 'A'], [5, 'B'], [10, 'C'], [35, 'D'], [36, 'E'], [41, 'F'], [46, 'G'], [49, 'H'], [55, 'I'], [58, 'J'], [61, 'K'], [64, 'L'], [68, 'M'], [69, 'N'], [77, 'O'], [84, 'P'], [85, 'Q'], [86, 'R'], [90, 'S'], [94, 'T'], [97, 'U'], [99, 'V']],
};

/** Divisions that exist in neither classification (gaps in the numbering). */
const MISSING_DIVISIONS = new Set([4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89]);

export function atecoSections(version: AtecoVersion): string[] {
  return SECTION_STARTS[version].map(([, section]) => section);
}

/** The section a code belongs to, from its first two digits; undefined for a division that does not exist. */
export function atecoSectionOf(code: string, version: AtecoVersion): string | undefined {
  const division = Number(code.slice(0, 2));
  if (!/^\d{2}/.test(code) || division < 1 || MISSING_DIVISIONS.has(division) || (version === '2025' && division === 45)) return undefined;
  let section: string | undefined;
  for (const [start, letter] of SECTION_STARTS[version]) if (division >= start) section = letter;
  return section;
}

export const employerSchema = z
  .object({
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
    /**
     * Hiring incentives open to this employer. Absent on records written before the field existed:
     * read it as none recorded (`[]`); the repository always writes it.
     */
    incentives: z.array(incentiveSchema).optional(),
  })
  .superRefine((employer, ctx) => {
    const { code, section, version } = employer.ateco;
    // Malformed codes and sections are already reported by their own checks.
    if (!/^\d{2}/.test(code) || !/^[A-V]$/.test(section)) return;
    const expected = atecoSectionOf(code, version);
    if (expected === undefined) ctx.addIssue({ code: 'custom', path: ['ateco', 'code'], message: 'validation.ateco' });
    else if (expected !== section) ctx.addIssue({ code: 'custom', path: ['ateco', 'section'], message: 'employers.validation.atecoSection' });
  });
export type Employer = z.infer<typeof employerSchema>;
export type EmployerInput = z.input<typeof employerSchema>;
