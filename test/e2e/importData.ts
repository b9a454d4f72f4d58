// Spreadsheets an HR office would hand over, built in the test: a workbook of 300 employees with a
// title, merged group headers and blank lines, dates as date cells, Excel serial numbers and
// dd/mm/yyyy text, and a dozen bad rows; a Windows-1252 CSV with accents; a list of companies.
import ExcelJS from 'exceljs';
import { computeCodiceFiscale, omocodicVariants } from '../../shared/validation/codiceFiscale';
import { computePartitaIvaCheckDigit } from '../../shared/validation/partitaIva';

const SURNAMES = ['Rossi', 'Bianchi', 'Ferrini', 'Lotti', 'Bartolini', 'Cappelli', 'Innocenti', 'Pieri', 'Sarri', 'Vannucci', 'Mugnai', 'Giachi'];
const NAMES = ['Marco', 'Lucia', 'Stefano', 'Paola', 'Andrea', 'Elena', 'Luca', 'Silvia', 'Giovanni', 'Chiara'];
const PLACES = [['D612', 'Firenze'], ['A390', 'Arezzo'], ['D583', 'Figline Valdarno'], ['F656', 'Montevarchi']] as const;

export interface Employee {
  surname: string;
  name: string;
  cf: string;
  birth: string; // ISO
  sex: 'M' | 'F';
  birthplace: string;
}

export function employees(count: number, offset = 0): Employee[] {
  return Array.from({ length: count }, (_, index) => {
    const i = index + offset;
    const sex = i % 3 === 0 ? 'F' : 'M';
    const surname = SURNAMES[i % SURNAMES.length] ?? 'Rossi';
    const name = NAMES[Math.floor(i / SURNAMES.length) % NAMES.length] ?? 'Marco';
    const birth = new Date(Date.UTC(1962, 0, 1 + i * 41)).toISOString().slice(0, 10);
    const [code, birthplace] = PLACES[i % PLACES.length] ?? PLACES[0];
    return { surname, name, cf: computeCodiceFiscale({ surname, name, birthDate: birth, sex, birthplaceCode: code }), birth, sex, birthplace };
  });
}

const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
const italian = (iso: string) => iso.split('-').reverse().join('/');

type Row = (string | number | Date | null)[];

function employeeRow(person: Employee, index: number): Row {
  // Birth dates three ways: date cells, Excel serial numbers, dd/mm/yyyy text.
  const birth = index % 3 === 0 ? new Date(`${person.birth}T00:00:00Z`) : index % 3 === 1 ? serial(person.birth) : italian(person.birth);
  return [person.surname.toUpperCase(), person.name.toUpperCase(), person.cf, birth, person.sex, person.birthplace, 'Figline e Incisa Valdarno', `Via Roma ${index + 1}`, '50063', `333 ${String(1_000_000 + index)}`, `dip${index}@example.it`, 'Operatore di trafila', 'Trafileria', italian('2001-03-15'), 'Licenza media'];
}

/** The names the test looks for, and how the dozen bad rows are bad. */
export interface HrWorkbook {
  bytes: Buffer;
  valid: number;
  bad: number;
  /** Row numbers (as the spreadsheet shows them) of two bad rows the test fixes in the preview. */
  wrongCheck: { row: number; fixed: string };
  impossibleDay: { row: number; fixed: string };
}

