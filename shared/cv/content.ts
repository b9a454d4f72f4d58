// The content of a CV version as the counselor reviewed it: plain text in the CV's language,
// laid out the Europass way (sections of lines, each line a left-column label and a right-column
// text). It is what the `cvs` table stores (sealed: it is personal data) and what the PDF shows,
// so a saved version can be downloaded again exactly as it was sent.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../domain/primitives';
import { namedLimit } from '../domain/messages';

export const CV_VARIANTS = ['full', 'anonymous'] as const;
export const cvVariantSchema = z.enum(CV_VARIANTS, { error: 'validation.required' });
export type CvVariant = z.infer<typeof cvVariantSchema>;

export const CV_LANGUAGES = ['it', 'en'] as const;
export const cvLanguageSchema = z.enum(CV_LANGUAGES, { error: 'validation.required' });
export type CvLanguage = z.infer<typeof cvLanguageSchema>;

/** Europass sections, in the order the PDF prints them (the summary sits after `personal`). */
export const CV_SECTIONS = ['personal', 'occupation', 'work', 'education', 'skills'] as const;
export const cvSectionKeySchema = z.enum(CV_SECTIONS);
export type CvSectionKey = z.infer<typeof cvSectionKeySchema>;

/** Crockford base32 without I, L, O, U: no letter is mistaken for a digit when read on the phone. */
export const CV_REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const cvReferenceSchema = z.string().regex(/^PCO-[0-9A-HJKMNP-TV-Z]{6}$/, { error: 'validation.invalid' });

export const cvLineSchema = z.object({
  /** Left column: what the line is ("Telefono", "Date"); may be empty. */
  label: optionalText(80),
  /** Right column; several paragraphs allowed (new lines are kept). */
  text: optionalText(2000),
});
export type CvLine = z.infer<typeof cvLineSchema>;

export const cvSectionSchema = z.object({
  key: cvSectionKeySchema,
  lines: z.array(cvLineSchema).max(60, namedLimit),
});
export type CvSection = z.infer<typeof cvSectionSchema>;

export const cvContentSchema = z.object({
  version: z.literal(1),
  variant: cvVariantSchema,
  language: cvLanguageSchema,
  /** Random code printed on every version; for an anonymised CV, the only way back to the worker. */
  reference: cvReferenceSchema,
  preparedOn: isoDateSchema,
  /** The worker's full name, or their initials in the anonymised variant. */
  heading: requiredText(120),
  summary: optionalText(2000),
  sections: z.array(cvSectionSchema).max(CV_SECTIONS.length, namedLimit),
});
export type CvContent = z.infer<typeof cvContentSchema>;

/** A saved version's text as the start of a new one: the new reference wherever the old one was written. */
export function copyCvContent(saved: CvContent, reference: string, preparedOn: string): CvContent {
  const swap = (text: string) => text.split(saved.reference).join(reference);
  return {
    ...saved,
    reference,
    preparedOn,
    summary: swap(saved.summary),
    sections: saved.sections.map((section) => ({ ...section, lines: section.lines.map((line) => ({ label: line.label, text: swap(line.text) })) })),
  };
}
