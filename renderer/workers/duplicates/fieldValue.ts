// A worker field's value as a person reads it, for the merge of two files side by side: codes by
// their label, comuni by name, days as dd/mm/yyyy, lists joined. Field names by the form's labels.
import type { TFunction } from 'i18next';
import { placeByCode, formatPlace } from '../../../shared/geo/comuni';
import { formatItalianDate, isIsoDate } from '../../../shared/time/dates';

/** The form's label key of each field whose key differs from the field's name. */
const LABEL_OF: Readonly<Record<string, string>> = { birthplaceCode: 'birthplace', residenceCode: 'residence', counselorId: 'counselor' };

/** Which vocabulary a coded field (or each entry of a coded list) reads from. */
const VOCABULARY: Readonly<Record<string, string>> = {
  sex: 'sex',
  status: 'status',
  primaryTrack: 'track',
  secondaryTracks: 'track',
  exitReason: 'exitReason',
  educationLevel: 'education',
  profilingBand: 'profilingBand',
  licences: 'licence',
  preferredContracts: 'contract',
  refusedContracts: 'contract',
  acceptedShifts: 'shift',
};

export function workerFieldLabel(t: TFunction, exists: (key: string) => boolean, field: string): string {
  const key = [`worker.fields.${LABEL_OF[field] ?? field}`, `duplicates.fields.${field}`].find(exists);
  return key ? t(key as 'worker.fields.phone') : field;
}

function entryText(t: TFunction, exists: (key: string) => boolean, field: string, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'duplicates.yes' : 'duplicates.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const vocabulary = VOCABULARY[field];
    if (vocabulary && exists(`vocab.${vocabulary}.${value}`)) return t(`vocab.${vocabulary}.${value}` as 'vocab.sex.M');
    if (field === 'birthplaceCode' || field === 'residenceCode') {
      const place = placeByCode(value);
      return place ? formatPlace(place) : value;
    }
    return isIsoDate(value) ? formatItalianDate(value) : value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['language'] === 'string') return `${String(record['language'])} ${String(record['level'] ?? '')}`.trim();
    if (typeof record['start'] === 'string' && typeof record['end'] === 'string') {
      return `${formatItalianDate(record['start'])}–${formatItalianDate(record['end'])}${typeof record['cause'] === 'string' ? ` (${entryText(t, exists, 'cigsCause', record['cause'])})` : ''}`;
    }
  }
  return JSON.stringify(value);
}

/** `counselorName`: a counselor id to the counselor's name. */
export function workerValueText(t: TFunction, exists: (key: string) => boolean, field: string, value: unknown, counselorName: (id: string) => string): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('duplicates.empty');
  if (field === 'counselorId' && typeof value === 'string') return counselorName(value);
  if (field === 'cigsCause' && typeof value === 'string') return exists(`vocab.cigsCause.${value}`) ? t(`vocab.cigsCause.${value}` as 'vocab.sex.M') : value;
  if (Array.isArray(value)) return value.map((entry) => entryText(t, exists, field, entry)).join(', ');
  return entryText(t, exists, field, value);
}
