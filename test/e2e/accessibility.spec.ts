import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo } from './helpers';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('welcome, list, worker file and settings have no axe violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Benvenuto in PCO Desk' })).toBeVisible();
  await expectNoViolations(page);
  await loadDemo(page);
  await expectNoViolations(page);
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Impostazioni' }).click();
  await expect(page.getByRole('heading', { name: 'Impostazioni' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'Registro accessi' }).click();
  await expect(page.getByRole('heading', { name: 'Registro degli accessi' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Blocca' }).first().click();
  await expect(page.getByRole('heading', { name: 'PCO Desk è bloccato' })).toBeVisible();
  await expectNoViolations(page);
});
