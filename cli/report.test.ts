// `pco report` on a store merged from real bundles carrying a small demo programme: the figures in
// the XLSX equal those the app's report engine (shared/reports) computes from the same demo programme directly.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../shared/demo/generator';
import { reportInputFromDemo } from '../shared/reports/fromDemo';
import { monthPeriod } from '../shared/reports/period';
import { computeMonitoringReport } from '../shared/reports/report';
import { pseudonymise } from '../shared/reports/suppression';
import type { MonitoringReport } from '../shared/reports/types';
import { demoSyncData } from '../shared/sync/demoData';
import { createWorld, exportBundle, importBundle } from '../shared/sync/testing';
import { memoryIo } from './io';
import { main } from './main';
import { writeKeyFiles } from './testing';

const demo = generateDemoProgramme({ workers: 40, seed: 11 });
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

/** table id → rows of [key, ...values] as the sheets hold them (suppressed cells empty). */
function figures(report: MonitoringReport): Record<string, (string | number | null)[][]> {
  return Object.fromEntries(
    report.tables.map((t) => [t.id, [...t.rows, ...(t.total ? [t.total] : [])].map((row) => [row.key, ...row.cells.map((c) => (c.suppressed ? null : c.value))])]),
  );
}

describe('pco report', () => {
  it('writes the XLSX and CSV with the figures the report engine computes from the same demo programme directly', async () => {
    const xlsx = join(s.dir, 'giugno.xlsx');
    const csv = join(s.dir, 'giugno.csv');
    const io = memoryIo();
    const code = await main(['report', store, '--identity', s.identityPath, '--month', '2019-06', '--xlsx', xlsx, '--csv', csv], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout[0]).toContain('2019-06-01 – 2019-06-30, vista/view external');

    const expected = figures(pseudonymise(computeMonitoringReport(reportInputFromDemo(demo), monthPeriod('2019-06-01')), 3));
    const sheets = await readXlsxFile(xlsx);
    const actual: Record<string, unknown[][]> = {};
    for (const sheet of sheets) if (sheet.sheet !== 'notes') actual[sheet.sheet] = sheet.data.slice(1);
    expect(actual).toEqual(expected);
    // Not an empty month: people enrolled and interviews held.
    expect(expected['enrolledByTrack']?.at(-1)?.[1]).toBeGreaterThan(0);

    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(csv));
    expect(text.startsWith('\uFEFFnotes\r\nkey;value\r\n')).toBe(true);
    expect(text).toContain('enrolledByTrack');
  });

  it('refuses a malformed month as a usage error', async () => {
    const io = memoryIo();
    expect(await main(['report', store, '-i', s.identityPath, '--month', '2019-13', '--xlsx', join(s.dir, 'x.xlsx')], io)).toBe(2);
    expect(io.stderr[0]).toBe('errore: mese non valido: 2019-13 (atteso YYYY-MM) / error: invalid month: 2019-13 (expected YYYY-MM)');
  });
});
