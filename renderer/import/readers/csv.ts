// CSV (and tab-separated text) from any spreadsheet or payroll system: the encoding told from the
// bytes (shared/import/textEncoding.ts), the delimiter guessed by papaparse among , ; tab and |.
import Papa from 'papaparse';
import type { SheetData } from '../../../shared/import/cells';
import { decodeText, type TextEncodingName } from '../../../shared/import/textEncoding';

export interface CsvSheet extends SheetData {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
}

export function readCsv(bytes: Uint8Array, name: string): CsvSheet {
  const { text, encoding } = decodeText(bytes);
  // The delimiter is guessed on the first lines without blank ones (they would spoil the guess); the
  // whole text is then read with its blank lines, so that rows keep the numbers the file gives them.
  const { delimiter } = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: 'greedy', preview: 50 }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return { name, rows: parsed.data, encoding, delimiter };
}
