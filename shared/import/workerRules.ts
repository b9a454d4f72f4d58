// How a row of an HR list reads as a worker file: the codice fiscale identifies the person (its
// canonical form, so omocodic spellings are the same person), says what the birth date, sex and
// birthplace are when the row leaves them out, and must agree with them when it does not.
import { messageWithValues } from '../domain/messages';
import type { EducationLevel } from '../domain/vocabulary';
import type { Worker } from '../domain/worker';
import { formatPlace } from '../geo/comuni';
import { searchKey } from '../text/fold';
import { ageOn } from '../time/dates';
import { codiceFiscaleMismatches, computeCheckCharacter, normalizeCodiceFiscale, validateCodiceFiscale, type CodiceFiscaleInfo, type Mismatch, type Sex } from '../validation/codiceFiscale';
import { isoAsTyped } from './cells';
import { readComune, readDate, readEmail, readPhone, readPlace, readText, type Reading } from './fieldReaders';
import type { EntityRules, FieldChange, RowProblem, RowReading } from './preview';
import { readEducation, readSex, type WorkerImportField } from './workerFields';

/** What a row gives of a worker file; a field left out of the file is undefined (an update leaves it as it is). */
export interface WorkerImportValues {
  readonly surname: string;
  readonly name: string;
  readonly codiceFiscale: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly birthplaceCode: string;
  readonly residenceCode: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly formerRole: string;
  readonly department?: string;
  readonly yearsAtPlant?: number;
  readonly educationLevel?: EducationLevel;
  /** The CCNL level and the columns sent to the notes. */
  readonly notes?: string;
}

export interface WorkerRulesContext {
  /** The day the plant closed (years at the plant are counted to it); today when unknown. */
  readonly closedOn: string;
}

type Cells = Readonly<Partial<Record<WorkerImportField, string>>>;
type Problems = RowProblem<WorkerImportField>[];

function codeProblem(code: string): string {
  const result = validateCodiceFiscale(code);
  if (result.ok) return '';
  const normalized = normalizeCodiceFiscale(code);
  if (result.error === 'checkChar') return messageWithValues('import.problem.cfCheckChar', { expected: computeCheckCharacter(normalized) });
  return `cf.${result.error}`;
}

const MISMATCH_FIELD: Readonly<Record<Mismatch, WorkerImportField>> = { surname: 'surname', name: 'name', birthDate: 'birthDate', sex: 'sex', birthplace: 'birthplace' };

function mismatchMessage(mismatch: Mismatch, info: CodiceFiscaleInfo): string {
  switch (mismatch) {
    case 'surname':
      return messageWithValues('import.problem.cfSurname', { letters: info.surnameCode });
    case 'name':
      return messageWithValues('import.problem.cfName', { letters: info.nameCode });
    case 'birthDate':
      return messageWithValues('import.problem.cfBirthDate', { date: isoAsTyped(info.birthDate) });
    case 'sex':
      return messageWithValues('import.problem.cfSex', { sex: info.sex });
    case 'birthplace':
      return messageWithValues('import.problem.cfBirthplace', { place: info.birthplace ? formatPlace(info.birthplace) : info.birthplaceCode });
  }
}

/** Reads an optional cell: its value, or a problem on its column; undefined when the cell is empty or absent. */
function optional<T>(cells: Cells, field: WorkerImportField, problems: Problems, read: (text: string) => Reading<T>): T | undefined {
  const text = cells[field]?.trim() ?? '';
  if (text === '') return undefined;
  const reading = read(text);
  if (reading.ok) return reading.value;
  problems.push({ field, message: reading.message });
  return undefined;
}

function required(cells: Cells, field: WorkerImportField, problems: Problems, read: (text: string) => Reading<string>): string {
  if (!cells[field]?.trim()) {
    problems.push({ field, message: 'validation.required' });
    return '';
  }
  return optional(cells, field, problems, read) ?? '';
}

/** The birthplace's Belfiore code: the code's own when the named place is it (a historical comune included). */
function birthplaceOf(text: string, info: CodiceFiscaleInfo | undefined, problems: Problems): string {
  const reading = readPlace(text, { foreign: true });
  if (!reading.ok) {
    problems.push({ field: 'birthplace', message: reading.message });
    return '';
  }
  const codes = reading.value.map((place) => place.code);
  if (info && codes.includes(info.birthplaceCode)) return info.birthplaceCode;
  return codes[0] ?? '';
}

function addressOf(cells: Cells, problems: Problems): string | undefined {
  const street = cells.address?.trim() ?? '';
  const postcode = cells.postcode?.trim() ?? '';
  if (!street && !postcode) return undefined;
  const padded = /^\d{1,5}$/.test(postcode) ? postcode.padStart(5, '0') : postcode;
  const joined = padded && !street.includes(padded) ? [street, padded].filter(Boolean).join(', ') : street;
  return optional({ address: joined }, 'address', problems, (text) => readText(text, 160));
}

