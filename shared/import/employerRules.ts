// How a row of a list of companies reads as an employer: the partita IVA (with its check digit)
// identifies it; the ATECO code is read with its version (2025 unless the row says 2007) and its
// section worked out from it.
import { messageWithValues } from '../domain/messages';
import { atecoSectionOf, atecoVersionSchema, type AtecoVersion, type Employer } from '../domain/employer';
import { searchKey } from '../text/fold';
import { validatePartitaIva } from '../validation/partitaIva';
import { readComune, readEmail, readPhone, readText, type Reading } from './fieldReaders';
import type { EntityRules, FieldChange, RowProblem, RowReading } from './preview';
import type { FieldDefinition } from './sheetRows';

export const EMPLOYER_IMPORT_FIELDS = ['legalName', 'partitaIva', 'atecoCode', 'atecoVersion', 'atecoDescription', 'comune', 'address', 'postcode', 'contactName', 'phone', 'email'] as const;
export type EmployerImportField = (typeof EMPLOYER_IMPORT_FIELDS)[number];

const HEADERS: Readonly<Record<EmployerImportField, readonly string[]>> = {
  legalName: ['Ragione sociale', 'Denominazione', 'Azienda', 'Impresa', 'Nome azienda', 'Company', 'Company name', 'Legal name', 'Employer'],
  partitaIva: ['Partita IVA', 'P. IVA', 'P.IVA', 'PIVA', 'Partita IVA / CF', 'VAT number', 'VAT', 'VAT ID'],
  atecoCode: ['Codice ATECO', 'ATECO', 'Attività ATECO', 'Codice attività', 'NACE', 'NACE code', 'ATECO code'],
  atecoVersion: ['Versione ATECO', 'Classificazione ATECO', 'ATECO version'],
  atecoDescription: ['Descrizione ATECO', 'Attività', 'Descrizione attività', 'Activity', 'Business activity', 'ATECO description'],
  comune: ['Comune', 'Sede', 'Comune sede', 'Sede legale', 'Sede operativa', 'Città', 'Località', 'City', 'Town', 'Municipality'],
  address: ['Indirizzo', 'Indirizzo sede', 'Via', 'Address', 'Street'],
  postcode: ['CAP', 'Codice postale', 'Postcode', 'Postal code', 'ZIP code', 'ZIP'],
  contactName: ['Referente', 'Contatto', 'Persona di riferimento', 'Nome referente', 'Contact', 'Contact person', 'Contact name'],
  phone: ['Telefono', 'Cellulare', 'Tel.', 'Recapito telefonico', 'Phone', 'Mobile', 'Telephone'],
  email: ['Email', 'E-mail', 'Mail', 'PEC', 'Posta elettronica', 'Email address'],
};

const REQUIRED: ReadonlySet<EmployerImportField> = new Set(['legalName', 'partitaIva', 'atecoCode', 'comune']);

export const EMPLOYER_FIELD_DEFINITIONS: readonly FieldDefinition<EmployerImportField>[] = EMPLOYER_IMPORT_FIELDS.map((field) => ({ field, headers: HEADERS[field], required: REQUIRED.has(field) }));

/** What a row gives of an employer; a field left out of the file is undefined (an update leaves it as it is). */
export interface EmployerImportValues {
  readonly legalName: string;
  readonly partitaIva: string;
  readonly ateco: Employer['ateco'];
  readonly comuneCode: string;
  readonly address?: string;
  readonly contactName?: string;
  readonly phone?: string;
  readonly email?: string;
}

type Cells = Readonly<Partial<Record<EmployerImportField, string>>>;
type Problems = RowProblem<EmployerImportField>[];

function cell<T>(cells: Cells, field: EmployerImportField, problems: Problems, read: (text: string) => Reading<T>, mandatory = false): T | undefined {
  const text = cells[field]?.trim() ?? '';
  if (text === '') {
    if (mandatory) problems.push({ field, message: 'validation.required' });
    return undefined;
  }
  const reading = read(text);
  if (reading.ok) return reading.value;
  problems.push({ field, message: reading.message });
  return undefined;
}

function readPartitaIva(text: string): Reading<string> {
  const bare = text.trim().replace(/^IT\s*/i, '').replace(/\s+/g, '');
  // A partita IVA kept in a number cell has lost its leading zero.
  const result = validatePartitaIva(/^\d{10}$/.test(bare) ? `0${bare}` : bare);
  return result.ok ? { ok: true, value: result.value } : { ok: false, message: `import.problem.partitaIva.${result.error}` };
}

function readVersion(text: string): Reading<AtecoVersion> {
  const version = atecoVersionSchema.safeParse(text.replace(/\D/g, ''));
  return version.success ? { ok: true, value: version.data } : { ok: false, message: messageWithValues('import.problem.atecoVersion', { value: text }) };
}

