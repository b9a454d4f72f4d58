// Candidacies through to hiring: an offer made with the offer form on a demo employer, three
// workers proposed on its board, one taken through every stage (drag and drop, an introductory
// meeting, the menu, the hiring form), one moved by keyboard, one ended as declined.
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo } from './helpers';
import { screenDay } from './dates';

const SHOTS = 'test-results/screenshots';
const ROLE = 'Addetto al magazzino (prova e2e)';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const today = () => screenDay();

/** Creates an offer with two positions through the offer form; returns its id. */
async function createOffer(page: Page): Promise<{ id: string; employer: string }> {
  await page.goto('./#/offers/new');
  const employerSelect = page.getByLabel('Azienda', { exact: true });
  await employerSelect.selectOption({ index: 1 });
  const employer = (await employerSelect.locator('option:checked').innerText()).trim();
  await page.getByLabel('Mansione', { exact: true }).fill(ROLE);
  await page.getByLabel('Posti disponibili').fill('2');
  await page.getByLabel('Comune della sede di lavoro').fill('Figline e Incisa Valdarno (FI)');
  await page.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo indeterminato' });
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page).toHaveURL(/#\/offers\/[0-9a-f-]{36}$/);
  return { id: page.url().split('/').pop() ?? '', employer };
}

function column(page: Page, name: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
}

function cardIn(page: Page, columnName: string, name: string): Locator {
  return column(page, columnName).getByTestId('candidacy-card').filter({ hasText: name });
}

function card(page: Page, name: string): Locator {
  return page.getByTestId('candidacy-card').filter({ hasText: name });
}

async function propose(page: Page, index: number, screenshot?: string): Promise<string> {
  await page.getByRole('button', { name: 'Proponi un lavoratore' }).click();
  const dialog = page.getByRole('dialog');
  const picker = dialog.getByLabel('Lavoratore', { exact: true });
  const option = picker.locator('option:not([disabled])').nth(index);
  const name = (await option.innerText()).trim();
  await picker.selectOption({ label: name });
  if (screenshot) await page.screenshot({ path: `${SHOTS}/${screenshot}.png` });
  await dialog.getByRole('button', { name: 'Proponi' }).click();
  await expect(dialog).toBeHidden();
  await expect(cardIn(page, 'Proposto', name)).toBeVisible();
  return name;
}

async function moveByMenu(page: Page, name: string, stage: string) {
  await card(page, name).locator('.card-main').click();
  await card(page, name).getByRole('button', { name: `In «${stage}»` }).click();
}

