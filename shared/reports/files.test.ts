// Spreadsheet formula injection (CSV injection): names, roles and other free text typed into the
// app reach the report's sheets. In a CSV, a text cell that a spreadsheet would read as a formula
// gets a leading apostrophe (OWASP's rule); numbers stay numbers, negative ones included. In an
// XLSX every text cell stays a string and no cell is ever a formula.
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { formulaCells, xlsxParts } from '../../test/unit/xlsxParts';
import { reportTranslate } from '../i18n/reportTexts';
import { csvBytes, xlsxBytes } from './files';
import { reportNames } from './names';
import { computeMonitoringReport } from './report';
import { reportSheets, type Sheet } from './reportSheets';
import { pseudonymise } from './suppression';
import { MARCH, marchInput } from './testing';

const PAYLOADS = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(1)', '\t=1+1', '\r=1+1'];
const DANGEROUS = /^[=+\-@\t\r]/;

/** A CSV's cells, unquoted (semicolons, double quotes doubled, CRLF between records). */
function csvCells(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';' || (ch === '\r' && text[i + 1] === '\n')) {
      cells.push(cell);
      cell = '';
      if (ch === '\r') i += 1;
    } else cell += ch;
  }
  return [...cells, cell];
}

/** The March programme with formula payloads for every name and free text that reaches a sheet. */
function hostileInput() {
  const input = marchInput();
  const pick = (i: number) => PAYLOADS[i % PAYLOADS.length] ?? '';
  return {
    ...input,
    programme: { ...input.programme, name: '=cmd|"/c calc"!A1' },
    // Three workers share the role, so it stays a named row in the external view too.
    workers: input.workers.map((w, i) => ({ ...w, data: { ...w.data, surname: pick(i), name: pick(i + 1), formerRole: w.data.formerRole === 'Operaio trafilatura' ? '@SUM(1)' : w.data.formerRole } })),
    employers: input.employers.map((e, i) => ({ ...e, data: { ...e.data, legalName: pick(i + 2) } })),
  };
}

const input = hostileInput();
const internal = computeMonitoringReport(input, MARCH);
const t = reportTranslate('it');
const data = reportNames(input, new Map([['c1', '-Anna'], ['c2', '+Bruno']]));
const views = [reportSheets(internal, t, data), reportSheets(pseudonymise(internal, 3), t)];

describe('CSV: formula injection', () => {
  it('prefixes an apostrophe to a text cell a spreadsheet would take for a formula, and to nothing else', () => {
    const sheet: Sheet = { name: 'x', title: 'x', header: ['=a', 'b'], rows: [[...PAYLOADS, '＝1+1', 'ok', "'quoted", -2.5, -3, 0, null, new Date('2019-03-01T00:00:00Z')]] };
    const cells = csvCells(csvBytes([sheet]));
    expect(cells.slice(0, 2)).toEqual(['x', "'=a"]);
    expect(cells.slice(3, 3 + PAYLOADS.length + 8)).toEqual([...PAYLOADS.map((p) => `'${p}`), "'＝1+1", 'ok', "'quoted", '-2,5', '-3', '0', '', '01/03/2019']);
  });

  it('leaves no cell of the report that begins like a formula, in either view, unless it is a number', () => {
    for (const sheets of views) {
      const cells = csvCells(csvBytes(sheets));
      const risky = cells.filter((cell) => DANGEROUS.test(cell) && !/^-\d+(,\d+)?$/.test(cell));
      expect(risky).toEqual([]);
    }
    const cells = csvCells(csvBytes(views[0] ?? []));
    // Every payload reached the internal CSV (worker, employer, counselor, role, programme), and
    // those that begin a cell begin it behind the apostrophe.
    for (const payload of [...PAYLOADS, '-Anna', '+Bruno', '=cmd|"/c calc"!A1']) expect(cells.some((cell) => cell.includes(payload)), payload).toBe(true);
    for (const payload of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(1)', '\t=1+1', '-Anna', '+Bruno']) expect(cells.some((cell) => cell.startsWith(`'${payload}`)), payload).toBe(true);
  });
});

describe('XLSX: text stays text', () => {
  it('has no formula in any cell, and the names read back exactly as typed, as strings', async () => {
    for (const sheets of views) {
      const bytes = await xlsxBytes(sheets, '=creator');
      expect(formulaCells(bytes)).toEqual([]);
      expect([...xlsxParts(bytes).keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).length).toBe(sheets.length);
    }
    const workbook = await readXlsxFile(Buffer.from(await xlsxBytes(views[0] ?? [], 'test')));
    const texts = workbook.flatMap((sheet) => sheet.data.flat()).filter((cell): cell is string => typeof cell === 'string');
    for (const payload of ['=HYPERLINK("http://x","y") +1+1', '@SUM(1)', '-2+3 @SUM(1)']) expect(texts).toContain(payload);
  });
});
