// What a spreadsheet reader hands over: sheets of rows of cells, whatever the file format was.
// Readers (renderer/import) give dates as Date at UTC midnight, numbers as numbers, text as text.
import { excelSerialToIso, utcDayIso } from '../time/dates';
import { repairMojibake } from './textEncoding';
import { restoreNeutralised } from '../security/spreadsheet';

export type Cell = string | number | boolean | Date | null;

export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** A number as a person would have typed it: whole numbers without exponent or separators (a CAP, a phone number). */
function numberText(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  return String(value).replace('.', ',');
}

/** The text of a cell as shown in the preview and edited there; dates as dd/mm/yyyy. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return restoreNeutralised(repairMojibake(cell.replace(/\s+/g, ' ').trim()));
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'SI' : 'NO';
  const iso = utcDayIso(cell);
  return iso ? isoAsTyped(iso) : '';
}

/**
 * The text of a cell that holds a date: a date cell or an Excel serial number becomes dd/mm/yyyy
 * (a day that does not exist keeps its digits: 29/02/1900); any text stays as it was typed.
 */
export function dateCellText(cell: Cell | undefined): string {
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? isoAsTyped(iso) : cellText(cell);
  }
  return cellText(cell);
}

/** `2019-02-31` → `31/02/2019`, without checking that the day exists. */
export function isoAsTyped(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export const isBlankRow = (row: readonly Cell[]): boolean => row.every((cell) => cellText(cell) === '');
