// The report as XLSX and CSV sheets labelled with the report's own codes (table id, row key,
// column id). TEMPORARY: the app's labelled sheets (renderer/reports/reportSheets.ts) and file
// writers (exportFiles.ts) are to move to shared/reports (see the CLI README); then this file
// becomes one call to them and the CLI's files match the app's export cell for cell.
import type { MonitoringReport } from '../../shared/reports/types';

export type CodeValue = string | number | null;

export interface CodeSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CodeValue[])[];
}

/** A notes sheet (programme, period, view), then one sheet per table; suppressed cells are empty. */
export function codeSheets(report: MonitoringReport): CodeSheet[] {
  const notes: CodeSheet = {
    name: 'notes',
    header: ['key', 'value'],
    rows: [
      ['programme', report.programmeName],
      ['from', report.period.start],
      ['to', report.period.end],
      ['view', report.view],
      ...(report.view === 'external' ? [['threshold', report.threshold ?? 3] as const] : []),
    ],
  };
  const tables = report.tables.map((table): CodeSheet => ({
    // Table ids are at most 21 characters: valid, unique Excel sheet names.
    name: table.id,
    header: ['key', ...table.columns.map((column) => column.id)],
    rows: [...table.rows, ...(table.total ? [table.total] : [])].map((row) => [row.key, ...row.cells.map((cell) => (cell.suppressed ? null : cell.value))]),
  }));
  return [notes, ...tables];
}

export async function codeSheetsXlsx(sheets: readonly CodeSheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pco';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...sheet.header]).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow([...row]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** For Italian Excel: UTF-8 with BOM, semicolons, decimal commas; sheets one after the other. */
export function codeSheetsCsv(sheets: readonly CodeSheet[]): Uint8Array {
  const cell = (value: CodeValue): string => {
    if (value === null) return '';
    const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = sheets.flatMap((sheet) => [cell(sheet.name), sheet.header.map(cell).join(';'), ...sheet.rows.map((row) => row.map(cell).join(';')), '']);
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}`);
}
