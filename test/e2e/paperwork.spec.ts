// Modulistica end to end: the coordinator writes the programme's texts (with a logo); on the file of
// a worker called to an introductory meeting, the informativa is generated and "signed" (a PDF the
// test makes), and the consent date follows; the Patto likewise dates the plan; the letters of
// convocation and both candidate sheets are downloaded and read back with pdf.js (the anonymised
// one names no one); a course session's register is printed, then its hours entered on one screen.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readPdf } from '../../shared/documents/templates/readPdf.testing';
import { loadDemo } from './helpers';
import { screenDay } from './dates';
import { LAPTOP_SIZES } from './shots';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => (bytes.reduce((c, byte) => (CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)) >>> 0, 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 160×60 logo the test draws: a blue band with a lighter stripe, written as a PNG by hand. */
function logoPng(): Buffer {
  const [width, height] = [160, 60];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: height }, (_, y) => Buffer.from([0, ...Array.from({ length: width }, (_, x) => (Math.abs(x - y * 2) < 12 ? [120, 170, 230] : [16, 64, 135])).flat()])),
  );
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
const LOGO = logoPng();
const CONTROLLER = 'Outplacement Valdarno S.r.l. (prova e2e)';

test.beforeEach(async ({ page }) => {
  // No "Save as" nor "Open" dialogs: the web bridge falls back to a download and a file input.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
    Object.defineProperty(window, 'showOpenFilePicker', { value: undefined });
  });
});

/** The text of a downloaded PDF, read Node side with pdf.js; pieces joined by single spaces. */
async function pdfText(download: Download): Promise<string> {
  return (await readPdf(new Uint8Array(readFileSync(await download.path())))).text;
}

/** A one-page PDF standing for a signed scan. */
async function signedScan(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

/** Clicks `button` and returns the PDF it downloads. */
async function downloadFrom(page: Page, click: () => Promise<void>): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await click();
  return downloading;
}

/** Clicks the button that opens the file picker and gives it `file`. */
async function pick(page: Page, button: ReturnType<Page['getByRole']>, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await button.click();
  await (await choosing).setFiles(file);
}

const iso = (italian: string) => italian.split('/').reverse().join('-');

const SHOTS = process.env.PCO_SCREENSHOTS_DIR ?? 'test-results/screenshots';

/** Screenshots at the laptop sizes with `part` at the top of the window, whatever the size did to the layout. */
async function shotsOf(page: Page, part: Locator, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const size of LAPTOP_SIZES) {
    await page.setViewportSize(size);
    await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
  }
  if (before) await page.setViewportSize(before);
}

