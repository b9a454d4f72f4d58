// One person, one file, across laptops (issue 16, part 2), end to end in three browser contexts:
// two counselor laptops register the same person offline, each with an interview; the coordinator
// imports both bundles (the second preview says so), merges the two files in Doppioni keeping one
// laptop's phone, and sends caseloads back; both laptops converge on one file with both histories.
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, nav } from './helpers';
import { screenDay } from './dates';
import { shots } from './shots';
import { addInterview, chooseFile, createProgrammeKeys, exportTo, importFile, issueEnrolment, join, laptop, openSync } from './syncHelpers';

test.describe.configure({ timeout: 300_000 });

/** The same person filed on a counselor laptop, with a phone of its own; the file's id. */
async function registerPerson(page: Page, counselor: string, codiceFiscale: string, phone: string): Promise<string> {
  await nav(page, 'Lavoratori').click();
  await page.getByRole('link', { name: 'Nuovo lavoratore' }).click();
  await page.getByLabel('Cognome').fill('Lastrucci');
  await page.getByLabel('Nome', { exact: true }).fill('Fabio');
  await page.getByLabel('Codice fiscale').fill(codiceFiscale);
  await page.getByRole('button', { name: 'Compila data, sesso e luogo dal codice fiscale' }).click();
  await page.getByLabel('Comune di residenza').fill('Reggello (FI)');
  await page.getByLabel('Telefono').fill(phone);
  await page.getByLabel('Data del consenso privacy').fill(screenDay());
  await page.getByLabel('Percorso principale').selectOption({ label: 'Ricollocamento attivo' });
  await page.getByLabel('Orientatore assegnato').selectOption({ label: counselor });
  await page.getByLabel('Mansione nello stabilimento').fill('Trafilatore');
  await page.getByLabel('Titolo di studio').selectOption({ label: 'Diploma di maturità' });
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('heading', { name: 'Scheda di Lastrucci Fabio' })).toBeVisible();
  return page.url().split('/').at(-1) ?? '';
}

test('two laptops register the same person; the coordinator merges them; both laptops converge on one file', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const a = await laptop(browser);
  const b = await laptop(browser);
  const c = coordinator.page;
  await loadDemo(c);
  await createProgrammeKeys(c);
  await openSync(c, 'Portatili');
  await expect(c.getByLabel('Orientatore').locator('option').nth(2)).toBeAttached();
  const [nameA, nameB] = (await c.getByLabel('Orientatore').locator('option').allInnerTexts()).slice(1);
  const enrolA = await issueEnrolment(c, nameA!, 'Portatile A');
  const enrolB = await issueEnrolment(c, nameB!, 'Portatile B');
  await join(a.page, enrolA);
  await join(b.page, enrolB);
  for (const [l, target] of [[a, /Portatile A/], [b, /Portatile B/]] as const) {
    await importFile(c, await exportTo(l.page, null, `${target.source}-first.pcobundle`));
    await importFile(l.page, await exportTo(c, target, `to-${target.source}-0.pcobundle`));
  }

  // Offline, each laptop files the same person (B with an omocodic spelling of the code) and holds an interview.
  const onA = await registerPerson(a.page, nameA!, 'LSTFBA71B03D583T', '333 1111111');
  await addInterview(a.page, onA, 'saldatura TIG', screenDay());
  const onB = await registerPerson(b.page, nameB!, 'LSTFBAT1B03D583Q', '333 2222222');
  await addInterview(b.page, onB, 'carrello elevatore', screenDay());

  await importFile(c, await exportTo(a.page, null, 'a-1.pcobundle'));
  await openSync(c);
  await chooseFile(c, 'Scegli un pacchetto…', await exportTo(b.page, null, 'b-1.pcobundle'));
  await expect(c.getByTestId('import-duplicates')).toContainText('1 lavoratore di questo pacchetto ha già un’altra scheda con lo stesso codice fiscale');
  await c.getByRole('button', { name: 'Applica' }).click();
  await c.getByRole('link', { name: '1 doppione da unire' }).click();

  // Doppioni: A's file stays, with B's phone.
  await expect(c.getByRole('heading', { name: 'Doppioni: schede della stessa persona' })).toBeVisible();
  await expect(c.getByTestId('duplicates')).toContainText('Lastrucci Fabio');
  await c.getByRole('button', { name: 'Confronta e unisci' }).click();
  const panel = c.getByRole('region', { name: 'Unisci le schede di Lastrucci Fabio' });
  await panel.getByRole('radio', { name: new RegExp(`La scheda di ${nameA}`) }).check();
  await expect(panel.getByTestId('merge-fields')).toContainText('333 2222222');
  await panel.getByRole('row', { name: /Telefono/ }).getByRole('radio', { name: /333 2222222/ }).check();
  await panel.getByRole('row', { name: /Orientatore assegnato/ }).getByRole('radio', { name: new RegExp(nameA!) }).check();
  await shots(c, 'duplicates-merge', { full: true });
  c.once('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: 'Unisci le schede' }).click();
  await expect(c.getByTestId('merge-done')).toContainText('Schede unite: ora c’è una sola scheda di Lastrucci Fabio.');
  await c.getByTestId('merge-done').getByRole('link', { name: 'Apri la scheda' }).click();
  await expect(c.getByLabel('Telefono')).toHaveValue('333 2222222');
  const timeline = c.getByTestId('worker-timeline');
  await expect(timeline).toContainText('competenze rilevate: saldatura TIG');
  await expect(timeline).toContainText('competenze rilevate: carrello elevatore');
  // The absorbed file's address opens the survivor.
  await c.goto(`./#/workers/${onB}`);
  await expect(c.getByTestId('merged-redirect')).toBeVisible();
  await expect(c).toHaveURL(new RegExp(`/workers/${onA}$`));

  // Caseloads back: A holds the one file with both histories; the person leaves B's laptop.
  await importFile(a.page, await exportTo(c, /Portatile A/, 'to-a-2.pcobundle'));
  await importFile(b.page, await exportTo(c, /Portatile B/, 'to-b-2.pcobundle'));
  await a.page.goto(`./#/workers/${onA}`);
  await expect(a.page.getByLabel('Telefono')).toHaveValue('333 2222222');
  await expect(a.page.getByTestId('worker-timeline')).toContainText('competenze rilevate: carrello elevatore');
  await nav(b.page, 'Lavoratori').click();
  await b.page.getByTestId('worker-search').fill('Lastrucci');
  await expect(b.page.getByTestId('worker-count')).toHaveText(/^0 di /);
  await Promise.all([coordinator.context.close(), a.context.close(), b.context.close()]);
});
