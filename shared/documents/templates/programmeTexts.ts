// The programme's own words on the documents it prints: who the data controller is and where,
// how to reach the DPO, the programme's address, its logo. The coordinator edits them in the
// settings; they are one programme setting record, so they travel in bundles to every laptop.
// Each save that changes them makes a new version of the privacy notice, printed on it, so the
// notice a worker signed can be told from a later one.
import { z } from 'zod';
import { base64ByteLength, base64ToBytes } from '../../crypto/encoding';
import { isoDateSchema, requiredText } from '../../domain/primitives';
import { messageWithValues, namedLimit } from '../../domain/messages';
import type { Letterhead, PdfImageInput } from './layout';

/** The programme setting's name (renderer/db/repositories/programmeSettingsRepository.ts). */
export const PROGRAMME_TEXTS_SETTING = 'paperwork.programmeTexts';

/** A logo is printed at most 120 × 48 points: a small image is plenty, and it travels in every bundle. */
export const MAX_LOGO_BYTES = 300 * 1024;

export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;

export const logoSchema = z
  .object({
    mediaType: z.enum(LOGO_MEDIA_TYPES, { error: 'paperwork.texts.logoType' }),
    base64: z.string().min(1),
  })
  .superRefine((logo, context) => {
    const bytes = base64ByteLength(logo.base64);
    if (bytes === undefined) context.addIssue({ code: 'custom', path: ['base64'], message: 'paperwork.texts.logoType' });
    else if (bytes > MAX_LOGO_BYTES) context.addIssue({ code: 'custom', path: ['base64'], message: messageWithValues('paperwork.texts.logoTooLarge', { max: Math.round(MAX_LOGO_BYTES / 1024), size: Math.ceil(bytes / 1024) }) });
  });
export type Logo = z.infer<typeof logoSchema>;

/** What the coordinator types (the form's schema). */
export const programmeTextsFormSchema = z.object({
  controllerName: requiredText(160),
  controllerAddress: requiredText(240),
  dpoContact: requiredText(240),
  programmeAddress: requiredText(240),
  /** Years the files are kept after the programme ends (the notice says so). */
  retentionYears: z.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, namedLimit).max(30, namedLimit),
  logo: logoSchema.nullable().default(null),
});
export type ProgrammeTextsForm = z.output<typeof programmeTextsFormSchema>;
export type ProgrammeTextsFormInput = z.input<typeof programmeTextsFormSchema>;

/** What is stored: the form's texts, with the notice's version and its day. */
export const programmeTextsSchema = programmeTextsFormSchema.extend({
  version: z.number().int().min(1),
  versionDate: isoDateSchema,
});
export type ProgrammeTexts = z.output<typeof programmeTextsSchema>;

const sameTexts = (a: ProgrammeTextsForm, b: ProgrammeTextsForm) =>
  a.controllerName === b.controllerName &&
  a.controllerAddress === b.controllerAddress &&
  a.dpoContact === b.dpoContact &&
  a.programmeAddress === b.programmeAddress &&
  a.retentionYears === b.retentionYears &&
  a.logo?.base64 === b.logo?.base64;

/** The texts to store after an edit: a new version (and day) only when something changed. */
export function nextProgrammeTexts(current: ProgrammeTexts | null, form: ProgrammeTextsForm, today: string): ProgrammeTexts {
  if (current && sameTexts(current, form)) return current;
  return { ...form, version: (current?.version ?? 0) + 1, versionDate: today };
}

export function logoImage(logo: Logo | null): PdfImageInput | null {
  return logo ? { mediaType: logo.mediaType, bytes: base64ToBytes(logo.base64) } : null;
}

/** The top of every document: the programme, its controller and its address. */
export function letterheadOf(programmeName: string, texts: ProgrammeTexts | null): Letterhead {
  if (!texts) return { programmeName, lines: [], logo: null };
  return { programmeName, lines: [texts.controllerName, texts.programmeAddress], logo: logoImage(texts.logo) };
}
