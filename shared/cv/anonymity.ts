// Does an anonymised CV still say who the person is? The counselor edits the text freely, so a
// name or a phone number can come back in while reviewing; this check runs before saving and in
// the tests. It looks for the worker's own values, not for anything that merely looks personal.
import type { Worker } from '../domain/worker';
import type { CvContent } from './content';
import { foldText } from '../text/fold';

export const IDENTIFYING_FIELDS = ['surname', 'name', 'codiceFiscale', 'phone', 'email', 'address', 'birthDate'] as const;
export type IdentifyingField = (typeof IDENTIFYING_FIELDS)[number];
export type IdentifyingValues = Pick<Worker, IdentifyingField>;

/** Words of a name that say nothing on their own ("De Luca" is found as a whole, not by "de"). */
const PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'dei', 'degli', 'dal', 'dalla', 'lo', 'la', 'le', 'li', 'van', 'von', 'el', 'al', 'bin', 'ben']);

/** Lower case, accents off, apostrophes and runs of spaces folded. */
function fold(text: string): string {
  return foldText(text).replace(/[’']/g, "'");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsWords(haystack: string, words: string): boolean {
  const wanted = fold(words);
  if (wanted === '') return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(wanted)}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

function nameFound(haystack: string, value: string): boolean {
  const words = fold(value).split(/[\s'-]+/).filter((word) => word !== '');
  // Several words are looked for together ("de luca"); then each meaningful word on its own, as
  // "Maria Grazia" is given away by "Grazia" alone. A word of one or two letters or a particle
  // ("Dei", "Li") is also an ordinary Italian word: looking for it alone would flag every CV.
  if (words.length > 1 && containsWords(haystack, value)) return true;
  return words.filter((word) => word.length >= 3 && !PARTICLES.has(word)).some((word) => containsWords(haystack, word));
}

/** Digit runs as written in text ("333 123 45 67", "+39 055/123456"), reduced to digits. */
function digitRuns(text: string): string[] {
  return (text.match(/\+?\d+(?:[ ./-]\d+)*/g) ?? []).map((run) => run.replace(/\D/g, ''));
}

function phoneFound(text: string, phone: string): boolean {
  const digits = phone.replace(/\D/g, '').replace(/^(0039|39)(?=3\d{8,9}$|0\d{5,})/, '');
  if (digits.length < 6) return false;
  return digitRuns(text).some((run) => run.includes(digits));
}

function birthDateFound(text: string, iso: string): boolean {
  const [year, month, day] = iso.split('-');
  if (!year || !month || !day) return false;
  const d = String(Number(day));
  const m = String(Number(month));
  const forms = [iso, `${day}/${month}/${year}`, `${d}/${m}/${year}`, `${day}-${month}-${year}`, `${day}.${month}.${year}`, `${d}.${m}.${year}`];
  return forms.some((form) => new RegExp(`(^|\\D)${escape(form)}(\\D|$)`).test(text));
}

/** Every text of the CV, as one string. */
export function cvText(content: CvContent): string {
  return [content.heading, content.summary, ...content.sections.flatMap((section) => section.lines.flatMap((entry) => [entry.label, entry.text]))].join('\n');
}

/** The worker's identifying fields whose value appears in the CV (empty: none found). */
export function identifyingDataIn(content: CvContent, worker: IdentifyingValues): IdentifyingField[] {
  const text = cvText(content);
  const folded = fold(text);
  const compact = text.toUpperCase().replace(/\s+/g, '');
  const found: Record<IdentifyingField, boolean> = {
    surname: nameFound(folded, worker.surname),
    name: nameFound(folded, worker.name),
    codiceFiscale: worker.codiceFiscale.length > 0 && compact.includes(worker.codiceFiscale.toUpperCase()),
    phone: phoneFound(text, worker.phone),
    email: worker.email.length > 0 && folded.includes(fold(worker.email)),
    address: fold(worker.address).length >= 5 && folded.includes(fold(worker.address)),
    birthDate: birthDateFound(text, worker.birthDate),
  };
  return IDENTIFYING_FIELDS.filter((field) => found[field]);
}
