// `pco report` on a store merged from real bundles carrying a small demo programme: the XLSX holds
// the app's labelled Italian sheets, with the figures the app's report engine (shared/reports)
// computes from the same demo programme directly.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../shared/demo/generator';
import { reportTranslate } from '../shared/i18n/reportTexts';
import { reportInputFromDemo } from '../shared/reports/fromDemo';
import { monthPeriod } from '../shared/reports/period';
import { computeMonitoringReport } from '../shared/reports/report';
import { pseudonymise } from '../shared/reports/suppression';
import { reportSheets, type Sheet } from '../shared/reports/reportSheets';
import { demoSyncData } from '../shared/sync/demoData';
import { createWorld, exportBundle, importBundle } from '../shared/sync/testing';
import { memoryIo } from './io';
import { main } from './main';
import { writeKeyFiles } from './testing';

const demo = generateDemoProgramme({ workers: 40, seed: 11, variant: 'historical' });
let s: { dir: string; identityPath: string; enrolmentPath: string };
let store: string;

beforeAll(async () => {
  const world = await createWorld(1);
  const dir = await mkdtemp(join(tmpdir(), 'pco-report-'));
  s = { dir, ...(await writeKeyFiles(world, dir)) };
  const laptop = world.counselors[0]!;
  const bundles = join(dir, 'bundles');
  await mkdir(bundles);
  // The coordinator's bundle registers the laptop; the laptop then sends the demo programme, as
  // written on its counselors' own laptops (other origins: it carries it, it did not write it).
  const registry = await exportBundle(world, world.coordinator, laptop);
  await writeFile(join(bundles, 'coord-lap1.pcobundle'), registry);
  await importBundle(world, laptop, registry);
  const data = demoSyncData(demo);
  laptop.state = { ...laptop.state, records: { ...data.records, devices: laptop.state.records.devices ?? [] }, events: data.events, audit: data.audit, statistics: data.statistics };
  await writeFile(join(bundles, 'lap1-coord.pcobundle'), await exportBundle(world, laptop, world.coordinator));
  store = join(dir, 'demo.pcostore');
  expect(await main(['merge', bundles, '-i', s.identityPath, '-o', store, '-e', s.enrolmentPath], memoryIo())).toBe(0);
}, 60_000);
afterAll(() => rm(s.dir, { recursive: true, force: true }));

/** Sheet name → header and rows, as read-excel-file returns them (suppressed cells empty, dates as dates). */
function workbook(sheets: readonly Sheet[]): Record<string, unknown[][]> {
  return Object.fromEntries(sheets.map((sheet) => [sheet.name, [sheet.header, ...sheet.rows]]));
}

