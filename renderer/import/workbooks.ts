// The workbooks the import hands out: the template (the columns with their Italian headers and an
// example row) and the rejected rows with an error column, to fix and import again. Written with
// exceljs, every cell a string (never a formula; codes keep their leading zeros), and every text that
// a spreadsheet would run as a formula behind an apostrophe (shared/security/spreadsheet.ts), which
// the import takes off again when the file comes back. Headers are the file's own, so the
// corrected file maps the same.
import type { SourceRow } from '../../shared/import/preview';
import type { SheetColumn, ColumnTarget } from '../../shared/import/headers';
import type { FieldDefinition } from '../../shared/import/sheetRows';
import { neutraliseFormula } from '../../shared/security/spreadsheet';

export interface Table {
  readonly sheetName: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export async function tableWorkbook(table: Table, creator: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const write = (values: readonly string[], bold = false) => {
    const row = sheet.addRow([]);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.value = neutraliseFormula(value); // a string: exceljs writes it as text, never as a formula
      cell.numFmt = '@';
    });
    if (bold) row.font = { bold: true };
  };
  write(table.header, true);
  for (const row of table.rows) write(row);
  table.header.forEach((heading, index) => {
    const longest = Math.max(heading.length, ...table.rows.slice(0, 200).map((row) => (row[index] ?? '').length));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The template: each field's first (Italian) header, and the example row. */
export function templateTable<F extends string>(sheetName: string, fields: readonly FieldDefinition<F>[], example: Readonly<Partial<Record<F, string>>>): Table {
  return { sheetName, header: fields.map((field) => field.headers[0] ?? field.field), rows: [fields.map((field) => example[field.field] ?? '')] };
}

export interface RejectedRow<F extends string> extends SourceRow<F> {
  /** Every problem as a sentence, in the interface language. */
  readonly errors: string;
}

export interface RejectedLabels {
  readonly sheetName: string;
  readonly row: string;
  readonly notes: string;
  readonly errors: string;
}

/** The rejected rows as they stand after the preview's edits, under the file's own headers. */
export function rejectedTable<F extends string>(columns: readonly SheetColumn[], mapping: readonly ColumnTarget<F>[], rows: readonly RejectedRow<F>[], labels: RejectedLabels): Table {
  const mapped = columns.flatMap((column, position) => {
    const target = mapping[position];
    return target && target !== 'ignore' && target !== 'notes' ? [{ label: column.label, field: target }] : [];
  });
  const withNotes = rows.some((row) => row.notes !== '');
  return {
    sheetName: labels.sheetName,
    header: [labels.row, ...mapped.map((column) => column.label), ...(withNotes ? [labels.notes] : []), labels.errors],
    rows: rows.map((row) => [String(row.rowNumber), ...mapped.map((column) => row.cells[column.field] ?? ''), ...(withNotes ? [row.notes] : []), row.errors]),
  };
}
