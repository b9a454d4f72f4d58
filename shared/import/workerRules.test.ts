import { describe, expect, it } from 'vitest';
import { computeCodiceFiscale, omocodicVariants } from '../validation/codiceFiscale';
import { readMessage } from '../domain/messages';
import { countFates, readRow, settle, type Existing, type SourceRow } from './preview';
import { workerRules } from './workerRules';
import type { WorkerImportField } from './workerFields';
import type { Worker } from '../domain/worker';

const rules = workerRules({ closedOn: '2019-01-01' });
const person = { surname: 'Bianchi', name: 'Lucia', birthDate: '1975-04-12', sex: 'F' as const, birthplaceCode: 'D612' };
const CF = computeCodiceFiscale(person);

let nextRow = 2;
function source(cells: Partial<Record<WorkerImportField, string>>, notes = ''): SourceRow<WorkerImportField> {
  return { rowNumber: nextRow++, cells: { surname: 'BIANCHI', name: 'LUCIA', codiceFiscale: CF, residence: 'Figline e Incisa Valdarno', formerRole: 'Trafilatore', ...cells }, notes };
}

const problemsOf = (cells: Partial<Record<WorkerImportField, string>>) => rules.read(source(cells).cells, '').problems.map((p) => ({ field: p.field, ...readMessage(p.message) }));

describe('a worker row', () => {
  it('reads a complete row, taking what the codice fiscale says when the row leaves it out', () => {
    const reading = rules.read(source({ address: 'Via Roma 1', postcode: '50063', phone: '333 1234567', email: 'Lucia@Example.it', hireDate: '01/03/2001', education: 'Diploma', level: '3' }).cells, 'Badge: 12');
    expect(reading.problems).toEqual([]);
    expect(reading.value).toMatchObject({
      birthDate: '1975-04-12',
      sex: 'F',
      birthplaceCode: 'D612',
      residenceCode: 'M321',
      address: 'Via Roma 1, 50063',
      email: 'lucia@example.it',
      yearsAtPlant: 17,
      educationLevel: 'upper_secondary',
      notes: 'Livello: 3\nBadge: 12',
    });
  });

  it('names the reason of an invalid codice fiscale, and the right check character', () => {
    const wrongCheck = CF.slice(0, 15) + (CF.endsWith('A') ? 'B' : 'A');
    expect(problemsOf({ codiceFiscale: wrongCheck })).toEqual([{ field: 'codiceFiscale', key: 'import.problem.cfCheckChar', values: { expected: CF.charAt(15) } }]);
    expect(problemsOf({ codiceFiscale: 'BNCLCU75' })).toEqual([{ field: 'codiceFiscale', key: 'cf.length', values: {} }]);
    expect(problemsOf({ codiceFiscale: '' })).toEqual([{ field: 'codiceFiscale', key: 'validation.required', values: {} }]);
  });

  it('says where the row contradicts its codice fiscale', () => {
    expect(problemsOf({ birthDate: '13/04/1975', sex: 'M', birthplace: 'Arezzo', surname: 'Rossi' })).toEqual([
      { field: 'surname', key: 'import.problem.cfSurname', values: { letters: 'BNC' } },
      { field: 'birthDate', key: 'import.problem.cfBirthDate', values: { date: '12/04/1975' } },
      { field: 'sex', key: 'import.problem.cfSex', values: { sex: 'F' } },
      { field: 'birthplace', key: 'import.problem.cfBirthplace', values: { place: 'Firenze (FI)' } },
    ]);
    expect(problemsOf({ birthDate: '12/04/1975', sex: 'femmina', birthplace: 'FIRENZE' })).toEqual([]);
  });

  it('reads dates as serial numbers, dd/mm/yyyy and ISO, and names a day that does not exist', () => {
    expect(rules.read(source({ birthDate: '27496' }).cells, '').value?.birthDate).toBe('1975-04-12');
    expect(rules.read(source({ birthDate: '1975-04-12' }).cells, '').value?.birthDate).toBe('1975-04-12');
    expect(rules.read(source({ birthDate: '12.4.75' }).cells, '').value?.birthDate).toBe('1975-04-12');
    expect(problemsOf({ hireDate: '31/02/2019' })).toEqual([{ field: 'hireDate', key: 'validation.noSuchDay', values: { date: '31/02/2019', month: { month: '2019-02' }, days: 28 } }]);
    expect(problemsOf({ hireDate: 'marzo' })).toEqual([{ field: 'hireDate', key: 'validation.date', values: {} }]);
  });

  it('names an unknown comune, one of several provinces, a bad phone, email, sex or education', () => {
    expect(problemsOf({ residence: 'Fighine' })).toEqual([{ field: 'residence', key: 'import.problem.unknownComune', values: { value: 'Fighine' } }]);
    expect(problemsOf({ residence: 'Samone' })).toEqual([{ field: 'residence', key: 'import.problem.ambiguousComune', values: { value: 'Samone', provinces: 'TN, TO' } }]);
    expect(problemsOf({ residence: 'Samone (TO)' })).toEqual([]);
    expect(problemsOf({ phone: 'chiamare la sera' })).toEqual([{ field: 'phone', key: 'validation.phone', values: {} }]);
    expect(problemsOf({ email: 'lucia@' })).toEqual([{ field: 'email', key: 'validation.email', values: {} }]);
    expect(problemsOf({ sex: 'X' })).toEqual([{ field: 'sex', key: 'import.problem.sex', values: { value: 'X' } }]);
    expect(problemsOf({ education: 'autodidatta' })).toEqual([{ field: 'education', key: 'import.problem.education', values: { value: 'autodidatta' } }]);
    expect(problemsOf({ formerRole: '' })).toEqual([{ field: 'formerRole', key: 'validation.required', values: {} }]);
  });
});

