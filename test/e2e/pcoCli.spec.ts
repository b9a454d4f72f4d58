// The headless coordinator `pco` (the built dist/cli/pco.cjs, run as a real child process) on the
// files the web build writes. In Chromium the coordinator loads the demo, creates the programme
// keys, issues an enrolment file for laptop A and exports the programme identity file; laptop A
// joins, announces itself, receives its caseload, records an interview in June 2019 and exports
// again. `pco merge` takes the folder of those three bundles (exit 0, nothing refused; again:
// everything already there), and `pco report` on the store writes the June 2019 report. Laptop A's
// database holds what the store holds (its caseload, the shared catalogue, its own edits) and a
// counselor's report covers their own caseload, so A's XLSX exports and the CLI's must be the same
// workbook, cell for cell, in both views.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { runChild, type ChildRun } from '../childProcess';
import { loadDemo, PASSPHRASE } from './helpers';
import { addInterview, createProgrammeKeys, download, exportTo, firstCounselor, importFile, issueEnrolment, join, laptop } from './syncHelpers';

test.describe.configure({ timeout: 300_000 });

const ROOT = joinPath(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Written by `npm run build:cli` (part of `npm run test:e2e`). */
const PCO = joinPath(ROOT, 'dist', 'cli', 'pco.cjs');
const MONTH = '2019-06';
const SKILL = 'taratura trafila a freddo';

/** `node dist/cli/pco.cjs …` in a child process; never rejects on a non-zero exit. */
function pco(...args: string[]): Promise<ChildRun> {
  return runChild(process.execPath, [PCO, ...args], ROOT);
}

interface MergeSummary {
  merged: number;
  alreadyThere: number;
  refused: number;
  outcomes: { file: string; status: string; reason?: string }[];
}

/** The monitoring report of `month` on this laptop, in the given view, computed and shown. */
async function openReport(page: Page, month: string, view: 'Esterna (pseudonimizzata)' | 'Interna (con nomi)'): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Monitoraggio' }).click();
  await page.getByRole('link', { name: 'Apri il rapporto di monitoraggio' }).click();
  const [year, mm] = month.split('-');
  const last = new Date(Date.UTC(Number(year), Number(mm), 0)).getUTCDate();
  const period = page.getByTestId('report-period');
  const shown = `Dal 01/${mm}/${year} al ${last}/${mm}/${year}`;
  await page.getByLabel('Mese', { exact: true }).fill(month);
  await expect(period).toHaveText(shown, { timeout: 60_000 });
  // The view lives in the address, updated after the click: click, then wait for the radio.
  await page.getByRole('radio', { name: view }).click();
  await expect(page.getByRole('radio', { name: view })).toBeChecked();
  await expect(period).toHaveText(shown);
}

/** The "Colloqui svolti" figure of the report on screen (internal view: never suppressed). */
async function interviewsOnScreen(page: Page): Promise<number> {
  const cell = page.getByTestId('report-table-activity').locator('td[data-row="interviews"]').first();
  return Number((await cell.innerText()).replace(/\./g, ''));
}

const workbook = async (path: string) => readXlsxFile(await readFile(path));

