// The template and the rejected rows, read back by another library (read-excel-file) and unzipped:
// every cell a string, no formula anywhere, and the rejected file imports again as it was.
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { WORKER_FIELD_DEFINITIONS, type WorkerImportField } from '../../shared/import/workerFields';
import { findLayout, headerMatcher, autoMapping } from '../../shared/import/headers';
import { sourceRows } from '../../shared/import/sheetRows';
import { rejectedTable, tableWorkbook, templateTable } from './workbooks';
import { readWorkbook } from './readers';

function formulas(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  return Object.entries(files).filter(([name, content]) => name.startsWith('xl/worksheets/') && /<f[ >]/.test(strFromU8(content))).map(([name]) => name);
}

describe('import workbooks', () => {
  it('writes the template with every column and an example row, as strings', async () => {
    const bytes = await tableWorkbook(templateTable('Lavoratori', WORKER_FIELD_DEFINITIONS, { surname: 'ROSSI', postcode: '00100', phone: '+39 333 1234567' }), 'PCO');
    const [{ data: rows = [] } = { data: [] }] = await readXlsxFile(Buffer.from(bytes));
    expect(rows[0]).toEqual(WORKER_FIELD_DEFINITIONS.map((field) => field.headers[0]));
    expect(rows[1]?.[0]).toBe('ROSSI');
    expect(rows[1]?.[WORKER_FIELD_DEFINITIONS.findIndex((field) => field.field === 'postcode')]).toBe('00100');
    expect(formulas(bytes)).toEqual([]);
  });

  it('writes the rejected rows with their errors, formulas kept as text, and reads them back as they were', async () => {
    const columns = [
      { index: 0, label: 'COGNOME', key: 'cognome' },
      { index: 1, label: 'TELEFONO', key: 'telefono' },
      { index: 2, label: 'COLORE', key: 'colore' },
    ];
    const mapping = ['surname', 'phone', 'notes'] as const;
    const rows = [{ rowNumber: 7, cells: { surname: '=HYPERLINK("http://x","y")', phone: '+39 333' } as Partial<Record<WorkerImportField, string>>, notes: 'COLORE: blu', errors: 'Codice fiscale: campo obbligatorio.' }];
    const bytes = await tableWorkbook(rejectedTable(columns, [...mapping], rows, { sheetName: 'Righe scartate', row: 'Riga', notes: 'Note', errors: 'Errori' }), 'PCO');
    expect(formulas(bytes)).toEqual([]);
    const [read] = await readXlsxFile(Buffer.from(bytes));
    expect(read?.sheet).toBe('Righe scartate');
    expect(read?.data).toEqual([
      ['Riga', 'COGNOME', 'TELEFONO', 'Note', 'Errori'],
      ['7', '\'=HYPERLINK("http://x","y")', "'+39 333", 'COLORE: blu', 'Codice fiscale: campo obbligatorio.'],
    ]);
    const again = await readWorkbook(bytes, 'righe-scartate.xlsx');
    const sheet = again.sheets[0]!;
    const matcher = headerMatcher(WORKER_FIELD_DEFINITIONS);
    const layout = findLayout(sheet.rows, matcher);
    const [row] = sourceRows(sheet, layout, autoMapping(layout.columns, matcher), WORKER_FIELD_DEFINITIONS);
    expect(row?.cells).toMatchObject({ surname: '=HYPERLINK("http://x","y")', phone: '+39 333' });
  });
});
