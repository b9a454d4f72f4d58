// Matching (issue 7): from the demo, an open offer's suitable workers ranked with their reasons,
// those excluded apart with what they miss; two proposed in one click and seen on the offer's
// board; "Colmare il divario" (a course that teaches the one skill a worker lacks); a worker's
// suitable offers; the settings screen with a synonym added.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo, unlock } from './helpers';
import { screenDay } from './dates';

const SHOTS = 'test-results/screenshots';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens the suitable workers of the demo's open offers until one has at least two to propose. */
async function openOfferWithCandidates(page: Page): Promise<string> {
  await page.goto('./#/offers');
  await page.getByRole('search').getByLabel('Stato').selectOption({ label: 'Aperta' });
  const links = page.getByRole('table').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '').filter((href) => /#\/offers\/[0-9a-f-]{36}$/.test(href)));
  for (const href of hrefs.slice(0, 15)) {
    await page.goto(`./${href}`);
    await page.getByRole('link', { name: 'Lavoratori adatti' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Lavoratori adatti: / })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Esclusi da un requisito \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    if ((await page.getByTestId('ranked-workers').getByRole('checkbox', { disabled: false }).count()) >= 2) return page.url();
  }
  throw new Error('no open demo offer with two workers to propose');
}

test('an offer: ranked workers with reasons, exclusions apart, two proposed', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  const matchingUrl = await openOfferWithCandidates(page);
  const offerId = matchingUrl.split('/').at(-2) ?? '';

  // Ranked, best first, each with a score and reasons in plain Italian.
  const ranked = page.getByTestId('ranked-workers').getByRole('listitem').filter({ has: page.getByRole('checkbox') });
  const first = ranked.first();
  await expect(first.getByLabel(/^Punteggio -?\d+(,\d)?$/)).toBeVisible();
  await expect(first).toContainText(/Distanza: .+ → .+ \d+ km/);
  await expect(first).toContainText(/Ultima proposta: (mai proposto finora|il \d\d\/\d\d\/\d{4})/);
  const scores = await page.getByTestId('ranked-workers').locator('.match-score').allInnerTexts();
  // Italian figures: a decimal comma.
  const numbers = scores.map((score) => Number(score.replace(',', '.')));
  expect(numbers.every(Number.isFinite)).toBe(true);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

  // Excluded workers, each with the requirement they miss.
  const excluded = page.getByTestId('excluded-workers').locator('.match-row');
  if ((await excluded.count()) > 0) await expect(excluded.first().locator('.match-miss').first()).toContainText(/manca|oltre il limite|Titolo minimo|Disponibile dal|Non accetta/i);

  await expectNoViolations(page);
  await page.screenshot({ path: `${SHOTS}/matching-offer.png`, fullPage: false });

  // Propose the two best who can be proposed.
  const selectable = page.getByTestId('ranked-workers').getByRole('checkbox', { disabled: false });
  const names: string[] = [];
  for (const index of [0, 1]) {
    const box = selectable.nth(index);
    names.push(((await box.getAttribute('aria-label')) ?? '').replace(/^Seleziona /, ''));
  }
  for (const name of names) await page.getByTestId('ranked-workers').getByRole('checkbox', { name: `Seleziona ${name}` }).check();
  await page.getByRole('button', { name: 'Proponi i 2 lavoratori selezionati' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Create 2 candidature.' })).toBeVisible();
  for (const name of names) {
    const row = page.getByTestId('ranked-workers').getByRole('listitem').filter({ hasText: name }).first();
    await expect(row).toContainText('già proposto: Proposto');
    await expect(page.getByRole('checkbox', { name: `Seleziona ${name}` })).toBeDisabled();
  }

  // Their candidacies are on the offer's board.
  await page.getByRole('status').getByRole('link', { name: 'Candidature dell’offerta' }).click();
  await expect(page).toHaveURL(new RegExp(`#/offers/${offerId}/board$`));
  for (const name of names) await expect(page.getByTestId('candidacy-card').filter({ hasText: name })).toBeVisible();
});

const day = (offset: number) => screenDay(offset);

test('close the gap: a worker lacking only the required skill is shown the course that teaches it', async ({ page }) => {
  test.setTimeout(120_000);
  const SKILL = 'brasatura a induzione';
  const COURSE = 'Brasatura a induzione per scambiatori';
  await loadDemo(page);

  // A course in the catalogue teaching the skill.
  await page.goto('./#/courses/new');
  await page.getByLabel('Titolo del corso').fill(COURSE);
  await page.getByLabel('Ente di formazione').fill('Valdarno Formazione scarl');
  await page.getByLabel('Durata (ore)').fill('40');
  await page.getByLabel('Inizio').fill(day(10));
  await page.getByLabel('Fine', { exact: true }).fill(day(40));
  await page.getByLabel('Finanziamento').selectOption({ index: 1 });
  await page.getByLabel('Qualifica o attestato rilasciato').fill('Attestato di frequenza');
  await page.getByLabel('Competenze insegnate').fill(SKILL);
  await page.getByRole('button', { name: 'Salva il corso' }).click();
  await expect(page.getByText('Corso salvato.')).toBeVisible();

  // An offer in Figline requiring that skill, which no demo worker has, starting in two months.
  await page.goto('./#/offers/new');
  await page.getByLabel('Azienda', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Mansione', { exact: true }).fill('Brasatore');
  await page.getByLabel('Comune della sede di lavoro').fill('Figline e Incisa Valdarno (FI)');
  await page.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo indeterminato' });
  await page.getByLabel('Competenze richieste').fill(SKILL);
  await page.getByLabel('Inizio previsto').fill(day(60));
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page).toHaveURL(/#\/offers\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Inizio previsto')).toHaveValue(day(60));

  // Everyone lacks the skill, so no one is ranked; a worker missing nothing else gets the course.
  await page.getByRole('link', { name: 'Lavoratori adatti' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Esclusi da un requisito \([1-9]\d*\)$/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Adatti (0)' })).toBeVisible();
  const gapRow = page.getByTestId('excluded-workers').locator('.match-row').filter({ has: page.getByRole('link', { name: new RegExp(`^${COURSE} \\(`) }) }).first();
  await expect(gapRow).toBeVisible();
  await expect(gapRow.locator('.match-miss')).toHaveCount(1);
  await expect(gapRow.locator('.match-miss')).toContainText(new RegExp(`${SKILL} richiesta: manca`, 'i'));
  await expect(gapRow.getByRole('heading', { level: 3, name: 'Colmare il divario' })).toBeVisible();
  await expectNoViolations(page);
  await gapRow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/matching-gap.png` });
  await gapRow.getByRole('link', { name: new RegExp(`^${COURSE} \\(`) }).click();
  await expect(page.getByRole('heading', { name: `Corso: ${COURSE}` })).toBeVisible();
});

test('a worker: suitable open offers with the same reasons', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  await page.getByRole('row').nth(1).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Offerte adatte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Offerte adatte: / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Offerte adatte \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /^Offerte escluse da un requisito \(\d+\)$/ })).toBeVisible();
  const rows = page.locator('.match-row');
  expect(await rows.count()).toBeGreaterThan(0);
  await expectNoViolations(page);
  await page.screenshot({ path: `${SHOTS}/matching-worker.png` });
});

test('settings: weights read by everyone, a synonym group added by the coordinator', async ({ page }) => {
  await loadDemo(page);
  await page.goto('./#/matching/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni dell’abbinamento' })).toBeVisible();
  await page.getByLabel('Lavoro nel proprio comune').fill('25');
  await page.getByRole('button', { name: 'Salva i pesi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pesi salvati.' })).toBeVisible();
  await page.getByLabel('Nuovo gruppo di sinonimi').fill('solo');
  await page.getByRole('button', { name: 'Aggiungi il gruppo' }).click();
  await expect(page.getByText('Scrivi almeno due parole separate da virgole.')).toBeVisible();
  await page.getByLabel('Nuovo gruppo di sinonimi').fill('muletto, transpallet elettrico');
  await page.getByRole('button', { name: 'Aggiungi il gruppo' }).click();
  await expect(page.getByTestId('added-synonyms')).toContainText('muletto, transpallet elettrico');
  await page.reload();
  await unlock(page);
  await expect(page.getByLabel('Lavoro nel proprio comune')).toHaveValue('25');
  await expect(page.getByTestId('added-synonyms')).toContainText('muletto, transpallet elettrico');
  await expectNoViolations(page);
  await page.screenshot({ path: `${SHOTS}/matching-settings.png`, fullPage: true });
});