function readWorker(cells: Cells, notes: string, context: WorkerRulesContext): RowReading<WorkerImportField, WorkerImportValues> {
  const problems: Problems = [];
  const surname = required(cells, 'surname', problems, (text) => readText(text, 80));
  const name = required(cells, 'name', problems, (text) => readText(text, 80));
  const code = cells.codiceFiscale?.trim() ?? '';
  const checked = code ? validateCodiceFiscale(code) : undefined;
  if (!code) problems.push({ field: 'codiceFiscale', message: 'validation.required' });
  else if (!checked?.ok) problems.push({ field: 'codiceFiscale', message: codeProblem(code) });
  const info = checked?.ok ? checked.value : undefined;

  const birthDate = optional(cells, 'birthDate', problems, readDate);
  const sexText = cells.sex?.trim() ?? '';
  const sex = sexText ? readSex(sexText) : undefined;
  if (sexText && !sex) problems.push({ field: 'sex', message: messageWithValues('import.problem.sex', { value: sexText }) });
  const birthplaceText = cells.birthplace?.trim() ?? '';
  const birthplaceCode = birthplaceText ? birthplaceOf(birthplaceText, info, problems) : undefined;
  if (info) {
    for (const mismatch of codiceFiscaleMismatches(info, { surname, name, birthDate, sex, birthplaceCode })) {
      problems.push({ field: MISMATCH_FIELD[mismatch], message: mismatchMessage(mismatch, info) });
    }
  }
  const residenceCode = required(cells, 'residence', problems, readComune);
  const address = addressOf(cells, problems);
  const phone = optional(cells, 'phone', problems, readPhone);
  const email = optional(cells, 'email', problems, readEmail);
  const formerRole = required(cells, 'formerRole', problems, (text) => readText(text, 80));
  const department = optional(cells, 'department', problems, (text) => readText(text, 80));
  const hireDate = optional(cells, 'hireDate', problems, readDate);
  const educationText = cells.education?.trim() ?? '';
  const educationLevel = educationText ? readEducation(educationText) : undefined;
  if (educationText && !educationLevel) problems.push({ field: 'education', message: messageWithValues('import.problem.education', { value: educationText }) });
  const level = cells.level?.trim();
  const allNotes = [level ? `Livello: ${level}` : '', notes].filter(Boolean).join('\n');

  const key = info?.canonical;
  if (problems.length > 0 || !info) return { key, problems };
  const years = hireDate ? ageOn(hireDate, context.closedOn) : undefined;
  return {
    key,
    problems,
    value: {
      surname,
      name,
      codiceFiscale: info.normalized,
      birthDate: birthDate ?? info.birthDate,
      sex: sex ?? info.sex,
      birthplaceCode: birthplaceCode ?? info.birthplaceCode,
      residenceCode,
      address,
      phone,
      email,
      formerRole,
      department,
      yearsAtPlant: years === undefined ? undefined : Math.min(50, Math.max(0, years)),
      educationLevel,
      notes: allNotes || undefined,
    },
  };
}

const sameText = (a: string, b: string) => searchKey(a) === searchKey(b);
const digits = (text: string) => text.replace(/\D/g, '');

/** Fields of a worker file the import compares, each with the import field it is shown under and how two values are the same. */
const COMPARED: readonly (readonly [keyof WorkerImportValues & keyof Worker, WorkerImportField, (a: string, b: string) => boolean])[] = [
  ['surname', 'surname', sameText],
  ['name', 'name', sameText],
  ['codiceFiscale', 'codiceFiscale', (a, b) => a === b],
  ['birthDate', 'birthDate', (a, b) => a === b],
  ['sex', 'sex', (a, b) => a === b],
  ['birthplaceCode', 'birthplace', (a, b) => a === b],
  ['residenceCode', 'residence', (a, b) => a === b],
  ['address', 'address', sameText],
  ['phone', 'phone', (a, b) => digits(a) === digits(b)],
  ['email', 'email', (a, b) => a.toLowerCase() === b.toLowerCase()],
  ['formerRole', 'formerRole', sameText],
  ['department', 'department', sameText],
  ['yearsAtPlant', 'hireDate', (a, b) => a === b],
  ['educationLevel', 'education', (a, b) => a === b],
];

/** What an update would change on the file held: the fields the row gives that differ. */
export function workerChanges(value: WorkerImportValues, existing: Partial<Worker>): FieldChange<WorkerImportField>[] {
  const changes: FieldChange<WorkerImportField>[] = [];
  for (const [key, field, same] of COMPARED) {
    const after = value[key];
    if (after === undefined) continue;
    const held = existing[key];
    const before = held === undefined || held === null ? '' : String(held);
    if (!same(before, String(after))) changes.push({ field, before, after: String(after) });
  }
  return changes;
}

/** The values of the fields an update changes, under the worker file's own names. */
export function changedWorkerValues(value: WorkerImportValues, changes: readonly FieldChange<WorkerImportField>[]): Partial<Worker> {
  const changed = new Set(changes.map((change) => change.field));
  return Object.fromEntries(COMPARED.filter(([, field]) => changed.has(field)).map(([key]) => [key, value[key]]));
}

export function workerRules(context: WorkerRulesContext): EntityRules<WorkerImportField, WorkerImportValues, Partial<Worker>> {
  return { keyField: 'codiceFiscale', duplicateMessage: 'import.problem.duplicate', read: (cells, notes) => readWorker(cells, notes, context), changes: workerChanges };
}
