// XLSX (Excel, LibreOffice, payroll exports), read as a stream of XML events (saxes) from its zip
// (fflate), as the ODS reader does, rather than through exceljs: loading a 30,000-row workbook
// whole took exceljs several hundred megabytes of the Web Worker's memory. Every sheet in the
// workbook's order, each row at the index of its number and each cell at its column: shared and
// inline strings (rich text joined), numbers, booleans, a formula's last value, and numbers whose
// format is a date as a Date (UTC midnight). The later cells of a merge hold nothing, as in the file.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { Cell, SheetData } from '../../../shared/import/cells';
import { excelSerialToIso } from '../../../shared/time/dates';
import { NotASpreadsheetError } from '../errors';

/** Built-in number formats that are dates (ECMA-376, 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom format is a date when it has d, m or y outside quotes, brackets and escapes. */
const isDateFormat = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

function parse(xml: string, on: { open?: (name: string, attributes: Record<string, string>) => void; text?: (text: string) => void; close?: (name: string) => void }): void {
  const parser = new SaxesParser();
  if (on.open) {
    const open = on.open;
    parser.on('opentag', (tag) => open(tag.name, tag.attributes as Record<string, string>));
  }
  if (on.text) parser.on('text', on.text);
  if (on.close) {
    const close = on.close;
    parser.on('closetag', (tag) => close(tag.name));
  }
  parser.write(xml).close();
}

function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string[] | undefined;
  let inText = false;
  let inPhonetic = false;
  parse(xml, {
    open: (name) => {
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    text: (text) => {
      if (inText) current?.push(text);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(current?.join('') ?? '');
    },
  });
  return strings;
}

/** For each cell style index, whether its number format is a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parse(xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** The sheets in the workbook's order: their names and the zip entries holding them. */
function sheetEntries(workbook: string, relations: string | undefined): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  if (relations) parse(relations, { open: (name, attributes) => name === 'Relationship' && attributes.Id && attributes.Target && targets.set(attributes.Id, attributes.Target) });
  const sheets: { name: string; path: string }[] = [];
  parse(workbook, {
    open: (name, attributes) => {
      if (name !== 'sheet') return;
      const target = targets.get(attributes['r:id'] ?? '') ?? `worksheets/sheet${sheets.length + 1}.xml`;
      sheets.push({ name: attributes.name ?? `Foglio ${sheets.length + 1}`, path: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
    },
  });
  return sheets;
}

/** `BC12` → column 54 (0-based: 54), row 11 (0-based). */
function position(reference: string): { column: number; row: number } {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return { column: column - 1, row: Number(reference.slice(index)) - 1 };
}

function readSheet(xml: string, strings: readonly string[], dates: readonly boolean[]): Cell[][] {
  const rows: Cell[][] = [];
  let rowIndex = -1;
  let columnIndex = -1;
  let type = 'n';
  let style = 0;
  let text: string[] | undefined;
  let inline = false;
  parse(xml, {
    open: (name, attributes) => {
      if (name === 'row') {
        rowIndex = attributes.r ? Number(attributes.r) - 1 : rowIndex + 1;
        columnIndex = -1;
      } else if (name === 'c') {
        const at = attributes.r ? position(attributes.r) : { column: columnIndex + 1, row: rowIndex };
        columnIndex = at.column;
        rowIndex = at.row;
        type = attributes.t ?? 'n';
        style = Number(attributes.s ?? 0);
        text = undefined;
        inline = false;
      } else if (name === 'v') text = [];
      else if (name === 'is') inline = true;
      else if (name === 't' && inline) text = [];
    },
    text: (value) => text?.push(value),
    close: (name) => {
      if (name !== 'c' || text === undefined) return;
      const raw = text.join('');
      let cell: Cell;
      if (type === 's') cell = strings[Number(raw)] ?? '';
      else if (type === 'inlineStr' || type === 'str') cell = raw;
      else if (type === 'b') cell = raw === '1';
      else if (type === 'e') cell = null;
      else {
        const number = Number(raw);
        const iso = dates[style] ? excelSerialToIso(number) : undefined;
        cell = iso && iso !== '1900-02-29' ? new Date(`${iso}T00:00:00Z`) : number;
      }
      const row = (rows[rowIndex] ??= []);
      row[columnIndex] = cell;
    },
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}

export function readXlsx(bytes: Uint8Array, onProgress: (share: number) => void = () => {}): SheetData[] {
  let files: Map<string, Uint8Array>;
  try {
    files = new Map(Object.entries(unzipSync(bytes, { filter: (file) => (file.name.startsWith('xl/') && file.name.endsWith('.xml')) || file.name.endsWith('.rels') })));
  } catch {
    throw new NotASpreadsheetError();
  }
  const text = (path: string) => {
    const entry = files.get(path);
    return entry && strFromU8(entry);
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new NotASpreadsheetError();
  try {
    const strings = sharedStrings(text('xl/sharedStrings.xml'));
    const dates = dateStyles(text('xl/styles.xml'));
    const entries = sheetEntries(workbook, text('xl/_rels/workbook.xml.rels'));
    return entries.map((entry, index) => {
      const xml = text(entry.path) ?? '';
      files.delete(entry.path); // each sheet's bytes go once read
      const rows = readSheet(xml, strings, dates);
      onProgress((index + 1) / entries.length);
      return { name: entry.name, rows };
    });
  } catch {
    throw new NotASpreadsheetError();
  }
}
