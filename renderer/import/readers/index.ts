// A spreadsheet file to sheets of cells, whatever its format: told by its first bytes (a zip is
// XLSX or ODS, anything else is read as delimited text), not by its name.
import type { SheetData } from '../../../shared/import/cells';
import { readCsv } from './csv';
import { readOds } from './ods';
import { NotASpreadsheetError } from '../errors';
import { readXlsx } from './xlsx';

export { NotASpreadsheetError } from '../errors';

export interface ReadWorkbook {
  readonly sheets: readonly SheetData[];
  readonly format: 'xlsx' | 'ods' | 'csv';
  /** The text encoding of a CSV file. */
  readonly encoding?: string;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
/** The first entry of an OpenDocument zip is its `mimetype`, stored uncompressed. */
const isOpenDocument = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(30, 90)).includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');

export async function readWorkbook(bytes: Uint8Array, fileName: string, onProgress: (share: number) => void = () => {}): Promise<ReadWorkbook> {
  if (isZip(bytes)) {
    if (isOpenDocument(bytes)) return { sheets: readOds(bytes), format: 'ods' };
    return { sheets: readXlsx(bytes, onProgress), format: 'xlsx' };
  }
  if (bytes.subarray(0, 8).every((byte, index) => byte === [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][index])) throw new NotASpreadsheetError('xls');
  const sheet = readCsv(bytes, fileName.replace(/\.[^.]+$/, ''));
  return { sheets: [sheet], format: 'csv', encoding: sheet.encoding };
}