describe('the fate of each row', () => {
  const options = { updateExisting: true };
  const read = (rows: SourceRow<WorkerImportField>[]) => rows.map((row) => readRow(rules, row));

  it('rejects a second row of the same person, omocodic spelling included, and keeps the first', () => {
    const variant = omocodicVariants(CF)[5] ?? '';
    const rows = read([source({}), source({ codiceFiscale: variant }), source({ codiceFiscale: computeCodiceFiscale({ ...person, name: 'Anna' }), name: 'Anna' })]);
    const settled = settle(rules, rows, new Map(), options);
    expect(settled.map((row) => row.fate)).toEqual(['new', 'rejected', 'new']);
    expect(readMessage(settled[1]?.problems[0]?.message ?? '')).toEqual({ key: 'import.problem.duplicate', values: { row: settled[0]?.rowNumber } });
    // Excluding the first row lets the second stand.
    const excluded = settle(rules, [{ ...rows[0]!, excluded: true }, ...rows.slice(1)], new Map(), options);
    expect(excluded.map((row) => row.fate)).toEqual(['excluded', 'new', 'new']);
  });

  it('updates a file already held field by field, or skips it; the same row again changes nothing', () => {
    const reading = rules.read(source({ phone: '333 1234567' }).cells, '');
    const value = reading.value!;
    const held: Partial<Worker> = { ...value, surname: 'Bianchi', phone: '055 000000' };
    const existing = new Map<string, Existing<Partial<Worker>>>([[reading.key!, { id: 'w1', data: held }]]);
    const rows = read([source({ phone: '333 1234567' })]);
    const updated = settle(rules, rows, existing, options);
    expect(updated[0]).toMatchObject({ fate: 'update', existingId: 'w1', changes: [{ field: 'phone', before: '055 000000', after: '333 1234567' }] });
    expect(settle(rules, rows, existing, { updateExisting: false })[0]?.fate).toBe('skip');
    const same = new Map([[reading.key!, { id: 'w1', data: { ...held, phone: '333 1234567' } }]]);
    expect(countFates(settle(rules, rows, same, options))).toMatchObject({ unchanged: 1, new: 0, update: 0 });
  });
});
