// Human values for the subject-access document. An export must never fail on one odd value:
// what cannot be formatted is shown as stored rather than thrown.
import { format, isValid, parseISO } from 'date-fns';
import { formatPlace, placeByCode } from '../geo/comuni';
import { intlLocale } from '../i18n/locale';

/** What an empty value reads as: a visible dash, not a blank the reader may take for an omission. */
export const EMPTY = '—';

export interface DisplayContext {
  /** The app's t(): returns the text of a catalogue key. */
  label: (key: string) => string;
  counselorName: (id: string) => string;
  language: 'it' | 'en';
}

/** `2019-03-01` → `01/03/2019` in both languages (the worker reads Italian dates). */
export function displayDate(iso: string | undefined): string {
  if (!iso) return EMPTY;
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'dd/MM/yyyy') : iso;
}

/** An ISO timestamp in the local time of the laptop that generates the document. */
export function displayDateTime(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'dd/MM/yyyy HH:mm') : iso || EMPTY;
}

export function displayText(text: string | undefined): string {
  return text?.trim() ? text : EMPTY;
}

export function displayPlace(code: string): string {
  const place = placeByCode(code);
  return place ? formatPlace(place) : displayText(code);
}

export function displayNumber(value: number | undefined, language: DisplayContext['language']): string {
  return value === undefined ? EMPTY : new Intl.NumberFormat(intlLocale(language)).format(value);
}

export function displayList(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : EMPTY;
}

/** A code of a closed vocabulary through its `vocab.<group>.<code>` label. */
export function displayCode(context: DisplayContext, group: string, code: string | undefined): string {
  return code ? context.label(`vocab.${group}.${code}`) : EMPTY;
}

export function displayCodes(context: DisplayContext, group: string, codes: readonly string[]): string {
  return displayList(codes.map((code) => context.label(`vocab.${group}.${code}`)));
}

export function displayBoolean(context: DisplayContext, value: boolean): string {
  return context.label(value ? 'gdpr.yes' : 'gdpr.no');
}

/** A counselor's name, or their id when the name is unknown (e.g. a counselor since removed). */
export function displayCounselor(context: DisplayContext, id: string): string {
  return context.counselorName(id) || id || EMPTY;
}
