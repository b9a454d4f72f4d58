// Employers (aziende) and job offers (offerte): filing, the contact log, offers, edits that
// survive a reload, the duplicate partita IVA, deletion with history; axe scans and screenshots.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo, startEmpty, unlock } from './helpers';

const shots = process.env.PCO_SCREENSHOTS_DIR ?? 'test-results/screenshots';
// 0123456 + office 048 (Florence) + check digit 8; the same with a wrong last digit.
const VALID_PIVA = '01234560488';
const WRONG_CHECK_DIGIT = '01234560484';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function fillEmployer(page: Page, name: string, partitaIva: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Aziende' }).click();
  await page.getByRole('link', { name: 'Nuova azienda' }).click();
  await page.getByLabel('Ragione sociale').fill(name);
  await page.getByLabel('Partita IVA').fill(partitaIva);
  await page.getByLabel('Comune', { exact: true }).fill('Figline e Incisa Valdarno (FI)');
  await page.getByLabel('Indirizzo').fill('Via Fiorentina, 120');
  await page.getByLabel('Codice ATECO').fill('25.62.00');
  await page.getByLabel('Descrizione dell’attività').fill('Lavori di meccanica generale');
}

test('file an employer, log a contact, collect an offer, edit it and find it after a reload', async ({ page }) => {
  test.setTimeout(120_000); // one long journey: two key derivations and many saves
  await startEmpty(page);
  await fillEmployer(page, 'Meccanica del Ponte S.r.l.', WRONG_CHECK_DIGIT);
  await expect(page.getByLabel('Sezione ATECO')).toHaveValue('C'); // from the code's division
  await page.getByLabel('Referente').fill('Sara Bandinelli');
  await page.getByLabel('Telefono').fill('055 9501234');
  await page.getByLabel('Assunzione da parte di altra azienda (€ 10.000 a lavoratore)').check();
  await page.getByLabel('Esonero contributivo per l’accordo di ricollocazione (art. 24-bis D.Lgs. 148/2015)').check();
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('La cifra di controllo (l’ultima) non corrisponde: probabile errore di battitura.')).toBeVisible();
  await expect(page.getByText('Alcuni campi non sono validi')).toBeVisible();
  await expect(page.getByLabel('Partita IVA')).toHaveValue(WRONG_CHECK_DIGIT);
  await expect(page.getByLabel('Ragione sociale')).toHaveValue('Meccanica del Ponte S.r.l.');
  await page.screenshot({ path: `${shots}/employer-form-errors.png`, fullPage: true });

  await page.getByLabel('Partita IVA').fill(VALID_PIVA);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('heading', { name: 'Meccanica del Ponte S.r.l.', level: 1 })).toBeVisible();
  await expect(page.getByText('Azienda salvata.')).toBeVisible();
  const employerUrl = page.url();

  // The contact log: an append-only event, newest first.
  await page.getByLabel('Modalità').selectOption({ label: 'Visita' });
  await page.getByLabel('Data del contatto').fill('12/03/2019');
  await page.getByLabel('Esito').fill('Visita ai reparti con il responsabile di produzione');
  await page.getByLabel('Nota').fill('Cercano due tornitori, anche su due turni.');
  await page.getByRole('button', { name: 'Registra il contatto' }).click();
  await expect(page.getByText('Contatto registrato.', { exact: true })).toBeVisible();
  await expect(page.getByTestId('contact-log')).toContainText('12/03/2019 · Visita');
  await expect(page.getByTestId('contact-log')).toContainText('Cercano due tornitori');
  await expectNoViolations(page);
  await page.screenshot({ path: `${shots}/employer-page.png`, fullPage: true });

  // An offer for this employer: a fixed-term contract needs its length.
  await page.getByRole('link', { name: 'Nuova offerta per questa azienda' }).click();
  await expect(page.getByRole('heading', { name: 'Nuova offerta' })).toBeVisible();
  await expect(page.getByLabel('Azienda', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Comune della sede di lavoro')).toHaveValue('Figline e Incisa Valdarno (FI)');
  await page.getByLabel('Mansione', { exact: true }).fill('Tornitore CNC');
  await page.getByLabel('Posti disponibili').fill('2');
  await page.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo determinato' });
  await page.getByLabel('Due turni').check();
  await page.getByLabel('Competenze richieste').fill('tornitura, lettura disegno tecnico');
  await page.getByLabel('Patente B').check();
  await page.getByLabel('Titolo di studio minimo').selectOption({ label: 'Licenza media' });
  await page.getByLabel('Ricevuta il').fill('14/03/2019');
  // Hours with a decimal comma, as Italians write them; what is no number is named as such.
  await page.getByLabel('Ore settimanali').fill('trenta');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Inserisci un numero.')).toBeVisible();
  // Left with no number in it, the field keeps what was typed so it can be corrected.
  await expect(page.getByLabel('Ore settimanali')).toHaveValue('trenta');
  await page.getByLabel('Ore settimanali').fill('37,5');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Per un contratto a tempo determinato indica la durata in mesi.')).toBeVisible();
  await expect(page.getByText('Inserisci un numero.')).toBeHidden();
  await expect(page.getByLabel('Mansione', { exact: true })).toHaveValue('Tornitore CNC');
  await page.getByLabel('Durata del contratto (mesi)').fill('12');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Offerta salvata.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tornitore CNC — Meccanica del Ponte S.r.l.' })).toBeVisible();
  await expect(page.getByTestId('offer-filled')).toHaveText('Posti coperti: 0 di 2');
  await expectNoViolations(page);
  await page.screenshot({ path: `${shots}/offer-page.png`, fullPage: true });

  // In the offers list, with its filters.
  await page.getByRole('navigation').getByRole('link', { name: 'Offerte' }).click();
  await expect(page.getByTestId('offer-count')).toHaveText('1 offerta');
  const row = page.getByRole('row', { name: /Tornitore CNC/ });
  await expect(row).toContainText('Meccanica del Ponte S.r.l.');
  await expect(row).toContainText('0 di 2');
  await expect(row).toContainText('Aperta');
  await page.getByLabel('Stato').selectOption({ label: 'Chiusa' });
  await expect(page.getByTestId('offer-count')).toHaveText('0 di 1');
  await page.getByLabel('Stato').selectOption({ label: 'Aperta' });
  await page.getByTestId('offer-search').fill('tornit');
  await expect(page.getByTestId('offer-count')).toHaveText('1 offerta');
  await expectNoViolations(page);
  await page.screenshot({ path: `${shots}/offers.png` });

  // Edit, then reload: the change is stored.
  await row.getByRole('link', { name: 'Tornitore CNC' }).click();
  await page.getByLabel('Posti disponibili').fill('3');
  await page.getByLabel('Mansione', { exact: true }).fill('Tornitore CNC esperto');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Offerta salvata.')).toBeVisible();
  await page.reload();
  await unlock(page);
  await expect(page.getByLabel('Mansione', { exact: true })).toHaveValue('Tornitore CNC esperto');
  await expect(page.getByLabel('Posti disponibili')).toHaveValue('3');
  await expect(page.getByLabel('Durata del contratto (mesi)')).toHaveValue('12');
  await expect(page.getByLabel('Ore settimanali')).toHaveValue('37,5');
  await expect(page.getByLabel('Competenze richieste')).toHaveValue('tornitura, lettura disegno tecnico');

  // The offer shows on its employer's page, and the employer in the list.
  await page.getByRole('link', { name: 'Apri la scheda dell’azienda' }).click();
  await expect(page.getByTestId('employer-offers')).toContainText('Tornitore CNC esperto');
  await expect(page.getByLabel('Assunzione da parte di altra azienda (€ 10.000 a lavoratore)')).toBeChecked();
  await expect(page.getByLabel('Referente')).toHaveValue('Sara Bandinelli');
  await page.getByRole('navigation').getByRole('link', { name: 'Aziende' }).click();
  await expect(page.getByTestId('employer-count')).toHaveText('1 azienda');
  await expect(page.getByRole('row', { name: /Meccanica del Ponte/ })).toContainText('12/03/2019');

  // A second employer with the same partita IVA is refused, with a link to the first.
  await fillEmployer(page, 'Altra Meccanica S.p.A.', VALID_PIVA);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Esiste già un’azienda con questa partita IVA.')).toBeVisible();
  await page.getByRole('link', { name: 'Apri l’azienda esistente' }).click();
  await expect(page).toHaveURL(employerUrl);
  await expect(page.getByRole('heading', { name: 'Meccanica del Ponte S.r.l.', level: 1 })).toBeVisible();

  // Deleting an employer with history asks first, then leaves it (and its offers) out of the lists.
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Elimina l’azienda' }).click();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain('1 contatto, 1 offerta');
  await expect(page.getByRole('heading', { name: 'Meccanica del Ponte S.r.l.', level: 1 })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Elimina l’azienda' }).click();
  await expect(page.getByRole('heading', { name: 'Aziende', level: 1 })).toBeVisible();
  await expect(page.getByText('Nessuna azienda in archivio.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Offerte' }).click();
  await expect(page.getByText('Nessuna offerta in archivio.')).toBeVisible();
});

test('the demo employers: search, filters by comune and ATECO section, English labels', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Aziende' }).click();
  await expect(page.getByTestId('employer-count')).toHaveText('40 aziende');
  await expectNoViolations(page);
  await page.screenshot({ path: `${shots}/employers.png` });

  await page.getByLabel('Sezione ATECO').selectOption({ label: 'H — Trasporto e magazzinaggio' });
  await expect(page.getByTestId('employer-count')).toHaveText(/^\d+ di 40$/);
  const transport = await page.locator('tbody tr').count();
  expect(transport).toBeGreaterThan(0);
  await page.getByLabel('Sezione ATECO').selectOption({ label: 'Tutte le sezioni' });
  await expect(page.getByTestId('employer-count')).toHaveText('40 aziende');
  const firstName = (await page.locator('tbody tr td:first-child a').first().innerText()).trim();
  await page.getByTestId('employer-search').fill(firstName.split(' ')[0]!.toLowerCase());
  await expect(page.locator('tbody tr').first()).toContainText(firstName);
  await page.getByRole('button', { name: 'Azzera filtri' }).click();
  await expect(page.getByTestId('employer-count')).toHaveText('40 aziende');

  await page.locator('tbody tr td:first-child a').first().click();
  await expect(page.getByRole('heading', { name: firstName, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Partita IVA')).toHaveValue(/^\d{11}$/);
  await expectNoViolations(page);

  await page.getByRole('combobox', { name: 'Lingua' }).selectOption('en');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Employers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contacts with the employer' })).toBeVisible();
  await expect(page.getByText('Company name', { exact: true })).toBeVisible();
});