describe('pco report', () => {
  it('writes the app\'s labelled Italian XLSX and CSV with the figures the engine computes from the same demo programme', async () => {
    const xlsx = join(s.dir, 'giugno.xlsx');
    const csv = join(s.dir, 'giugno.csv');
    const io = memoryIo();
    const code = await main(['report', store, '--identity', s.identityPath, '--month', '2019-06', '--xlsx', xlsx, '--csv', csv], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout[0]).toContain('2019-06-01 – 2019-06-30, vista/view external');

    // What the app's export writes for the same report (its sheets, labelled with the app's texts:
    // renderer/reports/reportTexts.test.ts shows the shared lookup equals the app's i18next).
    const report = pseudonymise(computeMonitoringReport(reportInputFromDemo(demo), monthPeriod('2019-06-01')), 3);
    const expected = workbook(reportSheets(report, reportTranslate('it')));
    const actual = Object.fromEntries((await readXlsxFile(xlsx)).map((sheet) => [sheet.sheet, sheet.data]));
    expect(actual).toEqual(expected);

    // The Italian titles and headers, not codes.
    expect(Object.keys(actual)).toEqual(expect.arrayContaining(['Note', 'Iscritti per percorso', 'Iscritti per genere', 'Ricollocazioni per tipo di cont'] /* Excel: 31 characters at most */));
    const byTrack = actual['Iscritti per percorso'] ?? [];
    expect(byTrack[0]?.[0]).toBe('Voce');
    expect(byTrack.map((row) => row[0])).toEqual(expect.arrayContaining(['Reindustrializzazione', 'Ricollocamento attivo', 'Totale']));
    expect(actual['Note']?.find((row) => row[0] === 'Al')?.[1]).toEqual(new Date('2019-06-30T00:00:00Z'));
    // Not an empty month: people enrolled.
    expect(byTrack.at(-1)?.[1]).toBeGreaterThan(0);
    expect(JSON.stringify(actual)).not.toMatch(/enrolledByTrack|reports\.|vocab\./);

    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(csv));
    expect(text.startsWith('\uFEFFNote\r\nVoce;Valore\r\n')).toBe(true);
    expect(text).toContain('\r\nIscritti per percorso\r\nVoce;');
  });

  it('internal view: the list behind the figures, with the names the store holds', async () => {
    const xlsx = join(s.dir, 'interno.xlsx');
    expect(await main(['report', store, '-i', s.identityPath, '--month', '2019-06', '--xlsx', xlsx, '--view', 'internal'], memoryIo())).toBe(0);
    const sheets = await readXlsxFile(xlsx);
    const list = sheets.find((sheet) => sheet.sheet === 'Interna (con nomi)')?.data ?? [];
    const names = new Set(demo.workers.map((w) => `${w.worker.surname} ${w.worker.name}`));
    const counselors = new Set(demo.counselors.map((c) => c.displayName));
    expect(list.length).toBeGreaterThan(1);
    expect(list[0]).toEqual(['Voce', 'Dettaglio', 'Valore', 'Data', 'Lavoratore', 'Orientatore', 'Azienda', 'Quantità']);
    expect(list.slice(1).some((row) => names.has(String(row[4])) && counselors.has(String(row[5])))).toBe(true);
  });

  it('--from and --to: any range of days, the same figures as the engine computes for it', async () => {
    const xlsx = join(s.dir, 'anno.xlsx');
    const io = memoryIo();
    expect(await main(['report', store, '-i', s.identityPath, '--from', '2019-03-15', '--to', '2019-11-20', '--xlsx', xlsx], io)).toBe(0);
    expect(io.stdout[0]).toContain('2019-03-15 – 2019-11-20, vista/view external');
    const report = pseudonymise(computeMonitoringReport(reportInputFromDemo(demo), { start: '2019-03-15', end: '2019-11-20' }), 3);
    const actual = Object.fromEntries((await readXlsxFile(xlsx)).map((sheet) => [sheet.sheet, sheet.data]));
    expect(actual).toEqual(workbook(reportSheets(report, reportTranslate('it'))));
  });

  it.each([
    [['--from', '2019-02-30', '--to', '2019-03-31'], 'data non valida: 2019-02-30 (atteso YYYY-MM-DD, un giorno che esiste) / error: invalid date: 2019-02-30 (expected YYYY-MM-DD, a day that exists)'],
    [['--from', '2019-06-01', '--to', '1/7/2019'], 'data non valida: 1/7/2019 (atteso YYYY-MM-DD, un giorno che esiste) / error: invalid date: 1/7/2019 (expected YYYY-MM-DD, a day that exists)'],
    [['--from', '2019-06-30', '--to', '2019-06-01'], 'periodo non valido: la fine (2019-06-01) precede l\'inizio (2019-06-30) / error: invalid period: the end (2019-06-01) precedes the start (2019-06-30)'],
    [['--from', '2019-06-01'], 'manca --to: --from e --to vanno indicati insieme / error: missing --to: --from and --to go together'],
    [['--to', '2019-06-30'], 'manca --from: --from e --to vanno indicati insieme / error: missing --from: --from and --to go together'],
    [['--month', '2019-06', '--from', '2019-06-01', '--to', '2019-06-30'], 'indicare --month oppure --from e --to, non entrambi / error: give --month or --from and --to, not both'],
  ])('refuses %j as a usage error, in Italian and English', async (period, message) => {
    const io = memoryIo();
    expect(await main(['report', store, '-i', s.identityPath, ...period, '--xlsx', join(s.dir, 'x.xlsx')], io)).toBe(2);
    expect(io.stderr[0]).toBe(`errore: ${message}`);
  });

  it('asks for a period when none is given', async () => {
    const io = memoryIo();
    expect(await main(['report', store, '-i', s.identityPath, '--xlsx', join(s.dir, 'x.xlsx')], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^errore: manca il periodo: --month YYYY-MM oppure --from YYYY-MM-DD --to YYYY-MM-DD .* \/ error: missing the period: --month YYYY-MM or --from YYYY-MM-DD --to YYYY-MM-DD/);
  });

  it('refuses a malformed month as a usage error', async () => {
    const io = memoryIo();
    expect(await main(['report', store, '-i', s.identityPath, '--month', '2019-13', '--xlsx', join(s.dir, 'x.xlsx')], io)).toBe(2);
    expect(io.stderr[0]).toBe('errore: mese non valido: 2019-13 (atteso YYYY-MM) / error: invalid month: 2019-13 (expected YYYY-MM)');
  });
});
