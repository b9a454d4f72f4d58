import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readPdf } from '../../shared/documents/templates/readPdf.testing';
import { loadDemo, unlock } from './helpers';

const shots = 'test-results/screenshots';

/** The text of a downloaded PDF, read Node side with pdf.js; pieces joined by single spaces. */
async function pdfText(download: Download): Promise<string> {
  return (await readPdf(new Uint8Array(readFileSync(await download.path())))).text;
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function saveAndDownload(page: Page): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Salva e scarica PDF' }).click();
  const download = await downloading;
  await expect(page.getByText(/^CV salvato \(rif\. PCO-/)).toBeVisible();
  return download;
}

test.beforeEach(async ({ page }) => {
  // No "Save as" dialog: the web bridge falls back to a download Playwright can catch.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});

test('a demo worker gets an anonymised and a full CV, reviewed before saving, and the anonymised PDF says nothing about who it is', async ({ page }) => {
  await loadDemo(page);
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  // Contacts known to the test, so their absence from the anonymised PDF means something.
  await page.getByLabel('Indirizzo').fill('Via dei Tintori 17');
  await page.getByLabel('Telefono').fill('333 4455667');
  await page.getByLabel('Email').fill('lavoratore.cv@example.it');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Scheda salvata.')).toBeVisible();
  const surname = await page.getByLabel('Cognome').inputValue();
  const name = await page.getByLabel('Nome', { exact: true }).inputValue();
  const codiceFiscale = await page.getByLabel('Codice fiscale').inputValue();
  const birthDate = await page.getByLabel('Data di nascita').inputValue();
  const role = await page.getByLabel('Mansione nello stabilimento').inputValue();

  await page.getByRole('link', { name: 'Crea CV' }).click();
  await expect(page.getByRole('heading', { name: `Curriculum vitae di ${surname} ${name}` })).toBeVisible();
  await expect(page.getByText('Nessun CV salvato per questo lavoratore.')).toBeVisible();

  // Anonymised, in Italian, with the summary rewritten by the counselor.
  await page.getByRole('radio', { name: /Anonima/ }).check();
  await page.getByRole('button', { name: 'Prepara il CV' }).click();
  await expect(page.getByRole('heading', { name: 'Revisione del CV' })).toBeVisible();
  await expect(page.getByLabel('Intestazione (nome o iniziali)')).toHaveValue(/^([A-Z]\. ?)+$/);
  const reference = (await page.locator('.cv-meta').innerText()).match(/PCO-[0-9A-Z]{6}/)?.[0] ?? '';
  expect(reference).not.toBe('');
  await page.getByLabel('Profilo').fill('Operatore affidabile e puntuale, abituato al lavoro su tre turni. Profilo rivisto dall’orientatore.');
  await page.screenshot({ path: `${shots}/cv-review.png`, fullPage: true });
  await expectNoViolations(page);

  // Typing the surname back in is caught before saving.
  await page.getByLabel('Profilo').fill(`Referenze: ${surname}.`);
  await page.getByRole('button', { name: 'Salva e scarica PDF' }).click();
  await expect(page.getByText(/Il CV anonimo contiene ancora dati della persona: Cognome/)).toBeVisible();
  await page.getByLabel('Profilo').fill('Operatore affidabile e puntuale, abituato al lavoro su tre turni. Profilo rivisto dall’orientatore.');

  const anonymous = await saveAndDownload(page);
  expect(anonymous.suggestedFilename()).toBe(`CV ${reference}.pdf`);
  const anonymousText = await pdfText(anonymous);
  expect(anonymousText).toContain('Profilo rivisto dall’orientatore.');
  expect(anonymousText).toContain(reference);
  expect(anonymousText).toContain(role);
  for (const secret of [surname, name, codiceFiscale, birthDate, '333 4455667', 'lavoratore.cv@example.it', 'Via dei Tintori']) expect(anonymousText).not.toContain(secret);
  expect(anonymousText.replace(/\D/g, '')).not.toContain('3334455667');

  // Full, in English.
  await page.getByRole('radio', { name: 'Completa' }).check();
  await page.getByLabel('Lingua del CV').selectOption({ label: 'Inglese' });
  await page.getByRole('button', { name: 'Prepara il CV' }).click();
  await expect(page.getByLabel('Intestazione (nome o iniziali)')).toHaveValue(`${name} ${surname}`);
  await page.getByLabel('Profilo').fill('Reliable operator, used to three-shift work.');
  const full = await saveAndDownload(page);
  expect(full.suggestedFilename()).toMatch(new RegExp(`^CV ${name} ${surname} PCO-[0-9A-Z]{6}\\.pdf$`));
  const fullText = await pdfText(full);
  for (const expected of [`${name} ${surname}`, role, 'Reliable operator, used to three-shift work.', 'Personal information', 'Work experience', '333 4455667', 'lavoratore.cv@example.it'])
    expect(fullText).toContain(expected);

  // Both versions are listed, newest first, and download again.
  const rows = page.getByTestId('cv-versions').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Completa');
  await expect(rows.nth(0)).toContainText('Inglese');
  await expect(rows.nth(1)).toContainText('Anonima');
  await expect(rows.nth(1)).toContainText(reference);
  await page.screenshot({ path: `${shots}/cv-screen.png`, fullPage: true });
  await expectNoViolations(page);
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: `Scarica il CV ${reference}` }).click();
  expect(await pdfText(await again)).toContain('Profilo rivisto dall’orientatore.');

  // A saved version is the start of a new one: its reviewed text, a new reference.
  const startFrom = page.getByLabel('Riparti da una versione salvata');
  await expect(startFrom.locator('option')).toHaveCount(3);
  const anonymousOption = startFrom.locator('option', { hasText: reference });
  await startFrom.selectOption({ label: await anonymousOption.innerText() });
  await expect(page.getByRole('radio', { name: 'Completa' })).toBeDisabled();
  await page.getByRole('button', { name: 'Prepara il CV' }).click();
  await expect(page.getByLabel('Profilo')).toHaveValue('Operatore affidabile e puntuale, abituato al lavoro su tre turni. Profilo rivisto dall’orientatore.');
  await expect(page.locator('.cv-meta')).toContainText('Versione: Anonima');
  await expect(page.locator('.cv-meta')).not.toContainText(reference);
  await page.getByRole('button', { name: 'Abbandona la revisione' }).click();
  await expect(page.getByRole('heading', { name: 'Revisione del CV' })).toBeHidden();

  // The worker file lists them too.
  await page.getByRole('link', { name: 'Torna alla scheda' }).click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await expect(page.getByTestId('cv-versions').locator('tbody tr')).toHaveCount(2);
  await page.getByRole('region', { name: 'Curriculum vitae' }).screenshot({ path: `${shots}/cv-panel.png` });
});

test('a review survives a lock: the edited summary is still there after unlocking', async ({ page }) => {
  await loadDemo(page);
  await page.locator('.col-surname a').nth(1).click();
  await page.getByRole('link', { name: 'Crea CV' }).click();
  await page.getByRole('button', { name: 'Prepara il CV' }).click();
  await page.getByLabel('Profilo').fill('Testo scritto prima del blocco.');
  await page.waitForTimeout(600); // the draft is written shortly after the last keystroke
  await page.getByRole('button', { name: 'Blocca' }).first().click();
  await unlock(page);
  await expect(page.getByText('È stata ripristinata una revisione non salvata.')).toBeVisible();
  await expect(page.getByLabel('Profilo')).toHaveValue('Testo scritto prima del blocco.');
});