test('pco merges the bundles the web build exported and reports the same figures as the app', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const a = await laptop(browser);
  const c = coordinator.page;
  await loadDemo(c);

  // Programme keys, laptop A's enrolment file and the programme identity file, all from the UI.
  await createProgrammeKeys(c);
  const enrolment = await issueEnrolment(c, await firstCounselor(c), 'Portatile A');
  const escrow = c.locator('section.sync-escrow');
  await escrow.getByLabel('Conferma la tua passphrase').fill(PASSPHRASE);
  const identity = await download(c, 'Esporta la chiave del programma', 'programme-identity.txt', escrow);
  await expect(escrow.getByTestId('identity-result')).toContainText('Chiave del programma esportata');
  expect(await readFile(identity, 'utf8')).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/m);

  // Laptop A joins and announces itself; the coordinator sends its caseload.
  await join(a.page, enrolment);
  const bundles = [await exportTo(a.page, null, 'a-0.pcobundle')];
  await importFile(c, bundles[0]!);
  bundles.push(await exportTo(c, /Portatile A/, 'c-a-1.pcobundle'));
  await importFile(a.page, bundles[1]!);

  // Interviews held in June 2019 on A before and after recording one more there.
  await openReport(a.page, MONTH, 'Interna (con nomi)');
  const before = await interviewsOnScreen(a.page);
  await a.page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Lavoratori' }).click();
  await a.page.locator('.col-surname a').first().click();
  const workerId = /#\/workers\/([^/?]+)/.exec(a.page.url())?.[1] ?? '';
  expect(workerId).not.toBe('');
  await addInterview(a.page, workerId, SKILL, `18/06/${MONTH.slice(0, 4)}`);
  bundles.push(await exportTo(a.page, null, 'a-1.pcobundle'));

  // A's own June report, both views, exported as XLSX; the threshold as the screen shows it.
  await openReport(a.page, MONTH, 'Interna (con nomi)');
  const interviews = await interviewsOnScreen(a.page);
  expect(interviews).toBe(before + 1);
  const appInternal = await download(a.page, 'Esporta XLSX', 'app-internal.xlsx');
  await openReport(a.page, MONTH, 'Esterna (pseudonimizzata)');
  const threshold = await a.page.getByLabel('Soglia di riservatezza (persone)').inputValue();
  expect(threshold).toMatch(/^\d+$/);
  const appExternal = await download(a.page, 'Esporta XLSX', 'app-external.xlsx');
  await Promise.all([coordinator.context.close(), a.context.close()]);

  // Every bundle the web build wrote, in one folder on disk.
  const folder = test.info().outputPath('cartella');
  await mkdir(folder, { recursive: true });
  for (const bundle of bundles) await copyFile(bundle, joinPath(folder, basename(bundle)));
  expect(existsSync(PCO), `${PCO} is missing: run npm run build:cli`).toBe(true);
  const store = test.info().outputPath('coordinatore.pcostore');

  const merged = await pco('merge', folder, '--identity', identity, '--out', store, '--enrolment', enrolment.path, '--code', enrolment.code, '--json');
  expect(merged.stderr).toBe('');
  expect(merged.code).toBe(0);
  const summary = JSON.parse(merged.stdout) as MergeSummary;
  expect(summary).toMatchObject({ merged: 3, alreadyThere: 0, refused: 0 });
  expect(summary.outcomes.map((o) => [o.file, o.status]).sort()).toEqual([
    ['a-0.pcobundle', 'merged'],
    ['a-1.pcobundle', 'merged'],
    ['c-a-1.pcobundle', 'merged'],
  ]);
  // The store is an age file: nothing in clear on disk.
  expect((await readFile(store)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

  // The same folder again: everything already there, still exit 0.
  const again = await pco('merge', folder, '--identity', identity, '--out', store);
  expect(again.stderr).toBe('');
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('uniti 0, già presenti 3, rifiutati 0 / merged 0, already there 3, refused 0');

  const cliExternal = test.info().outputPath('pco-external.xlsx');
  const cliInternal = test.info().outputPath('pco-internal.xlsx');
  for (const [out, view] of [[cliExternal, 'external'], [cliInternal, 'internal']] as const) {
    const report = await pco('report', store, '--identity', identity, '--month', MONTH, '--xlsx', out, '--view', view, '--threshold', threshold);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
  }

  // The same workbooks, every sheet and every cell (read-excel-file reads cells only, so the
  // workbook's creator and creation time, which differ, are not compared).
  const [external, internal] = await Promise.all([workbook(cliExternal), workbook(cliInternal)]);
  expect(external.length).toBeGreaterThan(5);
  expect(external).toEqual(await workbook(appExternal));
  expect(internal).toEqual(await workbook(appInternal));
  // And the screen agrees: the interviews held in June, A's new one included.
  const activity = internal.find((s) => 'Attività'.startsWith(s.sheet))?.data ?? [];
  expect(activity.find((row) => row[0] === 'Colloqui svolti')?.[1]).toBe(interviews);
  const names = internal.find((s) => s.sheet === 'Interna (con nomi)')?.data ?? [];
  expect(names.some((row) => row[0] === 'Attività' && row[1] === 'Colloqui svolti' && row[3] instanceof Date && row[3].toISOString().startsWith(`${MONTH}-18`))).toBe(true);
});