/** `25.93.10`, `259310`, `C 25.93.10` → `25.93.10`. */
function atecoCode(text: string): string | undefined {
  const bare = text.trim().replace(/^[A-Za-z]\s*[-.]?\s*/, '');
  if (/^\d{2}(\.\d{1,2}){0,2}$/.test(bare)) return bare;
  if (/^\d{2,6}$/.test(bare)) return (bare.match(/^(\d{2})(\d{0,2})(\d{0,2})$/)?.slice(1) ?? []).filter(Boolean).join('.');
  return undefined;
}

function readEmployer(cells: Cells, defaultVersion: AtecoVersion): RowReading<EmployerImportField, EmployerImportValues> {
  const problems: Problems = [];
  const legalName = cell(cells, 'legalName', problems, (text) => readText(text, 160), true);
  const partitaIva = cell(cells, 'partitaIva', problems, readPartitaIva, true);
  const version = cell(cells, 'atecoVersion', problems, readVersion) ?? defaultVersion;
  const code = cell(cells, 'atecoCode', problems, (text) => {
    const found = atecoCode(text);
    return found && atecoSectionOf(found, version) ? { ok: true, value: found } : { ok: false, message: messageWithValues('import.problem.ateco', { value: text, version }) };
  }, true);
  const description = cell(cells, 'atecoDescription', problems, (text) => readText(text, 200)) ?? '';
  const comuneCode = cell(cells, 'comune', problems, readComune, true);
  const street = cells.address?.trim() ?? '';
  const postcode = cells.postcode?.trim() ?? '';
  const address = cell({ address: [street, postcode && !street.includes(postcode) ? postcode.padStart(5, '0') : ''].filter(Boolean).join(', ') }, 'address', problems, (text) => readText(text, 160));
  const contactName = cell(cells, 'contactName', problems, (text) => readText(text, 80));
  const phone = cell(cells, 'phone', problems, (text) => (text.length > 40 ? readText(text, 40) : readPhone(text)));
  const email = cell(cells, 'email', problems, readEmail);
  if (problems.length > 0 || !legalName || !partitaIva || !code || !comuneCode) return { key: partitaIva, problems };
  const ateco = { code, section: atecoSectionOf(code, version) ?? '', version, description };
  return { key: partitaIva, problems, value: { legalName, partitaIva, ateco, comuneCode, address, contactName, phone, email } };
}

const sameText = (a: string, b: string) => searchKey(a) === searchKey(b);

export function employerChanges(value: EmployerImportValues, existing: Partial<Employer>): FieldChange<EmployerImportField>[] {
  const changes: FieldChange<EmployerImportField>[] = [];
  const compare = (field: EmployerImportField, before: string | undefined, after: string | undefined, same: (a: string, b: string) => boolean = (a, b) => a === b) => {
    if (after !== undefined && !same(before ?? '', after)) changes.push({ field, before: before ?? '', after });
  };
  compare('legalName', existing.legalName, value.legalName, sameText);
  compare('atecoCode', existing.ateco && `${existing.ateco.code} (${existing.ateco.version})`, `${value.ateco.code} (${value.ateco.version})`);
  if (value.ateco.description) compare('atecoDescription', existing.ateco?.description, value.ateco.description, sameText);
  compare('comune', existing.comuneCode, value.comuneCode);
  compare('address', existing.address, value.address, sameText);
  compare('contactName', existing.contactName, value.contactName, sameText);
  compare('phone', existing.phone, value.phone, (a, b) => a.replace(/\D/g, '') === b.replace(/\D/g, ''));
  compare('email', existing.email, value.email, (a, b) => a.toLowerCase() === b.toLowerCase());
  return changes;
}

/** The values of the fields an update changes, under the employer's own names. */
export function changedEmployerValues(value: EmployerImportValues, changes: readonly FieldChange<EmployerImportField>[]): Partial<Employer> {
  const changed = new Set(changes.map((change) => change.field));
  const ateco = changed.has('atecoCode') || changed.has('atecoDescription');
  return {
    ...(changed.has('legalName') ? { legalName: value.legalName } : {}),
    ...(ateco ? { ateco: value.ateco } : {}),
    ...(changed.has('comune') ? { comuneCode: value.comuneCode } : {}),
    ...(changed.has('address') ? { address: value.address } : {}),
    ...(changed.has('contactName') ? { contactName: value.contactName } : {}),
    ...(changed.has('phone') ? { phone: value.phone } : {}),
    ...(changed.has('email') ? { email: value.email } : {}),
  };
}

export function employerRules(defaultVersion: AtecoVersion = '2025'): EntityRules<EmployerImportField, EmployerImportValues, Partial<Employer>> {
  return { keyField: 'partitaIva', duplicateMessage: 'import.problem.duplicateCompany', read: (cells) => readEmployer(cells, defaultVersion), changes: employerChanges };
}
