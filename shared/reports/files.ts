// The report as files: XLSX (exceljs, loaded only when asked: one sheet per table, header frozen,
// widths set, numbers and dates as real values, texts as strings, never formulas) and CSV for
// Italian Excel (UTF-8 with BOM, semicolons, decimal commas, dd/mm/yyyy dates, texts that would run
// as formulas behind an apostrophe). Not csv-stringify, which does the apostrophe too: its core
// reads Node's Buffer when loaded, and this runs in the browser and its Web Worker.
import { utf8Encode } from '../crypto/encoding';
import { neutraliseFormula } from '../security/spreadsheet';
import { csvDate, type Sheet, type SheetValue } from './reportSheets';

function width(values: readonly SheetValue[]): number {
  const longest = Math.max(...values.map((value) => (value instanceof Date ? 10 : value === null ? 0 : String(value).length)));
  return Math.min(60, Math.max(10, longest + 2));
}

export async function xlsxBytes(sheets: readonly Sheet[], creator: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row);
      // Per cell, not per column: a date column may hold a number too (the notes' threshold),
      // which a column-wide date format would show as a day of 1900.
      for (const index of sheet.dateColumns ?? []) if (row[index] instanceof Date) added.getCell(index + 1).numFmt = 'dd/mm/yyyy';
    }
    sheet.header.forEach((heading, index) => {
      worksheet.getColumn(index + 1).width = width([heading, ...sheet.rows.map((row) => row[index] ?? null)]);
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function csvCell(value: SheetValue): string {
  if (value === null) return '';
  const text = value instanceof Date ? csvDate(value) : typeof value === 'number' ? String(value).replace('.', ',') : neutraliseFormula(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every sheet one after the other: its title, header and rows, then an empty line. */
export function csvBytes(sheets: readonly Sheet[]): Uint8Array<ArrayBuffer> {
  const lines: string[] = [];
  for (const sheet of sheets) {
    lines.push(csvCell(sheet.title), sheet.header.map(csvCell).join(';'), ...sheet.rows.map((row) => row.map(csvCell).join(';')), '');
  }
  // A copy backed by a plain ArrayBuffer, as Blob and file writers want it.
  return new Uint8Array(utf8Encode(`\uFEFF${lines.join('\r\n')}`));
}
