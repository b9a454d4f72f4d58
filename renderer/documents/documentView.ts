// What the Documenti section shows and asks, apart from React: the list folded into documents
// (the current version with its earlier ones under it), sizes as the language writes them, the
// form's checks, a name the save dialog accepts, and why a chosen file is refused.
import { z } from 'zod';
import { isoDateSchema, optionalText } from '../../shared/domain/primitives';
import { DOCUMENT_TYPE_IDS, MAX_DOCUMENT_BYTES, type DocumentMediaType, type DocumentType } from '../../shared/documents/types';
import { fileProblem, type FileProblem } from '../../shared/documents/content';
import { UNSAFE_IN_FILE_NAME } from '../../shared/documents/fileNames';
import { intlLocale } from '../../shared/i18n/locale';
import type { FileFilter } from '../../shared/platform/desktopBridge';
import type { DocumentSummary } from './documentRepository';

/** One document as the list shows it: its current version, then the versions it replaced, newest first. */
export interface DocumentGroup {
  readonly current: DocumentSummary;
  readonly earlier: readonly DocumentSummary[];
}

/**
 * Folds a list of versions into documents. A version whose replacement is not in the list (deleted,
 * or not reached) is current again; a chain is followed once, so a broken or looping one ends.
 */
export function groupVersions(summaries: readonly DocumentSummary[]): DocumentGroup[] {
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  const groups: DocumentGroup[] = [];
  for (const summary of summaries) {
    if (summary.replacedBy !== null && byId.has(summary.replacedBy)) continue;
    const earlier: DocumentSummary[] = [];
    const seen = new Set([summary.id]);
    for (let previous = summary.replaces ? byId.get(summary.replaces) : undefined; previous && !seen.has(previous.id); previous = previous.replaces ? byId.get(previous.replaces) : undefined) {
      seen.add(previous.id);
      earlier.push(previous);
    }
    groups.push({ current: summary, earlier });
  }
  // The document touched last comes first, as the repository lists versions.
  return groups.sort((a, b) => b.current.createdAt.localeCompare(a.current.createdAt) || b.current.id.localeCompare(a.current.id));
}

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Megabytes with one decimal, for messages that name a size and the limit ("23,4 MB: il limite è
 * 20 MB"); a refused size is rounded up (`Math.ceil`), so that it never reads as the limit itself.
 */
export const megabytes = (bytes: number, round: (value: number) => number = Math.round): number => round((bytes / MIB) * 10) / 10;

/** A file's size as the language writes it: "820 byte", "48 KB", "2,4 MB" ("2.4 MB" in English). */
export function formatFileSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(value);
  if (bytes < KIB) return `${number(bytes, 0)} ${language === 'en' ? 'bytes' : 'byte'}`;
  if (bytes < MIB) return `${number(Math.max(1, Math.round(bytes / KIB)), 0)} KB`;
  return `${number(megabytes(bytes), 1)} MB`;
}

/** What the pickers offer: the kinds a document may be (the bytes decide in the end). */
export const DOCUMENT_FILE_FILTERS: FileFilter[] = [{ name: 'PDF, JPEG, PNG', extensions: ['pdf', 'jpg', 'jpeg', 'png'] }];

/** The `accept` of a web file input, the same kinds. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const EXTENSIONS: Readonly<Record<DocumentMediaType, string>> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' };

/**
 * A name the save dialogs accept (no path separators, reserved or control characters, at most 200
 * characters), ending in the extension of what the bytes are.
 */
export function downloadName(fileName: string, mediaType: DocumentMediaType): string {
  const extension = EXTENSIONS[mediaType];
  const cleaned = fileName
    .replace(UNSAFE_IN_FILE_NAME, ' ')
    .replace(/\s+/g, ' ')
    // A leading dot hides a file; dots left from a path ("..\\") mean nothing.
    .replace(/^[.\s]+/, '')
    .trim();
  const hasExtension = mediaType === 'image/jpeg' ? /\.jpe?g$/i.test(cleaned) : cleaned.toLowerCase().endsWith(extension);
  const stem = (hasExtension ? cleaned.slice(0, cleaned.lastIndexOf('.')) : cleaned).slice(0, 200 - extension.length).trim() || 'documento';
  return `${stem}${hasExtension ? cleaned.slice(cleaned.lastIndexOf('.')) : extension}`;
}

/** A file the user chose, read or about to be: its name and size, and its bytes once read. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
}

/**
 * Why a file cannot be kept, before its bytes go to the repository (which checks again): too large
 * from its size alone (nothing read), else empty or not a PDF/JPEG/PNG from its first bytes.
 */
export function chosenFileProblem(size: number, head?: Uint8Array): FileProblem | null {
  if (size > MAX_DOCUMENT_BYTES) return { problem: 'tooLarge', bytes: size, max: MAX_DOCUMENT_BYTES };
  return fileProblem({ length: size }, head ?? new Uint8Array(0));
}

/** The fields typed beside the file. Dates are ISO here (DateInput shows dd/mm/yyyy). */
export const documentFormSchema = z.object({
  type: z.enum(DOCUMENT_TYPE_IDS as [DocumentType, ...DocumentType[]], { error: 'validation.required' }),
  date: isoDateSchema,
  note: optionalText(1000),
});
export type DocumentFormValues = z.input<typeof documentFormSchema>;

/** A draft of the form as stored (a type not chosen yet, a date half typed); the file is never in it. */
export const documentDraftSchema = z.object({
  type: z.union([z.enum(DOCUMENT_TYPE_IDS as [DocumentType, ...DocumentType[]]), z.literal('')]),
  date: z.string(),
  note: z.string(),
});

/** "Consenso privacy firmato" inside a sentence: "consenso privacy firmato"; an acronym stays ("UNILAV"). */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second !== '' && second === second.toUpperCase() && /\p{L}/u.test(second) ? label : first.toLowerCase() + label.slice(1);
}
