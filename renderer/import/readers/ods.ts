// ODS (LibreOffice Calc, OpenDocument): the content.xml of the zip, read as a stream of XML events
// (saxes) rather than a tree, since a sheet of 30,000 rows is tens of megabytes of XML. Repeated
// rows and cells (table:number-rows-repeated, table:number-columns-repeated) are expanded only
// up to the last one that holds something: a sheet that ends with a million empty rows stays small.
// Covered cells (the second and later cells of a merge) are empty, as in the XLSX reader.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Cell, SheetData } from '../../../shared/import/cells';
import { NotASpreadsheetError } from '../errors';


const count = (tag: SaxesTagPlain, name: string): number => Math.max(1, Math.min(Number(tag.attributes[name] ?? 1) || 1, 1_048_576));

function typedValue(tag: SaxesTagPlain): Cell | undefined {
  const attributes = tag.attributes;
  switch (attributes['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency':
      return Number(attributes['office:value']);
    case 'date': {
      const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(attributes['office:date-value'] ?? '');
      return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : null;
    }
    case 'boolean':
      return attributes['office:boolean-value'] === 'true';
    default:
      return undefined; // text: read from its paragraphs
  }
}

export function readOds(bytes: Uint8Array): SheetData[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' });
  } catch {
    throw new NotASpreadsheetError();
  }
  const content = entries['content.xml'];
  if (!content) throw new NotASpreadsheetError();

  const sheets: SheetData[] = [];
  let rows: Cell[][] = [];
  let sheetName = '';
  let pendingEmptyRows = 0;
  let row: Cell[] = [];
  let pendingEmptyCells = 0;
  let rowRepeat = 1;
  let cellRepeat = 1;
  let cellValue: Cell | undefined;
  let text: string[] | undefined;
  let paragraphs = 0;

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    switch (tag.name) {
      case 'table:table':
        sheetName = tag.attributes['table:name'] ?? `Foglio ${sheets.length + 1}`;
        rows = [];
        pendingEmptyRows = 0;
        break;
      case 'table:table-row':
        row = [];
        pendingEmptyCells = 0;
        rowRepeat = count(tag, 'table:number-rows-repeated');
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        cellRepeat = count(tag, 'table:number-columns-repeated');
        cellValue = tag.name === 'table:covered-table-cell' ? null : typedValue(tag);
        text = cellValue === undefined ? [] : undefined;
        paragraphs = 0;
        break;
      case 'text:p':
        if (text && paragraphs++ > 0) text.push('\n');
        break;
      case 'text:s':
        text?.push(' '.repeat(count(tag, 'text:c')));
        break;
      case 'text:tab':
        text?.push('\t');
        break;
      case 'text:line-break':
        text?.push('\n');
        break;
    }
  });
  parser.on('text', (value) => text?.push(value));
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        const value: Cell = cellValue ?? (text && text.length > 0 ? text.join('') : null);
        if (value === null || value === '') pendingEmptyCells += cellRepeat;
        else {
          for (; pendingEmptyCells > 0; pendingEmptyCells--) row.push(null);
          for (let i = 0; i < cellRepeat; i++) row.push(value);
        }
        text = undefined;
        break;
      }
      case 'table:table-row':
        if (row.length === 0) pendingEmptyRows += rowRepeat;
        else {
          for (; pendingEmptyRows > 0; pendingEmptyRows--) rows.push([]);
          for (let i = 0; i < rowRepeat; i++) rows.push(row);
        }
        break;
      case 'table:table':
        sheets.push({ name: sheetName, rows });
        break;
    }
  });
  try {
    parser.write(strFromU8(content)).close();
  } catch {
    throw new NotASpreadsheetError();
  }
  return sheets;
}