export async function hrWorkbook(): Promise<HrWorkbook> {
  const people = employees(288);
  const rows: Row[] = people.map(employeeRow);
  const badFrom = (index: number, change: (row: Row) => void): Row => {
    const row = [...(rows[index] ?? [])];
    change(row);
    return row;
  };
  const other = employees(12, 400);
  const own = (index: number) => employeeRow(other[index]!, 300 + index);
  const wrongCheckCf = other[0]!.cf.slice(0, 15) + (other[0]!.cf.endsWith('A') ? 'B' : 'A');
  const bad: Row[] = [
    badFrom(3, (row) => (row[2] = omocodicVariants(people[3]!.cf)[2] ?? '')), // the same person, omocodic spelling
    badFrom(40, (row) => (row[2] = omocodicVariants(people[40]!.cf)[9] ?? '')),
    (() => { const row = own(0); row[2] = wrongCheckCf; return row; })(), // wrong check character
    (() => { const row = own(1); row[3] = '02/02/1999'; return row; })(), // birth date against the code
    (() => { const row = own(2); row[13] = '31/02/2019'; return row; })(), // a day that does not exist
    (() => { const row = own(3); row[6] = 'Fighine Valdarno'; return row; })(), // unknown comune
    (() => { const row = own(4); row[10] = 'posta@'; return row; })(), // email
    (() => { const row = own(5); row[9] = 'chiamare la sera'; return row; })(), // phone
    (() => { const row = own(6); row[0] = ''; return row; })(), // no surname
    (() => { const row = own(7); row[2] = 'RSSMRA'; return row; })(), // too short
    (() => { const row = own(8); row[4] = 'X'; return row; })(), // sex
    (() => { const row = own(9); row[14] = 'autodidatta'; return row; })(), // education
  ];
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Istruzioni').addRow(['Elenco esportato dal sistema paghe']);
  const sheet = workbook.addWorksheet('Dipendenti');
  sheet.addRow(['Elenco del personale al 31/12 - stabilimento di Figline']);
  sheet.addRow([]);
  sheet.addRow(['ANAGRAFICA', null, null, 'NASCITA', null, null, 'RESIDENZA', null, null, 'RECAPITI', null, 'LAVORO']);
  sheet.mergeCells('A3:C3');
  sheet.mergeCells('D3:F3');
  sheet.mergeCells('G3:I3');
  sheet.mergeCells('J3:K3');
  sheet.mergeCells('L3:O3');
  sheet.addRow(['COGNOME', 'NOME', 'C.F.', 'DATA', 'SESSO', 'LUOGO', 'COMUNE DI RESIDENZA', 'INDIRIZZO', 'CAP', 'TELEFONO / CELLULARE', 'E-MAIL', 'MANSIONE', 'REPARTO', 'DATA ASSUNZIONE', 'TITOLO DI STUDIO']);
  const all = [...rows.slice(0, 150), [], ...bad, ...rows.slice(150)];
  for (const row of all) sheet.addRow(row);
  const headerRows = 4;
  const rowOf = (badIndex: number) => headerRows + 150 + 1 + badIndex + 1; // after 150 rows and the blank line
  return {
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
    valid: 288,
    bad: bad.length,
    wrongCheck: { row: rowOf(2), fixed: other[0]!.cf },
    impossibleDay: { row: rowOf(4), fixed: '28/02/2019' },
  };
}

/** A CSV from an old Windows export: Windows-1252, semicolons, accented names. */
export function windows1252Csv(): { bytes: Buffer; surname: string } {
  const people = [
    { surname: 'NICCOLÒ', name: 'SIMONE', birth: '1971-05-04', sex: 'M' as const, residence: 'Forlì', place: 'D612' },
    { surname: 'D’AMÈLIO', name: 'GIULIA', birth: '1980-09-12', sex: 'F' as const, residence: 'Cantù', place: 'A390' },
  ];
  const lines = ['COGNOME;NOME;CODICE FISCALE;DATA DI NASCITA;COMUNE DI RESIDENZA;MANSIONE'];
  for (const p of people) {
    const cf = computeCodiceFiscale({ surname: p.surname, name: p.name, birthDate: p.birth, sex: p.sex, birthplaceCode: p.place });
    lines.push([p.surname.replace('’', "'"), p.name, cf, italian(p.birth), p.residence, 'Magazziniere'].join(';'));
  }
  return { bytes: Buffer.from(lines.join('\r\n'), 'latin1'), surname: 'NICCOLÒ' };
}

export async function employersWorkbook(): Promise<{ bytes: Buffer; valid: number }> {
  const piva = (serial: number) => {
    const first = `${String(serial).padStart(7, '0')}048`;
    return first + computePartitaIvaCheckDigit(first);
  };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Aziende');
  sheet.addRow(['RAGIONE SOCIALE', 'P.IVA', 'CODICE ATECO', 'SEDE', 'REFERENTE', 'TELEFONO', 'PEC']);
  sheet.addRow(['Trafilerie Valdarno S.r.l.', piva(1234567), '25.93.10', 'Montevarchi', 'Anna Neri', '055 123456', 'trafilerie@example.it']);
  sheet.addRow(['Meccanica Incisa S.p.A.', piva(2345678), '28.41.00', 'Figline e Incisa Valdarno', 'Paolo Sarti', '055 654321', 'personale@example.it']);
  sheet.addRow(['Logistica Arno', piva(3456789), '52.10.00', 'San Giovanni Valdarno', '', '', '']);
  sheet.addRow(['Partita sbagliata S.r.l.', piva(4567890).slice(0, 10) + '9', '25.11.00', 'Arezzo', '', '', '']);
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), valid: 3 };
}
