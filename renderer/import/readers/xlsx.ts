// XLSX (Excel, LibreOffice, payroll exports) with exceljs: every sheet, each row at the index of its
// number, each cell as the value it shows: a formula's last result, rich text as its text, a
// hyperlink as its text, a date cell as a Date. The second and later cells of a merge are empty,
// as the file has them, so a group header counts once (shared/import/headers.ts).
import type { Cell as ExcelCell, CellValue } from 'exceljs';
import type { Cell, SheetData } from '../../../shared/import/cells';

function valueOf(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return value.result === undefined || typeof value.result === 'object' ? (value.result instanceof Date ? value.result : null) : value.result;
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null; // an error value (#N/A, #REF!…)
}

function cellOf(cell: ExcelCell): Cell {
  return cell.isMerged && cell.master !== cell ? null : valueOf(cell.value);
}

export async function readXlsx(bytes: Uint8Array, onProgress: (share: number) => void = () => {}): Promise<SheetData[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // exceljs's types ask for a Node Buffer; in the browser it takes any ArrayBuffer.
  await workbook.xlsx.load(bytes.slice().buffer as unknown as ArrayBuffer);
  onProgress(0.8);
  return workbook.worksheets.map((worksheet) => {
    const rows: Cell[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellOf(cell);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    return { name: worksheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}
