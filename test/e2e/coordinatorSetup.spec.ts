// The coordinator's first day with a real (empty) programme, as the README's install guide tells
// it: add the counselors in Impostazioni, create the programme keys, issue a laptop's enrolment
// file, and see the laptop registered once its first bundle comes back.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startEmpty } from './helpers';
import { createProgrammeKeys, download, exportTo, importFile, issueEnrolment, join, laptop, openSync } from './syncHelpers';

test.describe.configure({ timeout: 240_000 });

test('an empty programme: add counselors, create keys, enrol a laptop', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const c = coordinator.page;
  await startEmpty(c, 'Giulia Neri');

  await c.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Impostazioni' }).click();
  const form = c.getByRole('form', { name: 'Aggiungi un orientatore' });
  // An empty name is refused next to the field; the role chosen stays.
  await form.getByLabel('Ruolo').selectOption({ label: 'Orientatore' });
  await form.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(form.getByText('Campo obbligatorio.')).toBeVisible();
  await expect(form.getByLabel('Ruolo')).toHaveValue('counselor');
  for (const name of ['Marta Rossi', 'Paolo Bini']) {
    await form.getByLabel('Nome e cognome').fill(name);
    await form.getByRole('button', { name: 'Aggiungi' }).click();
    await expect(form.getByRole('status')).toContainText(`${name} aggiunto al programma`);
  }
  const counselorRows = c.getByTestId('counselor-list').locator('tbody tr');
  await expect(counselorRows.filter({ hasText: 'Marta Rossi' })).toContainText('Orientatore');
  await expect(counselorRows.filter({ hasText: 'Giulia Neri' })).toContainText('Coordinatore');
  const axe = await new AxeBuilder({ page: c }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await c.screenshot({ path: 'test-results/screenshots/settings-counselors.png', fullPage: true });

  await createProgrammeKeys(c);
  await openSync(c, 'Portatili');
  const enrolment = await issueEnrolment(c, 'Marta Rossi', 'Portatile Marta');
  expect(enrolment.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

  const marta = await laptop(browser);
  await join(marta.page, enrolment);
  await importFile(c, await exportTo(marta.page, null, 'marta-0.pcobundle'));
  await openSync(c, 'Portatili');
  await expect(c.getByText('Portatile Marta').first()).toBeVisible();
  // The coordinator can now send Marta's caseload (empty so far) and the catalogue.
  await openSync(c);
  await expect(c.getByLabel('Destinatario').locator('option', { hasText: 'Portatile Marta' })).toBeAttached();
  expect(await download(c, 'Esporta il pacchetto', 'coord-marta-1.pcobundle')).toMatch(/\.pcobundle$/);
});
