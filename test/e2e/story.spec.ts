// The case-work story of issue 5, end to end, as the coordinator of the demo programme: an
// employer and an offer filed through the UI, three workers proposed, one taken through every
// stage to hiring (the CV version sent shows on its card), the worker placed, the offer's count and
// the agenda updated; a second worker trained to completion; a third launching a business; both CV
// variants generated and the anonymised one read back with a PDF reader. The access log reads the
// moves in words and the right-of-access export lists the case work.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadDemo } from './helpers';
import { readSubjectAccessArchive } from './subjectAccess';
import { screenDay } from './dates';

const SHOTS = 'test-results/screenshots';
const EMPLOYER = 'Logistica del Valdarno S.r.l. (storia e2e)';
const ROLE = 'Magazziniere carrellista (storia e2e)';
const COURSE = 'Carrellisti e sicurezza in magazzino (storia e2e)';

const day = (offset: number, months = 0) => screenDay(offset, months);

/** A valid partita IVA: 7-digit serial, office code, check digit (odd places as they are, even places doubled). */
function partitaIva(serial: string, office = '048'): string {
  const digits = `${serial}${office}`.split('').map(Number);
  const sum = digits.reduce((total, digit, index) => total + (index % 2 === 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2), 0);
  return `${serial}${office}${(10 - (sum % 10)) % 10}`;
}

/** The text of a downloaded PDF, read with pdfjs-dist; wrapped lines joined by spaces. */
async function pdfText(download: Download): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(await download.path())), verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) for (const item of (await (await pdf.getPage(n)).getTextContent()).items) if ('str' in item) parts.push(item.str);
  await pdf.destroy();
  return parts.join(' ').replace(/\s+/g, ' ');
}

async function activeWorkers(page: Page, count: number): Promise<string[]> {
  await page.getByRole('navigation').getByRole('link', { name: 'Lavoratori' }).click();
  await page.getByRole('search').getByLabel('Stato').selectOption({ label: 'Attivo nel programma' });
  const cells = page.locator('[role="row"] .col-codiceFiscale[role="cell"]');
  await expect(cells.first()).toBeVisible();
  return (await cells.allInnerTexts()).slice(0, count).map((text) => text.trim());
}

/** Opens a worker file by codice fiscale and answers the name as the board shows it. */
async function openWorker(page: Page, codiceFiscale: string): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Lavoratori' }).click();
  // Whatever the status now (placed, in training…): the list keeps the last filter chosen.
  await page.getByRole('search').getByLabel('Stato').selectOption({ label: 'Tutti gli stati' });
  await page.getByTestId('worker-search').fill(codiceFiscale);
  await page.locator('.col-surname a').first().click();
  const heading = page.getByRole('heading', { name: /^Scheda di / });
  await expect(heading).toBeVisible();
  return (await heading.innerText()).replace(/^Scheda di /, '').trim();
}

const column = (page: Page, name: string): Locator => page.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
const card = (page: Page, name: string): Locator => page.getByTestId('candidacy-card').filter({ hasText: name });

async function moveByMenu(page: Page, name: string, stage: string) {
  await card(page, name).locator('.card-main').click();
  await card(page, name).getByRole('button', { name: `In «${stage}»` }).click();
}

