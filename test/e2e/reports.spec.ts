// Monitoring reports on the demo: the dashboard and its charts, the November 2019 report in both
// views, the list behind a figure, the XLSX read back with a different library (read-excel-file)
// and checked against the screen, the CSV for Italian Excel, the print page, the threshold setting,
// and the CIGS alerts on the home screen and in the agenda. Axe scans and screenshots.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import readXlsxFile from 'read-excel-file/node';
import { loadDemo } from './helpers';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** An Italian-formatted figure as a number ("1.234,5" → 1234.5; "57,1%" → 57.1). */
const figureOf = (text: string) => Number(text.replace(/[.%\s]/g, '').replace(',', '.'));

async function screenFigure(page: Page, table: string, row: string, column = 0): Promise<number> {
  const cell = page.getByTestId(`report-table-${table}`).locator(`td[data-row="${row}"]`).nth(column);
  return figureOf(await cell.innerText());
}

async function download(page: Page, button: string) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

test.beforeEach(async ({ page }) => {
  // No File System Access API: the web bridge downloads, and the test reads the download.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});

test('dashboard, monthly report in both views, XLSX and CSV exports, print page, CIGS alerts', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  // Home: the CIGS alert panel sits above the worker list (on today's date nobody's CIGS ends in 2026).
  await expect(page.getByTestId('cigs-panel')).toBeVisible();
  await expect(page.getByTestId('cigs-panel')).toContainText('CIGS in scadenza senza ricollocazione');
  await page.screenshot({ path: 'test-results/screenshots/reports-home-cigs.png' });

  // Dashboard, as of the latest activity of the demo (December 2019).
  await page.getByRole('link', { name: 'Monitoraggio' }).click();
  await expect(page.getByTestId('kpi-enrolled')).toHaveText(/^[\d.]+$/, { timeout: 60_000 });
  expect(Number((await page.getByTestId('kpi-enrolled').innerText()).replace(/\./g, ''))).toBeGreaterThan(250);
  await expect(page.getByTestId('kpi-rate')).toContainText('%');
  for (const chart of ['chart-track-status', 'chart-placements', 'chart-funnel']) await expect(page.getByTestId(chart).locator('svg').first()).toBeVisible();
  await page.getByTestId('chart-placements').getByText('Dati del grafico in tabella').click();
  await expect(page.getByTestId('chart-placements').getByRole('table')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/reports-dashboard.png', fullPage: true });
  await expectNoViolations(page);

  // The report for November 2019, external view by default.
  await page.getByRole('link', { name: 'Apri il rapporto di monitoraggio' }).click();
  await page.getByLabel('Mese', { exact: true }).fill('2019-11');
  await expect(page.getByTestId('report-period')).toHaveText('Dal 01/11/2019 al 30/11/2019', { timeout: 60_000 });
  await expect(page.getByRole('radio', { name: 'Esterna (pseudonimizzata)' })).toBeChecked();
  const enrolled = await screenFigure(page, 'enrolledByStatus', 'total');
  const placements = await screenFigure(page, 'placementOutcome', 'placements');
  const interviews = await screenFigure(page, 'activity', 'interviews');
  expect(enrolled).toBeGreaterThan(250);
  expect(placements).toBeGreaterThan(0);
  await expect(page.locator('td.suppressed').first()).toHaveText('riservato');
  await page.screenshot({ path: 'test-results/screenshots/reports-external.png', fullPage: true });
  await expectNoViolations(page);

  // XLSX: read back with read-excel-file (exceljs wrote it) and checked against the screen.
  const xlsx = await download(page, 'Esporta XLSX');
  expect(xlsx.name).toBe('monitoraggio_pco-figline-valdarno-filo-d-acciaio_2019-11_esterno.xlsx');
  await expect(page.getByText(`Esportato: ${xlsx.name}`)).toBeVisible();
  const sheets = await readXlsxFile(await readFile(xlsx.path));
  // Sheet names are the table titles cut to Excel's 31 characters.
  const sheet = (title: string) => sheets.find((s) => title.startsWith(s.sheet))?.data ?? [];
  const byStatus = sheet('Iscritti per stato');
  expect(byStatus[0]).toEqual(['Voce', 'Lavoratori']);
  expect(byStatus.at(-1)).toEqual(['Totale', enrolled]);
  expect(sheet('Ricollocazioni e tasso di ricollocazione').find((row) => row[0] === 'Assunzioni nel periodo')?.[1]).toBe(placements);
  expect(sheet('Attività').find((row) => row[0] === 'Colloqui svolti')?.[1]).toBe(interviews);
  const notes = sheet('Note');
  expect(notes.find((row) => row[0] === 'Dal')?.[1]).toEqual(new Date('2019-11-01T00:00:00Z'));
  // A suppressed cell is empty, never a small number.
  expect(byStatus.slice(1).every((row) => row[1] === null || (typeof row[1] === 'number' && (row[1] === 0 || row[1] >= 3)))).toBe(true);

  // CSV for Italian Excel: BOM, semicolons, the same total.
  const csv = await download(page, 'Esporta CSV');
  expect(csv.name).toBe('monitoraggio_pco-figline-valdarno-filo-d-acciaio_2019-11_esterno.csv');
  const text = await readFile(csv.path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Voce;Lavoratori');
  expect(text).toContain(`Totale;${enrolled}`);

  // The threshold is a programme setting: raising it hides more cells.
  const hiddenAt3 = await page.locator('td.suppressed').count();
  await page.getByLabel('Soglia di riservatezza (persone)').fill('10');
  await page.getByRole('button', { name: 'Salva la soglia' }).click();
  await expect(page.getByText('Soglia salvata.')).toBeVisible();
  await expect.poll(() => page.locator('td.suppressed').count(), { timeout: 30_000 }).toBeGreaterThan(hiddenAt3);

  // Internal view: every figure opens the list behind it.
  await page.getByRole('radio', { name: 'Interna (con nomi)' }).click();
  await expect(page.getByRole('radio', { name: 'Interna (con nomi)' })).toBeChecked();
  await expect(page.locator('td.suppressed')).toHaveCount(0);
  const firstFigure = page.getByTestId('report-table-placementsByContract').locator('tbody tr:not(.total) button.figure').first();
  const count = figureOf(await firstFigure.innerText());
  await firstFigure.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('drill-list').locator('tbody tr')).toHaveCount(count);
  await page.screenshot({ path: 'test-results/screenshots/reports-drilldown.png' });
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Chiudi l’elenco' }).click();
  const internal = await download(page, 'Esporta XLSX');
  expect(internal.name).toBe('monitoraggio_pco-figline-valdarno-filo-d-acciaio_2019-11_interno.xlsx');
  const internalSheets = await readXlsxFile(await readFile(internal.path));
  expect(internalSheets.map((s) => s.sheet)).toContain('Interna (con nomi)');
  await page.screenshot({ path: 'test-results/screenshots/reports-internal.png', fullPage: true });

  // Print-ready page with the charts.
  await page.getByRole('link', { name: 'Pagina per la stampa' }).click();
  await expect(page.getByTestId('print-tables')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('chart-funnel').locator('svg').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/reports-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Agenda: from the week shown, the workers whose CIGS ends within 90 days and not placed.
  await page.goto('./#/agenda?view=week&date=2019-12-02');
  const panel = page.getByTestId('cigs-panel');
  await expect(panel).toContainText('Dal 02/12/2019');
  await expect(panel.getByTestId('cigs-alerts').locator('li').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/reports-agenda-cigs.png' });
});
