// The columns of an HR list a worker file is built from (the HR list is the population: joining the
// PCO, with its date, track, counselor and consent, is recorded on the file afterwards), with the headers that name them (Italian
// first, English second; compared folded, see headers.ts), and the readings of the few cells that
// are words: sex and education.
import { searchKey } from '../text/fold';
import { EDUCATION_LEVELS, type EducationLevel } from '../domain/vocabulary';
import { vocabEn, vocabIt } from '../i18n/vocab';
import type { Sex } from '../validation/codiceFiscale';
import type { FieldDefinition } from './sheetRows';

export const WORKER_IMPORT_FIELDS = [
  'surname',
  'name',
  'codiceFiscale',
  'birthDate',
  'sex',
  'birthplace',
  'residence',
  'address',
  'postcode',
  'phone',
  'email',
  'formerRole',
  'department',
  'hireDate',
  'level',
  'education',
] as const;
export type WorkerImportField = (typeof WORKER_IMPORT_FIELDS)[number];

const HEADERS: Readonly<Record<WorkerImportField, readonly string[]>> = {
  surname: ['Cognome', 'Surname', 'Last name', 'Family name'],
  name: ['Nome', 'Name', 'First name', 'Given name'],
  codiceFiscale: ['Codice fiscale', 'C.F.', 'Cod. fisc.', 'Cod. fiscale', 'Codfisc', 'Fiscal code', 'Tax code', 'Tax ID'],
  birthDate: ['Data di nascita', 'Data nasc.', 'Nato il', 'Nata il', 'Date of birth', 'Birth date', 'DOB'],
  sex: ['Sesso', 'Genere', 'M/F', 'Sex', 'Gender'],
  birthplace: ['Luogo di nascita', 'Comune di nascita', 'Nato a', 'Stato di nascita', 'Place of birth', 'Birthplace', 'City of birth'],
  residence: ['Comune di residenza', 'Comune', 'Residenza', 'Città', 'Località', 'Place of residence', 'City', 'Town', 'Municipality'],
  address: ['Indirizzo', 'Indirizzo di residenza', 'Via', 'Domicilio', 'Address', 'Street'],
  postcode: ['CAP', 'Codice postale', 'Postcode', 'Postal code', 'ZIP code', 'ZIP'],
  phone: ['Telefono', 'Cellulare', 'Cell.', 'Tel.', 'Recapito telefonico', 'Numero di telefono', 'Phone', 'Mobile', 'Telephone'],
  email: ['Email', 'E-mail', 'Mail', 'Posta elettronica', 'Indirizzo email', 'Email address'],
  formerRole: ['Mansione', 'Qualifica', 'Ruolo', 'Profilo', 'Job title', 'Role', 'Job', 'Position', 'Occupation'],
  department: ['Reparto', 'Settore', 'Area', 'Ufficio', 'Department', 'Unit'],
  hireDate: ['Data assunzione', 'Data di assunzione', 'Assunto il', 'Data inizio rapporto', 'Hire date', 'Hiring date', 'Date hired'],
  level: ['Livello', 'Livello CCNL', 'Livello contrattuale', 'Inquadramento', 'Level', 'Grade', 'Pay grade'],
  education: ['Titolo di studio', 'Titolo studio', 'Istruzione', 'Scolarità', 'Education', 'Education level'],
};

const REQUIRED: ReadonlySet<WorkerImportField> = new Set(['surname', 'name', 'codiceFiscale', 'residence', 'formerRole']);
const DATES: ReadonlySet<WorkerImportField> = new Set(['birthDate', 'hireDate']);

export const WORKER_FIELD_DEFINITIONS: readonly FieldDefinition<WorkerImportField>[] = WORKER_IMPORT_FIELDS.map((field) => ({
  field,
  headers: HEADERS[field],
  required: REQUIRED.has(field),
  date: DATES.has(field),
}));

const SEXES: Readonly<Record<string, Sex>> = {
  m: 'M', maschio: 'M', maschile: 'M', uomo: 'M', male: 'M', man: 'M',
  f: 'F', femmina: 'F', femminile: 'F', donna: 'F', female: 'F', woman: 'F',
};

export function readSex(text: string): Sex | undefined {
  return SEXES[searchKey(text)];
}

// How HR lists write education, folded; the vocabulary's own labels (Italian and English) are read too.
const EDUCATION_WORDS: readonly (readonly [string, EducationLevel])[] = [
  ['dottorato', 'doctorate'],
  ['phd', 'doctorate'],
  ['laurea magistrale', 'master'],
  ['laurea specialistica', 'master'],
  ['laurea vecchio ordinamento', 'master'],
  ['laurea triennale', 'bachelor'],
  ['laurea', 'bachelor'],
  ['afam', 'afam'],
  ['ifts', 'ifts'],
  ['its', 'its'],
  ['iefp', 'iefp'],
  ['qualifica', 'vocational_qualification'],
  ['diploma', 'upper_secondary'],
  ['maturita', 'upper_secondary'],
  ['scuola superiore', 'upper_secondary'],
  ['licenza media', 'lower_secondary'],
  ['scuola media', 'lower_secondary'],
  ['terza media', 'lower_secondary'],
  ['media inferiore', 'lower_secondary'],
  ['licenza elementare', 'primary'],
  ['elementare', 'primary'],
  ['nessuno', 'none'],
  ['nessun titolo', 'none'],
];

let labels: Map<string, EducationLevel> | undefined;

export function readEducation(text: string): EducationLevel | undefined {
  const key = searchKey(text);
  labels ??= new Map(EDUCATION_LEVELS.flatMap((level) => [[searchKey(vocabIt.education[level]), level] as const, [searchKey(vocabEn.education[level]), level] as const, [searchKey(level), level] as const]));
  const exact = labels.get(key);
  if (exact) return exact;
  const words = ` ${key} `;
  return EDUCATION_WORDS.find(([word]) => words.includes(` ${word} `))?.[1];
}
