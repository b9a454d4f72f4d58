// The exports of the March test report (shared/reports sheets and files, labelled through the
// app's i18next): the XLSX written by exceljs and read back by a different library
// (read-excel-file), the CSV for Italian Excel, and the file names.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import readXlsxFile from 'read-excel-file/node';
import { computeMonitoringReport } from '../../shared/reports/report';
import { pseudonymise } from '../../shared/reports/suppression';
import { MARCH, marchInput } from '../../shared/reports/testing';
import { csvBytes, xlsxBytes } from '../../shared/reports/files';
import { reportFileName, reportSheets } from '../../shared/reports/reportSheets';
import type { Translate } from '../../shared/reports/types';
import { it as italian } from '../i18n/it';
import { asTranslate } from './translate';
import { reportNames } from '../../shared/reports/names';

let t: Translate;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { it: { translation: italian } }, lng: 'it', interpolation: { escapeValue: false } });
  t = asTranslate(instance.t);
});

const input = marchInput();
const internal = computeMonitoringReport(input, MARCH);
const external = pseudonymise(internal, 3);
const data = { ...reportNames(input, new Map([['c1', 'Anna Orientatrice']])), employerNames: new Map([['E1', 'Trafilerie Valdarno']]) };

describe('report exports', () => {
  it('XLSX: one sheet per table, real numbers and dates, empty suppressed cells, no names outside', async () => {
    const sheets = await readXlsxFile(Buffer.from(await xlsxBytes(reportSheets(external, t, data), 'test')));
    expect(sheets).toHaveLength(1 + external.tables.length);
    const bySex = sheets.find((s) => s.sheet === 'Iscritti per genere')?.data;
    expect(bySex).toEqual([['Voce', 'Lavoratori'], ['Maschile', 4], ['Femminile', 3], ['Totale', 7]]);
    const byTrack = sheets.find((s) => s.sheet === 'Iscritti per percorso')?.data;
    expect(byTrack?.[1]).toEqual(['Reindustrializzazione', null, null, 0]);
    const notes = sheets.find((s) => s.sheet === 'Note')?.data;
    expect(notes?.find((row) => row[0] === 'Al')?.[1]).toEqual(new Date('2019-03-31T00:00:00Z'));
    // A number in the notes' date column stays a number.
    expect(notes?.find((row) => row[0] === 'Soglia di riservatezza (persone)')?.[1]).toBe(3);
    expect(JSON.stringify(sheets)).not.toContain('Cognome');
  });

  it('writes a cell that does not apply as n.d., never like a suppressed one, and the notes say both and define the rate', async () => {
    for (const report of [external, internal]) {
      const sheets = await readXlsxFile(Buffer.from(await xlsxBytes(reportSheets(report, t, data), 'test')));
      const total = sheets.find((s) => s.sheet === 'Iscritti per percorso')?.data.at(-1);
      // The "any track" column does not add up: its total is not available, in both views.
      expect(total?.slice(0, 3)).toEqual(['Totale', 7, 'n.d.']);
      const notes = sheets.find((s) => s.sheet === 'Note')?.data ?? [];
      expect(notes.find((row) => row[0] === 'n.d.')?.[1]).toMatch(/^Non disponibile/);
      expect(notes.find((row) => row[0] === 'Tasso di ricollocazione (%)')?.[1]).toMatch(/iscritti.*× 100/);
      if (report.view === 'external') expect(notes.find((row) => row[0] === 'riservato')?.[1]).toMatch(/^Celle vuote/);
    }
    // One new worker: the "new in the period" total is suppressed (empty), next to the n.d.
    expect(new TextDecoder().decode(csvBytes(reportSheets(external, t)))).toContain('\r\nTotale;7;n.d.;\r\n');
  });

  it('XLSX of the internal view: the lists with names, dates and counselors', async () => {
    const sheets = await readXlsxFile(Buffer.from(await xlsxBytes(reportSheets(internal, t, data), 'test')));
    const list = sheets.find((s) => s.sheet === 'Interna (con nomi)')?.data ?? [];
    const w1Hire = list.find((row) => row[0] === 'Ricollocazioni per tipo di contratto' && row[4] === 'Cognome w1 Nome w1');
    expect(w1Hire).toEqual(['Ricollocazioni per tipo di contratto', 'Tempo indeterminato', 'Assunzioni', new Date('2019-03-15T00:00:00Z'), 'Cognome w1 Nome w1', 'Anna Orientatrice', 'Trafilerie Valdarno', null]);
    expect(list.some((row) => row[4] === 'Scheda cancellata (GDPR)')).toBe(true);
  });

  it('CSV: BOM, semicolons, decimal commas, quoted texts with semicolons', () => {
    const bytes = csvBytes(reportSheets(internal, t, data));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Iscritti per genere\r\nVoce;Lavoratori\r\nMaschile;4\r\nFemminile;3\r\nTotale;7\r\n');
    expect(text).toContain('Tasso di ricollocazione (%);57,1');
    expect(text).toContain('Dal;01/03/2019');
  });

  it('names files by programme, period and view', () => {
    expect(reportFileName(external, 'xlsx')).toBe('monitoraggio_pco-di-prova_2019-03_esterno.xlsx');
    expect(reportFileName({ ...internal, period: { start: '2019-03-05', end: '2019-04-20' } }, 'csv')).toBe('monitoraggio_pco-di-prova_2019-03-05_2019-04-20_interno.csv');
  });
});
