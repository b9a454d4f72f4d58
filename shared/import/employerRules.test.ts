import { describe, expect, it } from 'vitest';
import { readMessage } from '../domain/messages';
import { computePartitaIvaCheckDigit } from '../validation/partitaIva';
import { employerRules, type EmployerImportField } from './employerRules';
import { readRow, settle } from './preview';

const rules = employerRules();
const PIVA = `0123456${'001'}` + computePartitaIvaCheckDigit('0123456001');
const cells = (extra: Partial<Record<EmployerImportField, string>> = {}) => ({ legalName: 'Trafilerie Valdarno S.r.l.', partitaIva: PIVA, atecoCode: '25.93.10', comune: 'Montevarchi', ...extra });
const problems = (extra: Partial<Record<EmployerImportField, string>>) => rules.read(cells(extra), '').problems.map((p) => ({ field: p.field, ...readMessage(p.message) }));

describe('an employer row', () => {
  it('reads the partita IVA (a number cell that lost its leading zero too), the ATECO code and its section', () => {
    const reading = rules.read(cells({ partitaIva: PIVA.slice(1), atecoCode: 'C 259310', atecoVersion: 'ATECO 2007', phone: '055 123456' }), '');
    expect(reading.problems).toEqual([]);
    expect(reading.value).toMatchObject({ partitaIva: PIVA, ateco: { code: '25.93.10', section: 'C', version: '2007' }, comuneCode: 'F656', phone: '055 123456' });
  });

  it('names a wrong check digit, an unknown ATECO code or version and missing columns', () => {
    const wrong = PIVA.slice(0, 10) + String((Number(PIVA.charAt(10)) + 1) % 10);
    expect(problems({ partitaIva: wrong })).toEqual([{ field: 'partitaIva', key: 'import.problem.partitaIva.checkDigit', values: {} }]);
    expect(problems({ atecoCode: '45.20' })).toEqual([{ field: 'atecoCode', key: 'import.problem.ateco', values: { value: '45.20', version: '2025' } }]);
    expect(problems({ atecoVersion: '2002' })).toEqual([{ field: 'atecoVersion', key: 'import.problem.atecoVersion', values: { value: '2002' } }]);
    expect(problems({ legalName: '', comune: '' }).map((p) => p.field)).toEqual(['legalName', 'comune']);
  });

  it('takes a second row with the same partita IVA for a duplicate', () => {
    const rows = [cells(), cells({ legalName: 'Altro nome' })].map((c, i) => readRow(rules, { rowNumber: i + 2, cells: c, notes: '' }));
    expect(settle(rules, rows, new Map(), { updateExisting: true }).map((row) => row.fate)).toEqual(['new', 'rejected']);
  });
});
