// Spreadsheet formula injection, where a user meets it: a counselor types a worker's surname that a
// spreadsheet would run as a formula; the coordinator exports the internal report. In the CSV the
// cell begins with an apostrophe (shown as text by Excel and LibreOffice); in the XLSX it is a
// string and no cell of any sheet is a formula. The report screen also states how the placement
// rate is counted.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { formulaCells } from '../unit/xlsxParts';
import { loadDemo } from './helpers';

const PAYLOAD = '=HYPERLINK("http://x","y")';

async function download(page: Page, button: string): Promise<Buffer> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  return readFile((await file.path())!);
}

test.beforeEach(async ({ page }) => {
  // No File System Access API: the web bridge downloads, and the test reads the download.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});

test('a surname written like a formula is neutralised in the internal CSV and stays text in the XLSX', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  const name = await page.getByLabel('Nome', { exact: true }).inputValue();
  await page.getByLabel('Cognome').fill(PAYLOAD);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Scheda salvata.')).toBeVisible();

  await page.getByRole('link', { name: 'Monitoraggio' }).click();
  await page.getByRole('link', { name: 'Apri il rapporto di monitoraggio' }).click();
  // The month is committed (Enter) and shown before the view is chosen, as a user reads it.
  await page.getByLabel('Mese', { exact: true }).fill('2019-12');
  await page.getByLabel('Mese', { exact: true }).press('Enter');
  await expect(page.getByTestId('report-period')).toHaveText('Dal 01/12/2019 al 31/12/2019', { timeout: 60_000 });
  // A click, then the final state: the radio follows the address, which changes a moment after the
  // click (check() would read it at once and call the click lost).
  await page.getByRole('radio', { name: 'Interna (con nomi)' }).click();
  await expect(page.getByRole('radio', { name: 'Interna (con nomi)' })).toBeChecked();
  await expect(page.getByTestId('report-table-enrolledByStatus')).toBeVisible();
  await expect(page.getByTestId('rate-definition')).toContainText('Tasso di ricollocazione = lavoratori assunti almeno una volta');

  // CSV: the cell is quoted (it holds double quotes) and begins with the apostrophe.
  const csv = (await download(page, 'Esporta CSV')).toString('utf8');
  const cell = `"'${PAYLOAD.replace(/"/g, '""')} ${name}"`;
  expect(csv).toContain(`;${cell};`);
  expect(csv).not.toMatch(/(^|;|\r\n)"?=HYPERLINK/);

  // XLSX: the same name, exactly as typed, as a string; no formula anywhere.
  const xlsx = await download(page, 'Esporta XLSX');
  expect(formulaCells(xlsx)).toEqual([]);
  const sheets = await readXlsxFile(xlsx);
  const list = sheets.find((sheet) => sheet.sheet === 'Interna (con nomi)')?.data ?? [];
  expect(list.some((row) => row[4] === `${PAYLOAD} ${name}`)).toBe(true);
});