test('documents from templates in Italian, signed scans back on the file, a session register with its hours', async ({ page }) => {
  test.setTimeout(300_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await loadDemo(page);

  // 1. The coordinator writes the programme's texts.
  await page.getByRole('navigation').getByRole('link', { name: 'Impostazioni' }).click();
  const card = page.getByTestId('programme-texts');
  await card.getByLabel('Titolare del trattamento').fill(CONTROLLER);
  await card.getByLabel('Indirizzo del titolare').fill('Via Roma 1, 50063 Figline e Incisa Valdarno (FI)');
  await card.getByLabel('Contatto del DPO').fill('dpo@outplacement-valdarno.example.it');
  await card.getByLabel('Indirizzo del programma').fill('Piazza Marsilio Ficino 5, Figline Valdarno');
  await card.getByLabel('Anni di conservazione').fill('0');
  await card.getByRole('button', { name: 'Salva i testi' }).click();
  await expect(card.getByText('Il valore minimo è 1.')).toBeVisible();
  await card.getByLabel('Anni di conservazione').fill('10');
  await pick(page, card.getByRole('button', { name: 'Scegli il logo…' }), { name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
  await expect(card.getByRole('img', { name: 'Logo del programma' })).toBeVisible();
  await card.getByRole('button', { name: 'Salva i testi' }).click();
  const version = `versione 1 del ${screenDay()}`;
  await expect(page.getByTestId('programme-texts-saved')).toHaveText(`Testi salvati: informativa ${version}.`);
  await shotsOf(page, card, 'paperwork-settings-texts');

  // 2. A worker called to an introductory meeting, whose consent is taken off the file for the test.
  await page.getByRole('navigation').getByRole('link', { name: 'Incontri' }).click();
  // A candidacy still under way (an ended one has no sheet to prepare).
  const invited = page.getByTestId('meeting-row').locator('li').filter({ hasText: /\((Incontro fissato|Incontro svolto)\)/ }).first();
  await expect(invited).toBeVisible({ timeout: 30_000 });
  const meetingRow = invited.locator('xpath=ancestor::tr[1]');
  const employer = (await meetingRow.locator('td').nth(1).innerText()).trim();
  const meetingDate = (await meetingRow.locator('td').first().innerText()).trim().slice(0, 10);
  const candidate = (await invited.locator('a').innerText()).trim();
  await invited.locator('a').click();
  await page.getByRole('link', { name: `Scheda ${candidate}` }).first().click();
  await expect(page.getByRole('heading', { name: `Scheda di ${candidate}` })).toBeVisible();
  const surname = await page.getByLabel('Cognome').inputValue();
  const name = await page.getByLabel('Nome', { exact: true }).inputValue();
  const codiceFiscale = await page.getByLabel('Codice fiscale').inputValue();
  const phone = await page.getByLabel('Telefono').inputValue();
  const email = await page.getByLabel('Email').inputValue();
  await page.getByLabel('Data del consenso privacy').fill('');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Scheda salvata.')).toBeVisible();
  const panel = page.getByTestId('worker-paperwork');
  await expect(panel.getByTestId('paperwork-consent')).toHaveText('Consenso privacy non firmato');

  // 3. The informativa, generated, read back, then signed: the consent date follows.
  const notice = await downloadFrom(page, () => panel.getByRole('button', { name: 'Genera l’informativa' }).click());
  expect(notice.suggestedFilename()).toBe(`Informativa privacy ${surname} ${name} ${iso(screenDay())}.pdf`);
  const noticeText = await pdfText(notice);
  for (const expected of [`${name} ${surname}`, codiceFiscale, CONTROLLER, 'dpo@outplacement-valdarno.example.it', 'art. 9, par. 2, lett. b', 'Garante per la protezione dei dati personali', 'un orientatore lo esamina e decide', version, screenDay()])
    expect(noticeText).toContain(expected);
  const signedOn = screenDay(-1);
  await panel.getByRole('button', { name: `Carica il firmato di Informativa privacy del ${screenDay()}` }).click();
  const signForm = panel.getByRole('form', { name: `Firmato di Informativa privacy del ${screenDay()}` });
  await signForm.getByLabel('Data della firma').fill(signedOn);
  await signForm.getByLabel('Il lavoratore ha acconsentito all’invio del CV alle aziende').check();
  await pick(page, signForm.getByRole('button', { name: 'Scegli il file…' }), { name: 'informativa firmata.pdf', mimeType: 'application/pdf', buffer: await signedScan('Informativa firmata') });
  await expect(signForm.getByText('informativa firmata.pdf')).toBeVisible();
  await shotsOf(page, panel.getByRole('heading', { name: 'Informativa privacy e consenso' }), 'paperwork-sign-form');
  await signForm.getByRole('button', { name: 'Allega il firmato' }).click();
  await expect(panel.getByTestId('paperwork-consent')).toHaveText(`Consenso privacy del ${signedOn}`);
  await expect(panel.getByText(`Firmato il ${signedOn}`)).toBeVisible();
  await expect(page.getByLabel('Data del consenso privacy')).toHaveValue(signedOn);

  // 4. The Patto from the action plan, signed: the plan's signature date follows.
  const plan = page.getByRole('region', { name: 'Piano d’azione individuale' });
  await plan.getByRole('button', { name: 'Aggiungi obiettivo' }).click();
  await plan.getByLabel('Obiettivo 1').fill('Ricollocarsi come manutentore entro sei mesi (prova e2e)');
  await plan.getByRole('button', { name: 'Aggiungi attività' }).click();
  const activity = page.getByTestId('plan-activity').last();
  const activityTitle = 'Corso per carrellisti con patentino (prova e2e)';
  const activityDue = screenDay(21);
  await activity.getByLabel('Attività', { exact: true }).fill(activityTitle);
  await activity.getByLabel('Chi se ne occupa').fill('Lavoratore');
  await activity.getByLabel('Scadenza').fill(activityDue);
  await plan.getByRole('button', { name: 'Registra il piano' }).click();
  await expect(plan.getByText('Piano salvato.')).toBeVisible();
  const pact = await downloadFrom(page, () => panel.getByRole('button', { name: 'Genera il patto' }).click());
  const pactText = await pdfText(pact);
  for (const expected of [`${name} ${surname}`, codiceFiscale, 'ogni due settimane', 'offerte di lavoro congrue', 'Ricollocarsi come manutentore entro sei mesi', activityTitle, activityDue, 'Lavoratore']) expect(pactText).toContain(expected);
  await panel.getByRole('button', { name: `Carica il firmato di Patto di servizio del ${screenDay()}` }).click();
  const pactForm = panel.getByRole('form', { name: `Firmato di Patto di servizio del ${screenDay()}` });
  await pick(page, pactForm.getByRole('button', { name: 'Scegli il file…' }), { name: 'patto firmato.pdf', mimeType: 'application/pdf', buffer: await signedScan('Patto firmato') });
  await pactForm.getByRole('button', { name: 'Allega il firmato' }).click();
  await expect(panel.getByTestId('paperwork-plan-signed')).toHaveText(`Piano firmato il ${screenDay()}`);
  await expect(plan.getByLabel('Firmato il')).toHaveValue(screenDay());

  // 5. Letters of convocation: an interview, and the introductory meeting at the employer's.
  await panel.getByRole('button', { name: 'Convocazione a colloquio…' }).click();
  const letterForm = panel.getByRole('form', { name: 'Convocazione a colloquio' });
  await letterForm.getByLabel('Colloquio').selectOption({ label: 'Bilancio di competenze' });
  await letterForm.getByLabel('Data').fill(screenDay(3));
  // Typed with a dot, as many do: read as the 24-hour 10:15 on leaving the field.
  await letterForm.getByLabel('Ora').fill('10.15');
  await letterForm.getByLabel('Ora').blur();
  await expect(letterForm.getByLabel('Ora')).toHaveValue('10:15');
  await expect(letterForm.getByLabel('Luogo')).toHaveValue('Piazza Marsilio Ficino 5, Figline Valdarno');
  await shotsOf(page, panel.getByRole('heading', { name: 'Lettere di convocazione' }), 'paperwork-convocation-form');
  const interviewLetter = await downloadFrom(page, () => letterForm.getByRole('button', { name: 'Genera la lettera' }).click());
  const interviewText = await pdfText(interviewLetter);
  for (const expected of [`${name} ${surname}`, 'un colloquio di bilancio di competenze', screenDay(3), 'ore 10:15', 'Piazza Marsilio Ficino 5', "un documento d'identità valido"]) expect(interviewText).toContain(expected);
  const meetingLetter = await downloadFrom(page, () => panel.getByRole('button', { name: 'Genera la convocazione' }).first().click());
  const meetingText = await pdfText(meetingLetter);
  for (const expected of [`${name} ${surname}`, `incontro conoscitivo presso ${employer}`, meetingDate]) expect(meetingText).toContain(expected);

  // 6. The candidate sheets: the anonymised one names no one; the full one does.
  const candidacy = panel.getByTestId('paperwork-candidacy').first();
  const anonymous = await downloadFrom(page, () => candidacy.getByRole('button', { name: 'Scheda anonima' }).click());
  expect(anonymous.suggestedFilename()).toMatch(/^Scheda PCO-[0-9A-Z]{6}\.pdf$/);
  const anonymousText = await pdfText(anonymous);
  expect(anonymousText).toContain('Scheda di presentazione del candidato (anonima)');
  expect(anonymousText).toContain("Incentivi che l'azienda può richiedere");
  for (const secret of [surname, name, codiceFiscale, email].filter((value) => value !== '')) expect(anonymousText).not.toContain(secret);
  if (phone) expect(anonymousText.replace(/\D/g, '')).not.toContain(phone.replace(/\D/g, ''));
  const full = await downloadFrom(page, () => candidacy.getByRole('button', { name: 'Scheda completa' }).click());
  const fullText = await pdfText(full);
  expect(fullText).toContain(`${name} ${surname}`);
  if (phone) expect(fullText).toContain(phone);
  await expect(candidacy.getByTestId('paperwork-generated')).toHaveCount(2);
  await shotsOf(page, panel.getByRole('heading', { name: 'Modulistica' }), 'paperwork-worker-panel');
  await shotsOf(page, panel.getByRole('heading', { name: 'Lettere di convocazione' }), 'paperwork-worker-letters');

  // 7. A course with three enrolled, a session's register, then its hours on one screen.
  await page.getByRole('navigation').getByRole('link', { name: 'Corsi', exact: true }).click();
  await page.getByRole('link', { name: 'Nuovo corso' }).click();
  await page.getByLabel('Titolo del corso').fill('Carrellista e sicurezza in magazzino (prova e2e)');
  await page.getByLabel('Ente di formazione').fill('Valdarno Formazione scarl');
  await page.getByLabel('Durata (ore)').fill('40');
  await page.getByLabel('Inizio').fill(screenDay(-14));
  await page.getByLabel('Fine', { exact: true }).fill(screenDay(30));
  await page.getByLabel('Finanziamento').selectOption({ label: 'Piano sociale' });
  await page.getByRole('button', { name: 'Salva il corso' }).click();
  await expect(page.getByText('Corso salvato.')).toBeVisible();
  const enrolled: { name: string; codiceFiscale: string }[] = [];
  for (let i = 0; i < 3; i += 1) {
    const choice = page.getByLabel('Lavoratore', { exact: true });
    const option = choice.locator('option').nth(1);
    const [who = '', cf = ''] = (await option.innerText()).split(' · ');
    await choice.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByLabel('Data di iscrizione').fill(screenDay(-14));
    await page.getByRole('button', { name: 'Iscrivi', exact: true }).click();
    await expect(page.getByTestId('enrolment-row')).toHaveCount(i + 1);
    enrolled.push({ name: who.trim(), codiceFiscale: cf.trim() });
  }
  const register = page.getByTestId('course-register');
  const session = screenDay(-7);
  await register.getByLabel('Giorno della lezione').fill(session);
  await register.getByLabel('Ore', { exact: true }).fill('4');
  const blank = await downloadFrom(page, () => register.getByRole('button', { name: 'Genera il registro' }).click());
  const blankText = await pdfText(blank);
  for (const person of enrolled) {
    expect(blankText).toContain(person.name);
    expect(blankText).toContain(person.codiceFiscale);
  }
  for (const expected of ['Registro presenze', session, 'Durata della lezione 4 ore', 'Firma', 'Iscritti 3']) expect(blankText).toContain(expected);

  await register.getByRole('button', { name: `Carica il firmato e le ore: Registro della lezione del ${session} (4 ore)` }).click();
  const sessionForm = register.getByRole('form', { name: `Presenze della lezione del ${session}` });
  await expect(sessionForm.getByTestId('session-row')).toHaveCount(3);
  const sorted = [...enrolled].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  await sessionForm.getByLabel(`Ore di presenza di ${sorted[1]!.name}`).fill('3,5');
  await sessionForm.getByLabel(`Ore di presenza di ${sorted[2]!.name}`).fill('0');
  await pick(page, sessionForm.getByRole('button', { name: 'Scegli il file…' }), { name: 'registro firmato.pdf', mimeType: 'application/pdf', buffer: await signedScan('Registro firmato') });
  await shotsOf(page, register, 'paperwork-session-hours');
  await sessionForm.getByRole('button', { name: 'Registra presenze e firmato' }).click();
  await expect(register.getByText('Firmato e ore registrate')).toBeVisible();
  const rows = page.getByTestId('enrolment-row');
  await expect(rows.filter({ hasText: sorted[0]!.name })).toContainText('4 di 40 h');
  await expect(rows.filter({ hasText: sorted[1]!.name })).toContainText('3,5 di 40 h');
  await expect(rows.filter({ hasText: sorted[2]!.name })).toContainText('0 di 40 h');

  // The register printed again for that day carries the hours recorded.
  const again = await downloadFrom(page, () => register.getByRole('button', { name: 'Genera il registro' }).click());
  const againText = await pdfText(again);
  expect(againText).toContain(`${sorted[0]!.codiceFiscale} 4`);
  expect(againText).toContain(`${sorted[1]!.codiceFiscale} 3,5`);
  // Printed again, the session stays signed: each enrolment's signed copy still stands.
  await expect(register.getByTestId('register-session')).toHaveCount(1);
  await expect(register.getByText('Firmato e ore registrate')).toBeVisible();
  await shotsOf(page, register, 'paperwork-course-register');
});