async function saveCv(page: Page): Promise<{ download: Download; reference: string }> {
  await page.getByRole('button', { name: 'Prepara il CV' }).click();
  await expect(page.getByRole('heading', { name: 'Revisione del CV' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Salva e scarica PDF' }).click();
  const download = await downloading;
  const saved = page.getByText(/^CV salvato \(rif\. PCO-/);
  await expect(saved).toBeVisible();
  return { download, reference: (await saved.innerText()).match(/PCO-[0-9A-Z]{6}/)?.[0] ?? '' };
}

test.beforeEach(async ({ page }) => {
  // Downloads instead of native "Save as" dialogs, which a test cannot drive.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});

test('a counselor’s year in one story: employer and offer, hiring through every stage, a course, a venture, CVs', async ({ page }) => {
  test.setTimeout(180_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await loadDemo(page);
  const [first, second, third] = await activeWorkers(page, 3);

  // 1. Both CV variants of the worker to be hired; the anonymised PDF names nobody.
  const hired = await openWorker(page, first!);
  await page.getByLabel('Indirizzo').fill('Via dei Tintori 17');
  await page.getByLabel('Telefono').fill('333 4455667');
  await page.getByLabel('Email').fill('storia.e2e@example.it');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Scheda salvata.')).toBeVisible();
  const surname = await page.getByLabel('Cognome').inputValue();
  const name = await page.getByLabel('Nome', { exact: true }).inputValue();
  const codiceFiscale = await page.getByLabel('Codice fiscale').inputValue();
  await page.getByRole('link', { name: 'Crea CV' }).click();
  await page.getByRole('radio', { name: /Anonima/ }).check();
  const anonymous = await saveCv(page);
  const anonymousText = await pdfText(anonymous.download);
  expect(anonymousText).toContain(anonymous.reference);
  for (const secret of [surname, name, codiceFiscale, '333 4455667', 'storia.e2e@example.it', 'Via dei Tintori']) expect(anonymousText).not.toContain(secret);
  expect(anonymousText.replace(/\D/g, '')).not.toContain('3334455667');
  await page.getByRole('radio', { name: 'Completa' }).check();
  const full = await saveCv(page);
  const fullText = await pdfText(full.download);
  for (const expected of [`${name} ${surname}`, '333 4455667', 'storia.e2e@example.it']) expect(fullText).toContain(expected);

  // 2. An employer and its offer, through their forms.
  await page.getByRole('navigation').getByRole('link', { name: 'Aziende' }).click();
  await page.getByRole('link', { name: 'Nuova azienda' }).click();
  await page.getByLabel('Ragione sociale').fill(EMPLOYER);
  await page.getByLabel('Partita IVA').fill(partitaIva(String(1_000_000 + (Date.now() % 8_999_999)).slice(0, 7)));
  await page.getByLabel('Comune', { exact: true }).fill('Figline e Incisa Valdarno (FI)');
  await page.getByLabel('Codice ATECO').fill('52.10.20');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('heading', { name: EMPLOYER, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Nuova offerta per questa azienda' }).click();
  await page.getByLabel('Mansione', { exact: true }).fill(ROLE);
  await page.getByLabel('Posti disponibili').fill('1');
  await page.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo determinato' });
  await page.getByLabel('Durata del contratto (mesi)').fill('12');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Offerta salvata.')).toBeVisible();
  const offerId = page.url().split('/').pop() ?? '';
  await expect(page.getByTestId('offer-filled')).toHaveText('Posti coperti: 0 di 1');

  // 3. Three workers proposed on the offer's board.
  const trainee = await openWorker(page, second!);
  const founder = await openWorker(page, third!);
  await page.goto(`./#/offers/${offerId}/board`);
  for (const worker of [hired, trainee, founder]) {
    await page.getByRole('button', { name: 'Proponi un lavoratore' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cerca per cognome o nome').fill(worker);
    await dialog.getByLabel('Lavoratore', { exact: true }).selectOption({ label: worker });
    await dialog.getByRole('button', { name: 'Proponi' }).click();
    await expect(dialog).toBeHidden();
    await expect(column(page, 'Proposto').getByTestId('candidacy-card').filter({ hasText: worker })).toBeVisible();
  }

  // 4. Proposed → CV sent, by drag and drop, choosing the anonymised version: the card says which.
  await card(page, hired).dragTo(column(page, 'CV inviato'));
  const cvSelect = page.getByRole('dialog').getByLabel('CV inviato all’azienda');
  const anonymousOption = (await cvSelect.locator('option', { hasText: anonymous.reference }).innerText()).trim();
  await cvSelect.selectOption({ label: anonymousOption });
  await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
  await expect(column(page, 'CV inviato').getByTestId('candidacy-card').filter({ hasText: hired })).toBeVisible();
  await expect(card(page, hired).getByTestId('card-cv')).toHaveText(`CV inviato: Anonima (prima proposta), Italiano, del ${day(0)}`);
  await card(page, hired).screenshot({ path: `${SHOTS}/story-board-card-cv.png` });
  await page.screenshot({ path: `${SHOTS}/story-board.png`, fullPage: true });

  // 5. An introductory meeting at the employer: scheduled, then held.
  await page.getByRole('link', { name: 'Organizza un incontro' }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^${hired} — `) }).check();
  await page.getByLabel('Ora').fill('10:30');
  await page.getByLabel('Luogo').fill('Magazzino di Figline (storia e2e)');
  await page.getByRole('button', { name: 'Fissa l’incontro' }).click();
  const meetingRow = page.getByTestId('meeting-row').filter({ hasText: 'Magazzino di Figline (storia e2e)' });
  await expect(meetingRow).toContainText('Incontro fissato', { timeout: 30_000 });
  await meetingRow.getByRole('button', { name: 'Segna come svolto' }).click();
  await expect(meetingRow).toContainText('Incontro svolto', { timeout: 30_000 });

  // 6. Trial by the card's menu: the agenda shows the meeting today and the trial's end in 30 days.
  await page.goto(`./#/offers/${offerId}/board`);
  await expect(column(page, 'Incontro svolto').getByTestId('candidacy-card').filter({ hasText: hired })).toBeVisible();
  await moveByMenu(page, hired, 'In prova');
  await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
  await expect(column(page, 'In prova').getByTestId('candidacy-card').filter({ hasText: hired })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Agenda' }).click();
  await page.getByLabel('Vai al giorno').fill(day(0));
  // The week's time grid shows the meeting at its time, with the employer and the candidate.
  const meeting = page.locator('.week-block.agenda-meeting').filter({ hasText: EMPLOYER });
  await expect(meeting.locator('.week-block-time')).toHaveText('10:30');
  await expect(meeting).toContainText(`Incontro conoscitivo · ${EMPLOYER}`);
  await expect(meeting).toContainText(hired);
  await page.getByLabel('Vai al giorno').fill(day(30));
  await expect(page.getByTestId('agenda-entry').filter({ hasText: hired }).filter({ hasText: 'Fine prova' })).toBeVisible();

  // 7. Hired: the worker is placed, the offer full, the end of the fixed-term contract in the agenda.
  await page.goto(`./#/offers/${offerId}/board`);
  await moveByMenu(page, hired, 'Assunto');
  const hireDialog = page.getByRole('dialog');
  await hireDialog.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo determinato' });
  await hireDialog.getByLabel('Durata del contratto (mesi)').fill('12');
  await hireDialog.getByLabel('Ore settimanali').fill('38');
  await hireDialog.getByLabel('Incentivo utilizzato').selectOption({ label: 'Altro datore (€10.000)' });
  await hireDialog.getByRole('button', { name: 'Registra l’assunzione' }).click();
  await expect(hireDialog).toBeHidden();
  await expect(column(page, 'Assunto').getByTestId('candidacy-card').filter({ hasText: hired })).toBeVisible();
  await expect(page.getByTestId('board-positions')).toHaveText('Posti coperti: 1 di 1');
  await page.getByRole('link', { name: 'Apri l’offerta' }).click();
  await expect(page.getByTestId('offer-filled')).toHaveText('Posti coperti: 1 di 1');
  await page.getByRole('navigation').getByRole('link', { name: 'Agenda' }).click();
  await page.getByLabel('Vai al giorno').fill(day(-1, 12));
  await expect(page.getByTestId('agenda-entry').filter({ hasText: hired }).filter({ hasText: 'Fine contratto a termine' })).toBeVisible();
  await openWorker(page, first!);
  await expect(page.getByTestId('worker-file-status')).toHaveText('Stato: Ricollocato');
  await expect(page.locator('form.worker-form').getByLabel('Stato', { exact: true })).toHaveValue('placed');

  // The right-of-access export of the hired worker lists the case work.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta tutti i dati (art. 15)' }).click();
  const archive = await readSubjectAccessArchive(await (await exported).path());
  const html = archive.html;
  for (const expected of ['Candidature alle offerte di lavoro', `${ROLE} — ${EMPLOYER}`, `CV inviato (CV ${anonymous.reference})`, 'Curriculum preparati', anonymous.reference, full.reference, 'Candidatura: Assunto'])
    expect(html).toContain(expected);
  const json = JSON.parse(archive.json) as { version: number; casework: { candidacies: { stage: string }[]; cvs: unknown[] } };
  expect(json.version).toBe(2);
  expect(json.casework.cvs).toHaveLength(2);
  expect(json.casework.candidacies.map((candidacy) => candidacy.stage)).toContain('hired');
  const exportPage = await page.context().newPage();
  await exportPage.setViewportSize({ width: 1000, height: 1300 });
  await exportPage.setContent(html);
  await exportPage.screenshot({ path: `${SHOTS}/story-gdpr-export.png`, fullPage: true });
  await exportPage.getByRole('heading', { name: 'Curriculum preparati' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await exportPage.screenshot({ path: `${SHOTS}/story-gdpr-export-casework.png` });
  await exportPage.close();

  // 8. A course to completion for the second worker: in training, then active again.
  await page.getByRole('navigation').getByRole('link', { name: 'Corsi', exact: true }).click();
  await page.getByRole('link', { name: 'Nuovo corso' }).click();
  await page.getByLabel('Titolo del corso').fill(COURSE);
  await page.getByLabel('Ente di formazione').fill('Valdarno Formazione scarl');
  await page.getByLabel('Durata (ore)').fill('20');
  await page.getByLabel('Inizio').fill(day(-14));
  await page.getByLabel('Fine', { exact: true }).fill(day(30));
  await page.getByLabel('Finanziamento').selectOption({ label: 'Piano sociale' });
  await page.getByRole('button', { name: 'Salva il corso' }).click();
  await expect(page.getByText('Corso salvato.')).toBeVisible();
  const choice = page.getByLabel('Lavoratore', { exact: true });
  await choice.selectOption((await choice.locator('option', { hasText: second! }).getAttribute('value'))!);
  await page.getByLabel('Data di iscrizione').fill(day(-20));
  await page.getByRole('button', { name: 'Iscrivi', exact: true }).click();
  await expect(page.getByTestId('status-change')).toHaveText('Stato del lavoratore aggiornato: Attivo nel programma → In formazione.');
  await page.getByRole('link', { name: 'Presenze ed esito' }).click();
  await expect(page.getByTestId('worker-status')).toHaveText('Stato attuale: In formazione');
  for (const offset of [-14, -13, -12, -11]) {
    await page.getByLabel('Giorno').fill(day(offset));
    await page.getByLabel('Ore', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Registra la presenza' }).click();
    await expect(page.getByText(`Presenza registrata: 4 ore il ${day(offset)}.`)).toBeVisible();
  }
  await page.getByLabel('Esito').selectOption({ label: 'Completato con attestato' });
  await page.getByRole('button', { name: 'Registra la fine del corso' }).click();
  await expect(page.getByTestId('enrolment-outcome')).toContainText('Completato con attestato');
  await expect(page.getByTestId('worker-status')).toHaveText('Stato attuale: Attivo nel programma');

  // 9. A venture launched today for the third worker: self-employed.
  await openWorker(page, third!);
  await page.getByRole('link', { name: 'Nuovo progetto di impresa' }).click();
  await page.getByLabel('Descrizione dell’idea').fill('Riparazione di biciclette e piccola logistica urbana in Valdarno');
  const milestone = (label: string) => page.getByRole('group', { name: label });
  await milestone('Business plan').getByLabel('Fatta il').fill(day(-20));
  await milestone('Avvio dell’attività').getByLabel('Fatta il').fill(day(0));
  await page.getByRole('button', { name: 'Salva il progetto' }).click();
  await expect(page.getByText('Progetto salvato.')).toBeVisible();
  await expect(page.getByTestId('worker-status')).toHaveText('Stato attuale: Lavoratore autonomo');
  await page.getByRole('link', { name: 'Torna alla scheda del lavoratore' }).click();
  await expect(page.getByTestId('worker-file-status')).toHaveText('Stato: Lavoratore autonomo');

  // 10. The access log reads the moves and the catalogue entries in words.
  await page.getByRole('navigation').getByRole('link', { name: 'Registro accessi' }).click();
  const rows = page.locator('table.data-table tbody tr');
  await expect(rows.filter({ hasText: 'Candidatura: CV inviato' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: `Azienda: ${EMPLOYER}` }).filter({ hasText: 'Creazione' })).toHaveCount(1);
  await expect(rows.filter({ hasText: `Offerta: ${ROLE}` }).filter({ hasText: 'Creazione' })).toContainText(`Offerta di ${EMPLOYER}`);
  await expect(rows.filter({ hasText: 'Progetto d’impresa creato' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Fine di un corso' }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/story-audit.png`, fullPage: true });
});
