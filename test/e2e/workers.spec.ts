import { expect, test } from '@playwright/test';
import { fillNewWorker, firstListedCodiceFiscale, loadDemo, startEmpty, unlock } from './helpers';

test('first start offers the demo programme or an empty one', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Benvenuto in PCO Desk' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Programma dimostrativo' })).toBeChecked();
  await page.getByRole('radio', { name: 'Inizia vuoto' }).check();
  await expect(page.getByRole('button', { name: 'Inizia con un programma vuoto' })).toBeVisible();
});

test('load the demo, find a worker by codice fiscale, edit the file and see it after a reload', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('button', { name: /Codice fiscale/ }).click();
  const cf = await firstListedCodiceFiscale(page);
  await page.getByTestId('worker-search').fill(cf.toLowerCase());
  await expect(page.getByTestId('worker-count')).toHaveText('1 di 300');
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await expect(page.getByLabel('Codice fiscale')).toHaveValue(cf);
  await expect(page.getByLabel('Orientatore assegnato')).not.toHaveValue('');

  await page.getByLabel('Indirizzo').fill('Via del Ponte 12');
  await page.getByLabel('Distanza massima per il lavoro (km)').fill('45');
  // The profiling band from the keyboard: up to the top (none yet), then down to the last band.
  const band = page.getByLabel('Fascia di profilazione');
  await band.focus();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowUp');
  await expect(band).toHaveValue('');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  await expect(band).toHaveValue('veryHigh');
  await expect(band.locator('option:checked')).toHaveText('Molto alta');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Scheda salvata.')).toBeVisible();

  await page.reload();
  await unlock(page);
  await expect(page.getByLabel('Indirizzo')).toHaveValue('Via del Ponte 12');
  await expect(page.getByLabel('Distanza massima per il lavoro (km)')).toHaveValue('45');
  await expect(page.getByLabel('Fascia di profilazione')).toHaveValue('veryHigh');
  await expect(page.getByTestId('worker-timeline')).toContainText(/scheda aperta/i);
});

test('an invalid codice fiscale shows the Italian error and keeps the typed input, even after a reload', async ({ page }) => {
  await startEmpty(page);
  await page.getByRole('link', { name: 'Nuovo lavoratore' }).click();
  await page.getByLabel('Cognome').fill('Rossi');
  await page.getByLabel('Nome', { exact: true }).fill('Mario');
  await page.getByLabel('Codice fiscale').fill('RSSMRA70C15M321X');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Il carattere di controllo (l’ultimo) non corrisponde: probabile errore di battitura.')).toBeVisible();
  await expect(page.getByText('Alcuni campi non sono validi')).toBeVisible();
  await expect(page.getByLabel('Codice fiscale')).toHaveValue('RSSMRA70C15M321X');
  await expect(page.getByLabel('Cognome')).toHaveValue('Rossi');

  await page.waitForTimeout(600); // the draft is written shortly after the last keystroke
  await page.reload();
  await unlock(page);
  await expect(page.getByText('È stata ripristinata una bozza non salvata.')).toBeVisible();
  await expect(page.getByLabel('Codice fiscale')).toHaveValue('RSSMRA70C15M321X');
  await expect(page.getByLabel('Cognome')).toHaveValue('Rossi');
});

test('a new worker is created from the codice fiscale, and a second file for the same person is refused', async ({ page }) => {
  await startEmpty(page);
  const fillWorker = async (cf: string) => {
    await fillNewWorker(page, { codiceFiscale: cf });
    await page.getByRole('button', { name: 'Salva' }).click();
  };

  await fillWorker('RSSMRA70C15M321L');
  await expect(page.getByRole('heading', { name: 'Scheda di Rossi Mario' })).toBeVisible();
  await expect(page.getByTestId('cf-check')).toContainText('15/03/1970');
  const firstUrl = page.url();

  // The same person with an omocodic variant of the code.
  await fillWorker('RSSMRATLC15M321T');
  await expect(page.getByText('Esiste già una scheda per questa persona')).toBeVisible();
  await page.getByRole('link', { name: 'Apri la scheda esistente' }).click();
  await expect(page).toHaveURL(firstUrl);
  await page.getByRole('navigation').getByRole('link', { name: 'Lavoratori' }).click();
  await expect(page.getByTestId('worker-count')).toHaveText('1 lavoratore');

  // The birthplace read from the code takes the d eufonica: "ad Arezzo", "a Figline".
  await page.getByRole('link', { name: 'Nuovo lavoratore' }).click();
  await page.getByLabel('Codice fiscale').fill('BNCLCU80A01A390N');
  await expect(page.getByTestId('cf-check')).toContainText(/01\/01\/1980, sesso .+, ad Arezzo/);
  await page.getByLabel('Codice fiscale').fill('RSSMRA70C15M321L');
  await expect(page.getByTestId('cf-check')).toContainText(/15\/03\/1970, sesso .+, a Figline/);
});

test('the interface switches to English', async ({ page }) => {
  await loadDemo(page);
  await page.getByLabel('Lingua').first().selectOption('en');
  await expect(page.getByRole('heading', { name: 'Workers', level: 1 })).toBeVisible();
  await expect(page.getByTestId('worker-count')).toContainText('300 workers');
});
