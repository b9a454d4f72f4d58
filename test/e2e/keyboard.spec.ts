// A counselor's round with the keyboard only: unlock (a wrong passphrase first), "/" to the search,
// the arrows through the list, Enter to open a file, Salva, the board with a proposal and a move,
// a dialog opened and closed. After each step the focus is where the user expects it, and the
// window is named after the screen.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadDemo, nav, PASSPHRASE } from './helpers';

/** Tab (Shift+Tab when `back`) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60, back = false): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The text of the focused element, or of its row when it is in one. */
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

test('unlock, search, a file, Salva, the board and a dialog, by keyboard', async ({ page }) => {
  await loadDemo(page);
  await nav(page, 'Lavoratori').click();
  await expect(page).toHaveTitle('Lavoratori — PCO Desk');

  // Unlock: a wrong passphrase leaves the focus in the field, emptied, to type again.
  await page.getByRole('button', { name: 'Blocca' }).press('Enter');
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toBeFocused();
  await expect(page).toHaveTitle('PCO Desk è bloccato — PCO Desk');
  await page.keyboard.type('non è la passphrase giusta');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(passphrase).toBeFocused();
  await expect(passphrase).toHaveValue('');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  const listHeading = page.getByRole('heading', { name: 'Lavoratori', level: 1 });
  await expect(listHeading).toBeFocused();

  // "/" goes to the search; the arrows move through the rows; Enter opens the file.
  await page.keyboard.press('/');
  const search = page.getByTestId('worker-search');
  await expect(search).toBeFocused();
  await page.keyboard.type('bacci');
  await expect(page.getByTestId('worker-count')).not.toContainText('300 lavoratori');
  const rows = page.locator('.vtable-body [role="row"]');
  await tabTo(page, rows.first().getByRole('link'));
  const first = await focusedText(page);
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.first().getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const name = (await rows.nth(1).getByRole('link').getAttribute('aria-label')) ?? (await focusedText(page));
  expect(first).not.toBe('');
  await page.keyboard.press('Enter');
  const fileHeading = page.getByRole('heading', { name: /^Scheda di /, level: 1 });
  await expect(fileHeading).toBeFocused();
  await expect(fileHeading).toContainText(name.split(' ')[0] ?? name);
  const title = (await fileHeading.innerText()).trim();
  await expect(page).toHaveTitle(`${title} — PCO Desk`);

  // Salva: the focus stays on it (not back at the top of the form), and the next Tab goes on from there.
  const save = page.getByRole('button', { name: 'Salva', exact: true });
  await tabTo(page, save, 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Scheda salvata' })).toBeVisible();
  await expect(save).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Cognome')).not.toBeFocused();

  // The board of a new offer: a dialog opened and closed by Escape gives the focus back to its button.
  await page.goto('./#/offers/new');
  await page.getByLabel('Azienda', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Mansione', { exact: true }).fill('Magazziniere (prova tastiera)');
  await page.getByLabel('Posti disponibili').fill('2');
  await page.getByLabel('Comune della sede di lavoro').fill('Figline e Incisa Valdarno (FI)');
  await page.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo indeterminato' });
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page).toHaveURL(/#\/offers\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}/board`);
  const boardHeading = page.getByRole('heading', { name: 'Candidature: Magazziniere (prova tastiera)', level: 1 });
  await expect(boardHeading).toBeFocused();
  const propose = page.getByRole('button', { name: 'Proponi un lavoratore' });
  await tabTo(page, propose);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(propose).toBeFocused();

  // Annulla too; then a proposal made from the keyboard.
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Annulla' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(propose).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByLabel('Lavoratore', { exact: true }));
  await page.keyboard.press('ArrowDown');
  const worker = (await dialog.getByLabel('Lavoratore', { exact: true }).locator('option:checked').innerText()).trim();
  await tabTo(page, dialog.getByRole('button', { name: 'Proponi' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const card = page.getByTestId('candidacy-card').filter({ hasText: worker }).locator('.card-main');
  await expect(card).toBeVisible();

  // A card moved with the arrow keys: the dialog asks, Enter confirms, the focus stays on the card.
  await tabTo(page, card);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('heading', { name: `${worker}: passa a «CV inviato»` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${worker}: ora «CV inviato».` })).toBeVisible();
  await expect(page.getByRole('region', { name: /^CV inviato \d+$/ }).getByTestId('candidacy-card').filter({ hasText: worker })).toBeVisible();
  await expect(card).toBeFocused();

  // The help of the screen: "?" opens it, Escape closes it and the focus is back on "?".
  const help = page.getByRole('button', { name: 'Guida di questa schermata' });
  await tabTo(page, help, 80, true);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Guida: Bacheca delle candidature' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(help).toBeFocused();

  // Back to the list from the menu: its heading takes the focus.
  await nav(page, 'Lavoratori').press('Enter');
  await expect(listHeading).toBeFocused();
});
