// Issue 16, part 1, end to end: a coordinator on an empty programme imports the plant's HR list (300
// rows, a dozen bad), fixes two rows in the preview, imports, downloads the rejected rows, sees the
// count; the same file again changes nothing; a Windows-1252 CSV keeps its accents; employers come
// in the same way; the templates download. Screenshots of every screen at both laptop sizes.
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { startEmpty } from './helpers';
import { chooseFile, download, laptop } from './syncHelpers';
import { shots } from './shots';
import { employersWorkbook, hrWorkbook, windows1252Csv } from './importData';

test.describe.configure({ timeout: 180_000 });

async function saved(name: string, bytes: Buffer): Promise<string> {
  const path = test.info().outputPath(name);
  await writeFile(path, bytes);
  return path;
}

async function openImport(page: Page, list: 'Lavoratori' | 'Aziende'): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: list, exact: true }).click();
  await page.getByRole('link', { name: 'Importa', exact: true }).click();
}

async function readBack(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return rows;
}

const cell = (page: Page, row: number, column: string) => page.getByRole('textbox', { name: `Riga ${row}, ${column}`, exact: true });

test('a coordinator imports the HR list, fixes two rows, and importing again changes nothing', async ({ browser }) => {
  const { page } = await laptop(browser);
  await startEmpty(page);
  const hr = await hrWorkbook();
  const file = await saved('personale.xlsx', hr.bytes);

  await openImport(page, 'Lavoratori');
  await expect(page.getByRole('heading', { name: 'Importa lavoratori da un foglio di calcolo' })).toBeVisible();
  await shots(page, 'import-file');
  const template = await readBack(await download(page, 'Scarica il modello (XLSX)', 'modello.xlsx'));
  expect(template[0]?.slice(0, 3)).toEqual(['Cognome', 'Nome', 'Codice fiscale']);
  expect(template).toHaveLength(2);

  await chooseFile(page, 'Scegli un file…', file);
  await expect(page.getByRole('heading', { name: 'Colonne del file' })).toBeVisible();
  // The list sheet was chosen (not the notes before it); headers found under the title and merged groups.
  await expect(page.getByRole('combobox', { name: 'Foglio' })).toHaveValue('1');
  await expect(page.getByText('Intestazioni alla riga 4.')).toBeVisible();
  await expect(page.getByLabel('Destinazione della colonna DATA NASCITA')).toHaveValue('birthDate');
  await expect(page.getByLabel('Destinazione della colonna C.F.')).toHaveValue('codiceFiscale');
  await expect(page.getByLabel('Destinazione della colonna COMUNE DI RESIDENZA')).toHaveValue('residence');
  await shots(page, 'import-columns');
  await page.getByRole('button', { name: 'Anteprima' }).click();

  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('288 nuove');
  await expect(counts).toContainText(`${hr.bad} con problemi`);
  await page.getByLabel('Mostra').selectOption('problems');
  await expect(page.getByText(`${hr.bad} righe mostrate su 300`)).toBeVisible();
  const problems = page.getByRole('table', { name: 'Righe del file' });
  for (const text of ['La stessa persona è già alla riga', 'Il carattere di controllo non corrisponde', 'La data di nascita non corrisponde al codice fiscale', 'Il 31/02/2019 non esiste: febbraio 2019 ha 28 giorni', '«Fighine Valdarno» non è un comune conosciuto', 'Indirizzo email non valido', 'Numero di telefono non valido', 'Cognome: Campo obbligatorio']) {
    await expect(problems).toContainText(text);
  }
  await shots(page, 'import-preview');

  // Two rows fixed in place: revalidated as soon as the cell is left.
  await cell(page, hr.wrongCheck.row, 'Codice fiscale').fill(hr.wrongCheck.fixed);
  await cell(page, hr.wrongCheck.row, 'Codice fiscale').press('Enter');
  await cell(page, hr.impossibleDay.row, 'Data assunzione').fill(hr.impossibleDay.fixed);
  await cell(page, hr.impossibleDay.row, 'Data assunzione').press('Tab');
  await expect(counts).toContainText('290 nuove');
  await expect(counts).toContainText(`${hr.bad - 2} con problemi`);

  const rejected = await readBack(await download(page, 'Scarica le righe scartate (XLSX)', 'scartate.xlsx'));
  expect(rejected[0]?.[0]).toBe('Riga');
  expect(rejected[0]?.at(-1)).toBe('Errori');
  expect(rejected).toHaveLength(hr.bad - 2 + 1);

  await page.getByRole('button', { name: 'Importa: 290 nuove, 0 aggiornate' }).click();
  await expect(page.getByTestId('import-done')).toContainText('290 schede nuove', { timeout: 60_000 });
  await shots(page, 'import-done');
  await page.getByRole('link', { name: 'Vai all’elenco dei lavoratori' }).click();
  await expect(page.getByTestId('worker-count')).toContainText('290');

  // The same file again: every row already held and unchanged; nothing to write.
  await openImport(page, 'Lavoratori');
  await chooseFile(page, 'Scegli un file…', file);
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await expect(counts).toContainText('288 già presenti, invariate');
  await expect(page.getByText('Nessuna riga da scrivere: il file non cambia nulla.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Lavoratori', exact: true }).click();
  await expect(page.getByTestId('worker-count')).toContainText('290');

  // A Windows-1252 CSV: the accents come out right.
  const csv = windows1252Csv();
  await openImport(page, 'Lavoratori');
  await chooseFile(page, 'Scegli un file…', await saved('vecchio.csv', csv.bytes));
  await expect(page.getByText('CSV, codifica WINDOWS-1252')).toBeVisible();
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await expect(cell(page, 2, 'Cognome')).toHaveValue(csv.surname);
  await page.getByRole('button', { name: 'Importa: 2 nuove, 0 aggiornate' }).click();
  await expect(page.getByTestId('import-done')).toContainText('2 schede nuove');
  await page.getByRole('link', { name: 'Vai all’elenco dei lavoratori' }).click();
  await expect(page.getByTestId('worker-count')).toContainText('292');
  await page.getByRole('searchbox').first().fill('NICCOLÒ');
  await expect(page.getByRole('link', { name: csv.surname })).toBeVisible();
});

test('a coordinator imports employers, one partita IVA refused', async ({ browser }) => {
  const { page } = await laptop(browser);
  await startEmpty(page);
  const companies = await employersWorkbook();
  await openImport(page, 'Aziende');
  await expect(page.getByRole('heading', { name: 'Importa aziende da un foglio di calcolo' })).toBeVisible();
  const template = await readBack(await download(page, 'Scarica il modello (XLSX)', 'modello-aziende.xlsx'));
  expect(template[0]?.slice(0, 3)).toEqual(['Ragione sociale', 'Partita IVA', 'Codice ATECO']);
  await chooseFile(page, 'Scegli un file…', await saved('aziende.xlsx', companies.bytes));
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('3 nuove');
  await expect(page.getByRole('table', { name: 'Righe del file' })).toContainText('La cifra di controllo (l’ultima) non corrisponde');
  await shots(page, 'import-employers-preview');
  await page.getByRole('button', { name: 'Importa: 3 nuove, 0 aggiornate' }).click();
  await expect(page.getByTestId('import-done')).toContainText('3 schede nuove');
  await page.getByRole('link', { name: 'Vai all’elenco delle aziende' }).click();
  await expect(page.getByTestId('employer-count')).toContainText('3 aziende');
});
