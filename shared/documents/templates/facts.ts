// The few facts of the templates the screens show too (a notice's version, the contact
// frequencies, what to bring, hours as Italian writes them), apart from the templates so that a
// screen reads them without loading pdf-lib.
import { formatItalianDate } from '../../time/dates';
import { vocabIt } from '../../i18n/vocab';
import type { ProfilingBand } from '../../domain/vocabulary';
import type { ProgrammeTexts } from './programmeTexts';

export function privacyNoticeVersion(texts: Pick<ProgrammeTexts, 'version' | 'versionDate'>): string {
  return `versione ${texts.version} del ${formatItalianDate(texts.versionDate)}`;
}

export const CONTACT_FREQUENCIES = ['weekly', 'fortnightly', 'monthly'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

export type ConvocationKind = 'interview' | 'meeting';

/** What a worker is asked to bring when the counselor writes nothing else. */
export const DEFAULT_BRING: Readonly<Record<ConvocationKind, readonly string[]>> = {
  interview: ["un documento d'identità valido", 'il codice fiscale', 'questa lettera'],
  meeting: ["un documento d'identità valido", 'alcune copie del curriculum vitae', 'gli attestati dei corsi e le patenti utili per il lavoro'],
};

/** Hours as Italian writes them: "4", "3,5". */
export function formatHours(hours: number): string {
  return hours.toLocaleString('it-IT', { maximumFractionDigits: 2 });
}

/**
 * The profiling band as the Patto and the dossier print it, "Alta, assegnata il 04/03/2019"; ''
 * when the worker has none (each document says so in its own words).
 */
export function profilingBandText(band: ProfilingBand | undefined, assignedOn?: string): string {
  if (!band) return '';
  const name = vocabIt.profilingBand[band];
  return assignedOn ? `${name}, assegnata il ${formatItalianDate(assignedOn)}` : name;
}
