// A preview row's problems and changes as sentences: "Codice fiscale: the check character…",
// "Telefono: 055 123456 → 333 1234567", values as people read them (dd/mm/yyyy, comuni by name).
import type { TFunction } from 'i18next';
import { formatItalianDate, isIsoDate } from '../../shared/time/dates';
import type { FieldChange, PreviewRow } from '../../shared/import/preview';
import { schemaMessageText } from '../ui/messages';
import { placeLabel } from '../workers/useWorkerLabels';
import type { ImportEntityName } from './entities';

export type FieldLabel = (field: string) => string;

export function fieldLabeller(t: TFunction, entity: ImportEntityName): FieldLabel {
  return (field) => t(`import.fields.${entity}.${field}` as 'import.fields.workers.surname');
}

function shownValue(t: TFunction, field: string, value: string): string {
  if (value === '') return t('import.empty');
  if (field === 'birthDate' && isIsoDate(value)) return formatItalianDate(value);
  if (field === 'birthplace' || field === 'residence' || field === 'comune') return placeLabel(value);
  if (field === 'education') return t(`vocab.education.${value}` as 'vocab.education.none');
  if (field === 'hireDate') return t('import.years', { count: Number(value) });
  return value;
}

export function changeText(t: TFunction, label: FieldLabel, change: FieldChange<string>): string {
  return t('import.changeLine', { column: label(change.field), before: shownValue(t, change.field, change.before), after: shownValue(t, change.field, change.after) });
}

/** Every problem of the row, then every change an update makes, one per line. */
export function rowLines(t: TFunction, language: string, label: FieldLabel, row: PreviewRow<string, unknown>): string[] {
  return [...row.problems.map((problem) => t('import.problemLine', { column: label(problem.field), message: schemaMessageText(t, language, problem.message) })), ...row.changes.map((change) => changeText(t, label, change))];
}
