// The readers on real files: XLSX written by exceljs as Excel would (date cells, a formula, merged
// group headers, blank lines), ODS as LibreOffice writes it (a zip whose first entry is the stored
// mimetype, repeated and covered cells), CSV in Windows-1252 with semicolons and in UTF-8 with commas.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { NotASpreadsheetError, readWorkbook } from './index';

async function xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Note').addRow(['nulla']);
  const sheet = workbook.addWorksheet('Dipendenti');
  sheet.addRow(['Elenco del personale']);
  sheet.addRow([]);
  sheet.addRow(['ANAGRAFICA', null, 'DATA']);
  sheet.mergeCells('A3:B3');
  sheet.mergeCells('C3:D3');
  sheet.addRow(['COGNOME', 'NOME', 'NASCITA', 'ASSUNZIONE', 'CAP']);
  sheet.addRow(['ROSSI', { richText: [{ text: 'MA' }, { text: 'RIO' }] }, new Date(Date.UTC(1980, 0, 31)), 36923, { formula: '50000+63', result: 50063 }]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function ods(): Uint8Array {
  const cell = (inner: string, attributes = '') => `<table:table-cell${attributes}>${inner}</table:table-cell>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>
<table:table table:name="Personale">
<table:table-row>${cell('<text:p>COGNOME</text:p>')}${cell('<text:p>NOME</text:p>')}${cell('<text:p>DATA NASCITA</text:p>')}${cell('<text:p>NOTE</text:p>', ' table:number-columns-spanned="2"')}<table:covered-table-cell/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="5"/></table:table-row>
<table:table-row>${cell('<text:p>D’ANGELO</text:p>')}${cell('<text:p>ANNA<text:s text:c="2"/>MARIA</text:p>')}${cell('<text:p>31/01/1980</text:p>', ' office:value-type="date" office:date-value="1980-01-31"')}${cell('<text:p>3</text:p>', ' office:value-type="float" office:value="3" table:number-columns-repeated="2"')}</table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) });
}

describe('spreadsheet readers', () => {
  it('reads every sheet of an XLSX in order, rows at their numbers, date cells, formulas and rich text as shown, merges once', async () => {
    const read = await readWorkbook(await xlsx(), 'personale.xlsx');
    expect(read.format).toBe('xlsx');
    expect(read.sheets.map((s) => s.name)).toEqual(['Note', 'Dipendenti']);
    const rows = read.sheets[1]?.rows ?? [];
    expect(rows[1]).toEqual([]);
    expect(rows[2]).toEqual(['ANAGRAFICA', null, 'DATA']);
    expect(rows[4]).toEqual(['ROSSI', 'MARIO', new Date(Date.UTC(1980, 0, 31)), 36923, 50063]);
  });

  it('reads an ODS without expanding a million empty rows', async () => {
    const read = await readWorkbook(ods(), 'personale.ods');
    expect(read.format).toBe('ods');
    expect(read.sheets[0]?.name).toBe('Personale');
    expect(read.sheets[0]?.rows).toEqual([
      ['COGNOME', 'NOME', 'DATA NASCITA', 'NOTE'],
      [],
      [],
      ['D’ANGELO', 'ANNA  MARIA', new Date(Date.UTC(1980, 0, 31)), 3, 3],
    ]);
  });

  it('reads CSV in Windows-1252 with semicolons and UTF-8 with commas', async () => {
    const latin = Uint8Array.from([...'COGNOME;COMUNE\r\nNICCOL\xd2;FORL\xcc\r\n'].map((c) => c.charCodeAt(0)));
    const read = await readWorkbook(latin, 'hr.csv');
    expect(read).toMatchObject({ format: 'csv', encoding: 'windows-1252', sheets: [{ name: 'hr', rows: [['COGNOME', 'COMUNE'], ['NICCOLÒ', 'FORLÌ'], ['']] }] });
    const utf8 = await readWorkbook(new TextEncoder().encode('cognome,"nome, secondo"\nRossi,"Maria, Anna"'), 'hr.txt');
    expect(utf8.sheets[0]?.rows).toEqual([['cognome', 'nome, secondo'], ['Rossi', 'Maria, Anna']]);
  });

  it('refuses an old .xls and a damaged zip by name', async () => {
    await expect(readWorkbook(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'old.xls')).rejects.toMatchObject({ name: 'NotASpreadsheetError', format: 'xls' });
    await expect(readWorkbook(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).rejects.toBeInstanceOf(NotASpreadsheetError);
  });
});