test('an offer board from proposal to hiring', async ({ page }) => {
  test.setTimeout(180_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await loadDemo(page);
  const offer = await createOffer(page);
  await page.goto(`./#/offers/${offer.id}/board`);
  await expect(page.getByRole('heading', { name: `Candidature: ${ROLE}`, level: 1 })).toBeVisible();
  await expect(page.getByTestId('board-positions')).toHaveText('Posti coperti: 0 di 2');

  const hired = await propose(page, 0, 'candidacies-propose-dialog');
  const byKeyboard = await propose(page, 0);
  const declined = await propose(page, 0);
  await page.screenshot({ path: `${SHOTS}/candidacies-board.png`, fullPage: true });
  await expectNoViolations(page);

  // 1. Drag and drop: proposed → CV sent.
  await card(page, hired).dragTo(column(page, 'CV inviato'));
  const moveDialog = page.getByRole('dialog');
  await expect(moveDialog.getByRole('heading', { name: `${hired}: passa a «CV inviato»` })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/candidacies-move-dialog.png` });
  await moveDialog.getByRole('button', { name: 'Conferma' }).click();
  await expect(cardIn(page, 'CV inviato', hired)).toBeVisible();

  // 2. An introductory meeting with the employer: scheduled, then held.
  await page.getByRole('link', { name: 'Organizza un incontro' }).click();
  await expect(page.getByRole('heading', { name: 'Nuovo incontro conoscitivo' })).toBeVisible();
  await expect(page.getByLabel('Azienda', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByRole('checkbox', { name: new RegExp(`^${hired} — `) }).check();
  // The time is the app's 24-hour field (the browser's shows AM/PM on an English system).
  const time = page.getByLabel('Ora');
  await expect(time).toHaveAttribute('placeholder', 'hh:mm');
  await time.fill('25:00');
  await page.getByRole('button', { name: 'Fissa l’incontro' }).click();
  await expect(page.getByText('Ora non valida: scrivila come hh:mm nelle 24 ore, per esempio 09:30 o 14:15.')).toBeVisible();
  await time.fill('1030');
  await time.blur();
  await expect(time).toHaveValue('10:30');
  await expect(page.getByText('Ora non valida: scrivila come hh:mm nelle 24 ore, per esempio 09:30 o 14:15.')).toBeHidden();
  await page.getByLabel('Luogo').fill('Ufficio del personale (prova e2e)');
  await page.getByLabel('Note').fill('Portare il libretto formativo');
  await page.getByRole('button', { name: 'Fissa l’incontro' }).click();
  await expect(page.getByText('Incontro fissato: le candidature scelte sono ora «Incontro fissato».')).toBeVisible();
  const meetingRow = page.getByTestId('meeting-row').filter({ hasText: 'Ufficio del personale (prova e2e)' });
  // The list opens every meeting's candidacies (223 in the demo): allow for a slow machine.
  await expect(meetingRow).toContainText('Incontro fissato', { timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/candidacies-meetings.png`, fullPage: true });
  await expectNoViolations(page);
  await meetingRow.getByRole('button', { name: 'Segna come svolto' }).click();
  await expect(meetingRow).toContainText('Svolto', { timeout: 30_000 });
  await expect(meetingRow).toContainText('Incontro svolto');

  // 3. Back on the board: trial by the menu, then hired with the hiring form.
  await meetingRow.getByRole('link', { name: hired }).click();
  await expect(cardIn(page, 'Incontro svolto', hired)).toBeVisible();
  await moveByMenu(page, hired, 'In prova');
  await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
  await expect(cardIn(page, 'In prova', hired)).toBeVisible();
  await moveByMenu(page, hired, 'Assunto');
  const hireDialog = page.getByRole('dialog');
  await expect(hireDialog.getByRole('heading', { name: `Assunzione di ${hired}` })).toBeVisible();
  await expect(hireDialog).toContainText(offer.employer);
  await hireDialog.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo determinato' });
  await hireDialog.getByRole('button', { name: 'Registra l’assunzione' }).click();
  await expect(hireDialog.getByText('Indica la durata in mesi del contratto a termine.')).toBeVisible();
  await hireDialog.getByLabel('Durata del contratto (mesi)').fill('12');
  await hireDialog.getByLabel('Ore settimanali').fill('38');
  await hireDialog.getByLabel('Incentivo utilizzato').selectOption({ label: 'Altro datore (€10.000)' });
  await expect(hireDialog.getByText(/Il contratto termina il \d{2}\/\d{2}\/\d{4}\./)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/candidacies-hire-dialog.png` });
  await expectNoViolations(page);
  await hireDialog.getByRole('button', { name: 'Registra l’assunzione' }).click();
  await expect(hireDialog).toBeHidden();
  await expect(cardIn(page, 'Assunto', hired)).toBeVisible();
  await expect(page.getByTestId('board-positions')).toHaveText('Posti coperti: 1 di 2');

  // 4. Keyboard: → to CV sent, ← back with a reason; the move is announced and focus stays on the card.
  const keyCard = card(page, byKeyboard).locator('.card-main');
  await keyCard.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog').getByRole('heading', { name: `${byKeyboard}: passa a «CV inviato»` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${byKeyboard}: ora «CV inviato».` })).toBeVisible();
  await expect(cardIn(page, 'CV inviato', byKeyboard)).toBeVisible();
  await expect(card(page, byKeyboard).locator('.card-main')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByText('Indica il motivo.')).toBeVisible();
  await page.getByRole('dialog').getByLabel('Motivo').fill('CV da aggiornare prima dell’invio');
  await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
  await expect(cardIn(page, 'Proposto', byKeyboard)).toBeVisible();

  // 5. Ended as declined by the worker, with a reason (Delete on the focused card).
  await card(page, declined).locator('.card-main').focus();
  await page.keyboard.press('Delete');
  const endDialog = page.getByRole('dialog');
  await endDialog.getByLabel('Rinuncia del lavoratore').check();
  await endDialog.getByRole('button', { name: 'Conferma' }).click();
  await expect(endDialog.getByText('Indica il motivo.')).toBeVisible();
  await endDialog.getByLabel('Motivo').fill('Preferisce un lavoro più vicino a casa');
  await endDialog.getByRole('button', { name: 'Conferma' }).click();
  const ended = cardIn(page, 'Chiuse senza assunzione', declined);
  await expect(ended).toContainText('Rinuncia del lavoratore');
  await expect(ended).toContainText('Preferisce un lavoro più vicino a casa');
  await page.screenshot({ path: `${SHOTS}/candidacies-board-after.png`, fullPage: true });
  await expectNoViolations(page);

  // The board in English.
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.getByRole('heading', { name: `Candidacies: ${ROLE}` })).toBeVisible();
  await expect(page.getByTestId('board-positions')).toHaveText('Positions filled: 1 of 2');
  await page.screenshot({ path: `${SHOTS}/candidacies-board-en.png`, fullPage: true });
  await page.getByLabel('Language').selectOption('it');

  // The offer counts the hiring too.
  await page.getByRole('link', { name: 'Apri l’offerta' }).click();
  await expect(page.getByTestId('offer-filled')).toContainText('1');

  // 6. The worker file: placed, the candidacy hired, the fixed-term end; from that day, back into the programme.
  await page.goto(`./#/offers/${offer.id}/board`);
  await card(page, hired).getByRole('link', { name: `Scheda ${hired}` }).click();
  await expect(page.locator('form.worker-form').getByLabel('Stato', { exact: true })).toHaveValue('placed');
  const section = page.getByRole('region', { name: 'Candidature e assunzioni' });
  await expect(section.getByTestId('worker-candidacy').filter({ hasText: ROLE })).toContainText('Assunto');
  await expect(section.getByTestId('worker-placements')).toContainText(`Tempo determinato dal ${today()}`);
  await expect(section.getByTestId('worker-placements')).toContainText(/Fine del contratto: \d{2}\/\d{2}\/\d{4}/);
  await expect(section.getByRole('button', { name: 'Rientro nel programma' })).toHaveCount(0);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/candidacies-worker-file.png`, fullPage: true });
  await expectNoViolations(page);

  const later = new Date();
  later.setMonth(later.getMonth() + 13);
  await page.clock.setFixedTime(later);
  await page.getByRole('link', { name: 'Incontri' }).click();
  await page.goBack();
  const back = page.getByRole('region', { name: 'Candidature e assunzioni' });
  await back.getByRole('button', { name: 'Rientro nel programma' }).click();
  await expect(back.getByText('Il lavoratore è rientrato nel programma.')).toBeVisible();
  await expect(page.locator('form.worker-form').getByLabel('Stato', { exact: true })).toHaveValue('active');
});
