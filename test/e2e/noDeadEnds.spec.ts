// Issue 18, items 2–4: no dead ends (a worker proposed from *Offerte adatte*, the result linking the
// board; board → offer → board), a worker file you can move around in (its index by keyboard, the
// section kept in the address across a reload, the save bar never over the focused field, one live
// history), and no false empties (a screen still loading never says there is nothing).
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo, unlock } from './helpers';
import { shots } from './shots';
import { shiftItalian } from './dates';

/** Texts that say "nothing here": each screen checked below has something, so none may ever show. */
const EMPTY_TEXTS = ['Nessuna candidatura di questa azienda da convocare', 'Nessuna candidatura.', 'Nessun colloquio registrato.', 'Nessun evento di questo tipo.'];

/** Records, from the first paint on, every empty text that ever enters the page (window.__emptiesSeen). */
async function watchForEmptyTexts(page: Page): Promise<void> {
  await page.addInitScript((texts: string[]) => {
    const seen: string[] = [];
    Object.defineProperty(window, '__emptiesSeen', { value: seen });
    const look = (text: string | null) => {
      for (const empty of texts) if (text?.includes(empty) && !seen.includes(empty)) seen.push(empty);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') look(record.target.textContent);
        for (const node of Array.from(record.addedNodes)) look(node.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, EMPTY_TEXTS);
}

const emptiesSeen = (page: Page) => page.evaluate(() => [...(window as unknown as { __emptiesSeen: string[] }).__emptiesSeen]);
const forgetEmptiesSeen = (page: Page) => page.evaluate(() => (window as unknown as { __emptiesSeen: string[] }).__emptiesSeen.splice(0));

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** An open demo offer and a worker it ranks who can still be proposed to it. */
async function offerWithProposableWorker(page: Page): Promise<{ offerId: string; workerId: string; name: string }> {
  await page.goto('./#/offers');
  await page.getByRole('search').getByLabel('Stato').selectOption({ label: 'Aperta' });
  const links = page.getByRole('table').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '').filter((href) => /#\/offers\/[0-9a-f-]{36}$/.test(href)));
  for (const href of hrefs.slice(0, 15)) {
    const offerId = href.split('/').at(-1) ?? '';
    await page.goto(`./#/offers/${offerId}/matching`);
    await expect(page.getByRole('heading', { level: 2, name: /^Esclusi da un requisito \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    const box = page.getByTestId('ranked-workers').getByRole('checkbox', { disabled: false }).first();
    if ((await box.count()) === 0) continue;
    const name = ((await box.getAttribute('aria-label')) ?? '').replace(/^Seleziona /, '');
    const item = page.getByTestId('ranked-workers').getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: `Seleziona ${name}`, exact: true }) });
    const link = item.getByRole('link', { name, exact: true });
    const workerId = ((await link.getAttribute('href')) ?? '').split('/').at(-1) ?? '';
    return { offerId, workerId, name };
  }
  throw new Error('no open demo offer with a worker to propose');
}

test('proposed from Offerte adatte, the result links the board; board → offer → board; loading never says none', async ({ page }) => {
  test.setTimeout(180_000);
  await watchForEmptyTexts(page);
  await loadDemo(page);
  const { offerId, workerId, name } = await offerWithProposableWorker(page);

  // The worker's suitable offers: a checkbox per offer, one button.
  await page.goto(`./#/workers/${workerId}/matching`);
  await expect(page.getByRole('heading', { level: 1, name: `Offerte adatte: ${name}` })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const propose = page.getByRole('button', { name: /^Proponi per / });
  await expect(page.getByRole('button', { name: 'Seleziona le offerte a cui proporlo' })).toBeDisabled();
  const row = page.getByTestId('ranked-offers').getByRole('listitem').filter({ has: page.locator(`a[href$="#/offers/${offerId}"]`) });
  const offerLabel = (await row.locator(`a[href$="#/offers/${offerId}"]`).innerText()).trim();
  await row.getByRole('checkbox', { name: `Seleziona ${offerLabel}` }).check();
  await expect(propose).toHaveText('Proponi per l’offerta selezionata');
  await propose.click();

  // The screen says where the result is, with the focus on it, and the offer now reads as proposed.
  const outcome = page.getByTestId('proposal-outcome');
  await expect(outcome).toContainText(`Creata una candidatura di ${name}: è nella bacheca dell’offerta.`);
  await expect(outcome).toBeFocused();
  await expect(row).toContainText('già proposto: Proposto');
  await expect(row.getByRole('checkbox')).toBeDisabled();
  await expectNoViolations(page);
  await shots(page, 'no-dead-ends-offerte-adatte');

  await outcome.getByRole('link', { name: `Candidature di ${offerLabel}` }).click();
  await expect(page).toHaveURL(new RegExp(`#/offers/${offerId}/board$`));
  await expect(page.getByTestId('candidacy-card').filter({ hasText: name })).toBeVisible();

  // Board → offer → board.
  await page.getByRole('link', { name: 'Apri l’offerta' }).click();
  await expect(page).toHaveURL(new RegExp(`#/offers/${offerId}$`));
  await shots(page, 'no-dead-ends-offer');
  await page.getByRole('link', { name: 'Candidature dell’offerta' }).click();
  await expect(page).toHaveURL(new RegExp(`#/offers/${offerId}/board$`));
  await expect(page.getByTestId('candidacy-card').filter({ hasText: name })).toBeVisible();

  // A meeting organised from the board: its form lists the new candidacy and never said there was none.
  await forgetEmptiesSeen(page);
  await page.getByRole('link', { name: 'Organizza un incontro' }).click();
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${name} — `) })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Torna alle candidature dell’offerta' })).toBeVisible();
  expect(await emptiesSeen(page)).toEqual([]);
  await shots(page, 'no-dead-ends-meeting-form');

  // The worker's file lists the candidacy, and never said "Nessuna candidatura." while reading it.
  await forgetEmptiesSeen(page);
  await page.goto(`./#/workers/${workerId}?section=candidature`);
  const candidacies = page.getByRole('region', { name: 'Candidature e assunzioni' });
  await expect(candidacies.getByTestId('worker-candidacy').first()).toBeVisible();
  await expect(candidacies.getByRole('heading', { name: 'Candidature e assunzioni' })).toBeFocused();
  expect(await emptiesSeen(page)).toEqual([]);
});

test('Offerte adatte of a worker awaiting the privacy consent: the offers with the reason, nothing to tick', async ({ page }) => {
  test.setTimeout(120_000);
  // Today's demo has workers who joined in the last weeks and have not signed the consent yet.
  await loadDemo(page, { calendar: 'today' });
  await page.goto('./#/workers');
  await page.getByTestId('participation-filter').selectOption('awaitingConsent');
  await expect(page.locator('.col-surname a').first()).toBeVisible();
  await page.locator('.col-surname a').first().click();
  const awaiting = ((await page.getByRole('heading', { level: 1, name: /^Scheda di / }).innerText()).replace(/^Scheda di /, '')).trim();
  await page.getByRole('link', { name: 'Offerte adatte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Offerte adatte: ${awaiting}` })).toBeVisible();
  await expect(page.getByTestId('not-proposable')).toContainText('in attesa di consenso privacy');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('ranked-offers').getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Proponi per |Seleziona le offerte)/ })).toHaveCount(0);
});

test('the worker file: its index by keyboard, the section kept after a reload, the save bar clear of the focus, one live history', async ({ page }) => {
  test.setTimeout(180_000);
  await watchForEmptyTexts(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadDemo(page);
  await page.locator('.col-surname a').first().click();
  const title = page.getByRole('heading', { level: 1, name: /^Scheda di / });
  await expect(title).toBeVisible();

  // The index comes right after the file's header: one Tab from its last link, then Tab along it.
  const index = page.getByRole('navigation', { name: 'Sezioni della scheda' });
  await expect(index.getByRole('link')).toHaveCount(14);
  await page.locator('.worker-file .screen-header').getByRole('link', { name: 'Torna all’elenco' }).focus();
  await page.keyboard.press('Tab');
  await expect(index.getByRole('link', { name: 'Anagrafica' })).toBeFocused();
  for (let step = 0; step < 13 && !(await index.getByRole('link', { name: 'Documenti' }).evaluate((link) => link === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(index.getByRole('link', { name: 'Documenti' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The section comes to the top with the focus on its heading; the address names it.
  const documentsHeading = page.getByTestId('documents-section').getByRole('heading', { level: 2 }).first();
  await expect(page).toHaveURL(/\?section=documenti$/);
  await expect(documentsHeading).toBeFocused();
  await expect(documentsHeading).toBeInViewport();
  await expect(index.getByRole('link', { name: 'Documenti' })).toHaveAttribute('aria-current', 'location');
  await expectNoViolations(page);
  await shots(page, 'worker-file-index');

  // Another section by keyboard, then a reload: the same section, in view and focused.
  await index.getByRole('link', { name: 'Cronologia' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?section=cronologia$/);
  const historyHeading = page.getByRole('heading', { level: 2, name: 'Cronologia' });
  await expect(historyHeading).toBeFocused();
  await page.reload();
  await unlock(page);
  await expect(page).toHaveURL(/\?section=cronologia$/);
  await expect(historyHeading).toBeFocused();
  await expect(historyHeading).toBeInViewport();

  // One history: no second, side "Storico dello stato"; the timeline takes a new interview at once.
  await expect(page.getByRole('heading', { name: 'Storico dello stato' })).toHaveCount(0);
  const enrolment = await page.getByLabel('Data di adesione').inputValue();
  const interviews = page.getByRole('region', { name: 'Colloqui' });
  await interviews.getByRole('button', { name: 'Registra un colloquio' }).click();
  const form = page.getByRole('form', { name: 'Nuovo colloquio' });
  await form.getByLabel('Tipo di colloquio').selectOption({ label: 'Bilancio di competenze' });
  await form.getByLabel('Data', { exact: true }).fill(shiftItalian(enrolment, 5));
  await form.getByLabel('Durata (minuti)').fill('45');
  await form.getByLabel('Competenze rilevate').fill('lettura del disegno tecnico');
  await form.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(interviews.getByText('Colloquio registrato.', { exact: true })).toBeVisible();
  await expect(page.getByTestId('worker-timeline')).toContainText('Colloquio: Bilancio di competenze (45 min); competenze rilevate: lettura del disegno tecnico');
  // A file always has a history (its opening at least): it never read as empty, loading or not.
  expect(await emptiesSeen(page)).not.toContain('Nessun evento di questo tipo.');

  // Tab through the whole form: the sticky save bar never lies over the field with the focus.
  await index.getByRole('link', { name: 'Anagrafica' }).click();
  await page.getByLabel('Cognome').focus();
  const covered: string[] = [];
  for (let step = 0; step < 120; step++) {
    const state = await page.evaluate(() => {
      const active = document.activeElement;
      const form = document.querySelector('.worker-form');
      const bar = document.querySelector('.form-actions');
      if (!active || !form || !bar || !form.contains(active)) return { done: true, covered: '' };
      if (bar.contains(active)) return { done: false, covered: '' };
      const box = active.getBoundingClientRect();
      const barBox = bar.getBoundingClientRect();
      const hidden = box.bottom > barBox.top && box.top < barBox.bottom;
      return { done: false, covered: hidden ? `${active.tagName} ${active.getAttribute('name') ?? active.id}: ${Math.round(box.bottom)} > ${Math.round(barBox.top)}` : '' };
    });
    if (state.done) break;
    if (state.covered) covered.push(state.covered);
    await page.keyboard.press('Tab');
  }
  expect(covered).toEqual([]);
});
