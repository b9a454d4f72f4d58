// Screenshots of every screen, for looking at the app as a user would and for the README
// (`npm run screenshots` writes them to docs/screenshots; a normal test run to test-results/).
import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';

const dir = process.env.PCO_SCREENSHOTS_DIR ?? 'test-results/screenshots';

test('capture the main screens', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Benvenuto in PCO Desk' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('figline2019');
  await page.screenshot({ path: `${dir}/welcome.png`, fullPage: true });

  await loadDemo(page);
  await page.screenshot({ path: `${dir}/workers.png` });

  await page.getByLabel('Stato').selectOption({ label: 'Ricollocato' });
  await page.getByTestId('worker-search').fill('ba');
  await page.screenshot({ path: `${dir}/workers-filtered.png` });

  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await page.screenshot({ path: `${dir}/worker-file.png`, fullPage: true });

  await page.getByLabel('Codice fiscale').fill('RSSMRA70C15M321X');
  await page.getByLabel('Email').fill('non-una-email');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Alcuni campi non sono validi')).toBeVisible();
  await page.screenshot({ path: `${dir}/worker-file-errors.png` });

  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Impostazioni' }).click();
  await page.screenshot({ path: `${dir}/settings.png`, fullPage: true });

  await page.getByRole('link', { name: 'Registro accessi' }).click();
  await expect(page.getByRole('heading', { name: 'Registro degli accessi' })).toBeVisible();
  await page.screenshot({ path: `${dir}/audit.png` });

  await page.getByRole('button', { name: 'Blocca' }).first().click();
  await expect(page.getByRole('heading', { name: 'PCO Desk è bloccato' })).toBeVisible();
  await page.screenshot({ path: `${dir}/locked.png` });
});
