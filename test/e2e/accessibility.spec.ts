// axe (the current 4.x, its default rules) on every main screen of the demo, a dialog, the help, the
// lock screen, and an empty programme's first steps.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo, nav, startEmpty } from './helpers';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect.soft(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), screen).toEqual([]);
}

/** Opens a menu entry and checks its screen once its heading is there. */
async function checkMenuScreen(page: Page, entry: string, heading: string | RegExp) {
  await nav(page, entry).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  await expectNoViolations(page, entry);
}

/** The first record link of the screen's table opens it; its heading is checked. */
async function checkFirstRecord(page: Page, heading: RegExp) {
  await page.getByRole('main').getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  await expectNoViolations(page, heading.source);
}

test('welcome, every main screen, a dialog, the help and the lock screen have no axe violations', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Benvenuto in PCO Desk' })).toBeVisible();
  await expectNoViolations(page, 'welcome');
  await loadDemo(page);
  await nav(page, 'Lavoratori').click();
  await expect(page.getByTestId('worker-count')).toContainText('300 lavoratori');
  await expectNoViolations(page, 'workers');
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await expectNoViolations(page, 'worker file');

  await checkMenuScreen(page, 'Aziende', 'Aziende');
  await checkFirstRecord(page, /.+/);
  await checkMenuScreen(page, 'Offerte', /^Offerte/);
  await checkFirstRecord(page, /.+/);
  const offer = page.url();
  await page.goto(`${offer}/board`);
  await expect(page.getByRole('heading', { name: /^Candidature: /, level: 1 })).toBeVisible();
  await expectNoViolations(page, 'board');
  await page.getByRole('button', { name: 'Proponi un lavoratore' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'propose dialog');
  await page.keyboard.press('Escape');
  await page.goto(`${offer}/matching`);
  await expect(page.getByRole('heading', { name: /^Lavoratori adatti/, level: 1 })).toBeVisible();
  await expectNoViolations(page, 'matching');

  await checkMenuScreen(page, 'Incontri', /^Incontri/);
  await checkMenuScreen(page, 'Corsi', /^Corsi|Catalogo/);
  await checkFirstRecord(page, /.+/);
  await checkMenuScreen(page, 'Agenda', 'Agenda');
  await checkMenuScreen(page, 'Monitoraggio', /Monitoraggio|Cruscotto/);
  await page.goto('./#/reports');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'report');
  await checkMenuScreen(page, 'Sincronizzazione', 'Sincronizzazione');
  await page.goto('./#/sync/devices');
  await expect(page.getByRole('heading', { name: 'Sincronizzazione', level: 1 })).toBeVisible();
  await expectNoViolations(page, 'laptops');
  await checkMenuScreen(page, 'Impostazioni', 'Impostazioni');
  await checkMenuScreen(page, 'Registro accessi', 'Registro degli accessi');

  // The help of a screen.
  await page.getByRole('button', { name: 'Guida di questa schermata' }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Guida: Registro degli accessi' })).toBeVisible();
  await expectNoViolations(page, 'help');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Blocca' }).click();
  await expect(page.getByRole('heading', { name: 'PCO Desk è bloccato' })).toBeVisible();
  await expectNoViolations(page, 'locked');
});

test('an empty programme shows its first steps, with links, and no axe violations', async ({ page }) => {
  await startEmpty(page);
  const steps = page.getByRole('region', { name: 'Primi passi' });
  await expect(steps.getByRole('link', { name: 'Aggiungi gli orientatori' })).toHaveAttribute('href', '#/settings');
  await expect(steps.getByRole('link', { name: 'Importa i lavoratori' })).toHaveAttribute('href', '#/workers/import');
  await expect(steps.getByRole('link', { name: 'Prepara i portatili' })).toHaveAttribute('href', '#/sync/devices');
  await expectNoViolations(page, 'first steps');
  await steps.getByRole('button', { name: 'Leggi la guida all’installazione' }).click();
  const guide = page.getByRole('dialog');
  await expect(guide.getByRole('heading', { name: 'Guida: Installazione sui portatili (coordinatore)' })).toBeVisible();
  await expect(guide).toContainText('codice di adesione che non è nel file');
  await guide.getByRole('button', { name: 'Sincronizzazione con la chiavetta USB' }).click();
  await expect(guide.getByRole('heading', { name: 'Guida: Sincronizzazione con la chiavetta USB' })).toBeVisible();
  await expect(guide).toContainText('Esporta il pacchetto');
  await guide.getByRole('button', { name: 'Chiudi la guida' }).click();
  await expect(guide).toBeHidden();
  await expect(steps.getByRole('button', { name: 'Leggi la guida all’installazione' })).toBeFocused();

  // In English.
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.getByRole('region', { name: 'First steps' }).getByRole('link', { name: 'Import the workers' })).toBeVisible();
});
