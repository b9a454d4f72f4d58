// Issue 16, parts 4 and 5, end to end. Settings a coordinator changes after setup: a CIGS extension
// moves the CIGS end of the workers who follow the programme (the list's column and the home
// alerts), with its history; a counselor deactivated, their caseload shown as to reassign, their
// laptop's next bundle refused with the reason. A worker saved without a privacy consent: the
// notice on the file, the warning on the home screen, and not proposable to an employer.
import { expect, test, type Page } from '@playwright/test';
import { fillNewWorker, loadDemo, nav, startEmpty } from './helpers';
import { screenDay } from './dates';
import { shots } from './shots';
import { chooseFile, createProgrammeKeys, exportTo, importFile, issueEnrolment, join, laptop, openSync } from './syncHelpers';

/** A worker of the empty programme, filed through the form; `consent` false leaves the consent date empty. */
async function createWorker(page: Page, options: { counselor: string; consent: boolean }): Promise<string> {
  await fillNewWorker(page, { counselor: options.counselor, ...(options.consent ? { consentOn: screenDay() } : {}) });
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('heading', { name: 'Scheda di Rossi Mario' })).toBeVisible();
  return page.url().split('/').at(-1) ?? '';
}

test('a CIGS extension added in settings moves the CIGS end of the workers that follow the programme', async ({ page }) => {
  await startEmpty(page);
  await createWorker(page, { counselor: 'Giulia Neri', consent: true });
  await nav(page, 'Lavoratori').click();
  const row = page.getByRole('row', { name: /Rossi/ });
  await expect(row.locator('.col-cigsEnd')).toHaveText('31/08/2020');
  await expect(page.getByTestId('cigs-panel')).toContainText('Nessuna CIGS in scadenza');

  await nav(page, 'Impostazioni').click();
  const card = page.getByTestId('programme-cigs');
  await expect(card).toContainText('Li segue 1 lavoratore; fine della CIGS: 31/08/2020.');
  await expect(card.getByTestId('cigs-history')).toHaveCount(0);
  const end = screenDay(45);
  await card.getByRole('button', { name: 'Aggiungi un periodo (proroga, settimane COVID-19)' }).click();
  const added = card.locator('.cigs-period').last();
  // An extension that overlaps the COVID-19 weeks is refused beside the field.
  await added.getByLabel('Inizio').fill('31/08/2020');
  await added.getByLabel('Fine').fill(end);
  await card.getByRole('button', { name: 'Salva i periodi' }).click();
  await expect(added).toContainText('Il periodo si sovrappone a un altro: ogni giorno ha una sola causa.');
  await shots(page, 'settings-cigs-overlap', { full: true });
  await added.getByLabel('Inizio').fill('01/09/2020');
  await card.getByRole('button', { name: 'Salva i periodi' }).click();
  await expect(card.getByTestId('cigs-saved')).toHaveText(`Periodi salvati: la fine della CIGS di chi li segue è ora ${end}.`);
  await expect(card).toContainText(`Li segue 1 lavoratore; fine della CIGS: ${end}.`);
  await expect(card.getByTestId('cigs-history')).toContainText(`Giulia Neri Periodi di CIGS del programma: aggiunto 01/09/2020–${end} (Proroga)`);
  await shots(page, 'settings-cigs', { full: true });

  // The list's column and the home alerts follow at once.
  await nav(page, 'Lavoratori').click();
  await expect(row.locator('.col-cigsEnd')).toHaveText(end);
  const alerts = page.getByTestId('cigs-panel');
  await expect(alerts).toContainText(`Rossi Mario finisce il ${end}`);
  await shots(page, 'workers-cigs-extended');

  // A period entered by mistake is removed after a confirmation; the history says so.
  await nav(page, 'Impostazioni').click();
  const last = card.locator('.cigs-period').last();
  page.once('dialog', (dialog) => void dialog.accept());
  await last.getByRole('button', { name: 'Togli' }).click();
  await card.getByRole('button', { name: 'Salva i periodi' }).click();
  await expect(card.getByTestId('cigs-saved')).toHaveText('Periodi salvati: la fine della CIGS di chi li segue è ora 31/08/2020.');
  await expect(card.getByTestId('cigs-history').getByRole('listitem').first()).toContainText(`tolto 01/09/2020–${end} (Proroga)`);
  await nav(page, 'Lavoratori').click();
  await expect(row.locator('.col-cigsEnd')).toHaveText('31/08/2020');
  await expect(alerts).toContainText('Nessuna CIGS in scadenza');

  // The report counts participants only, and says so.
  await nav(page, 'Monitoraggio').click();
  await page.getByRole('link', { name: 'Apri il rapporto di monitoraggio' }).click();
  await expect(page.getByTestId('enrolled-definition')).toContainText('Iscritti = chi ha aderito al PCO e firmato il consenso privacy', { timeout: 60_000 });
  await shots(page, 'report-enrolled-definition', { full: true });
});

test('a counselor deactivated: caseload to reassign, and their laptop’s next bundle refused with the reason', async ({ browser }) => {
  test.setTimeout(240_000);
  const coordinator = await laptop(browser);
  const marta = await laptop(browser);
  const c = coordinator.page;
  await startEmpty(c);
  await nav(c, 'Impostazioni').click();
  await c.getByLabel('Nome e cognome').fill('Marta Bianchi');
  await c.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await expect(c.getByTestId('counselor-list')).toContainText('Marta Bianchi');
  await createWorker(c, { counselor: 'Marta Bianchi', consent: true });

  await createProgrammeKeys(c);
  await openSync(c, 'Portatili');
  const enrolment = await issueEnrolment(c, 'Marta Bianchi', 'Portatile Marta');
  await join(marta.page, enrolment);
  await importFile(c, await exportTo(marta.page, null, 'marta-0.pcobundle'));
  await importFile(marta.page, await exportTo(c, /Portatile Marta/, 'to-marta-1.pcobundle'));

  // Renamed, then deactivated: never deleted, listed with the day.
  await nav(c, 'Impostazioni').click();
  const martaRow = c.getByTestId('counselor-list').getByRole('row', { name: /Marta Bianchi/ });
  await martaRow.getByRole('button', { name: 'Rinomina' }).click();
  await c.getByLabel('Nuovo nome di Marta Bianchi').fill('Marta Bianchi Neri');
  await c.getByRole('button', { name: 'Salva il nome' }).click();
  await expect(c.getByText('Nome cambiato in Marta Bianchi Neri.')).toBeVisible();
  c.once('dialog', (dialog) => void dialog.accept());
  await c.getByTestId('counselor-list').getByRole('row', { name: /Marta Bianchi Neri/ }).getByRole('button', { name: 'Disattiva' }).click();
  await expect(c.getByTestId('counselor-list')).toContainText(`Disattivato dal ${screenDay()}`);
  await expect(c.getByTestId('to-reassign')).toContainText('1 lavoratore è seguito da un orientatore disattivato: va riassegnato.');
  await shots(c, 'settings-counselors', { full: true });

  // Assegnazioni, filtered to the workers to reassign; only active counselors are offered.
  await c.getByTestId('to-reassign').getByRole('link').click();
  await expect(c.getByTestId('caseloads-to-reassign')).toBeVisible();
  await expect(c.getByRole('row', { name: /Rossi Mario/ })).toContainText('Marta Bianchi Neri (disattivato) da riassegnare');
  await expect(c.getByLabel('Assegna a').locator('option', { hasText: 'Marta' })).toHaveCount(0);
  await shots(c, 'sync-caseloads-to-reassign');

  // The laptop's next bundle is refused with its own reason, its sender verified.
  const next = await exportTo(marta.page, null, 'marta-1.pcobundle');
  await openSync(c);
  await chooseFile(c, 'Scegli un pacchetto…', next);
  await expect(c.getByRole('alert')).toContainText('il portatile è di un orientatore disattivato');
  await expect(c.getByRole('heading', { name: /^Anteprima/ })).toHaveCount(0);
  await shots(c, 'sync-refused-deactivated');
  await openSync(c, 'Cronologia');
  await expect(c.getByTestId('sync-history')).toContainText('Portatile Marta');
  await expect(c.getByTestId('sync-history')).not.toContainText('(dichiarato, non verificato)');
  await Promise.all([coordinator.context.close(), marta.context.close()]);
});

test('a worker saved without consent shows the warning and cannot be proposed', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  // An open offer with a worker to propose, best ranked first.
  await page.goto('./#/offers');
  await page.getByRole('search').getByLabel('Stato').selectOption({ label: 'Aperta' });
  const links = page.getByRole('table').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '').filter((href) => /#\/offers\/[0-9a-f-]{36}$/.test(href)));
  let matchingUrl = '';
  for (const href of hrefs.slice(0, 15)) {
    await page.goto(`./${href}/matching`);
    await expect(page.getByRole('heading', { level: 2, name: /^Esclusi da un requisito \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    if ((await page.getByTestId('ranked-workers').getByRole('checkbox', { disabled: false }).count()) > 0) {
      matchingUrl = page.url();
      break;
    }
  }
  expect(matchingUrl).not.toBe('');
  const chosen = page.getByTestId('ranked-workers').getByRole('listitem').filter({ has: page.getByRole('checkbox', { disabled: false }) }).first();
  const name = (await chosen.locator('.match-title a').innerText()).trim();

  // The consent date taken off the file: saved as awaiting consent, with the notice.
  await chosen.locator('.match-title a').click();
  await expect(page.getByRole('heading', { name: `Scheda di ${name}` })).toBeVisible();
  await page.getByLabel('Data del consenso privacy').fill('');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Scheda salvata.')).toBeVisible();
  await expect(page.getByTestId('participation-notice')).toContainText('In attesa di consenso. Finché non firma il consenso privacy non può essere proposto a un’azienda.');
  await shots(page, 'worker-awaiting-consent');

  // The home screen warns, and one click lists them.
  await nav(page, 'Lavoratori').click();
  await expect(page.getByTestId('consent-warning')).toContainText(/^1 lavoratore in attesa di consenso privacy/);
  await shots(page, 'workers-consent-warning');
  await page.getByTestId('consent-warning').getByRole('button', { name: 'Mostra l’elenco' }).click();
  await expect(page.getByTestId('participation-filter')).toHaveValue('awaitingConsent');
  await expect(page.getByTestId('worker-count')).toHaveText(/^1 di \d+$/);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('In attesa di consenso');
  await shots(page, 'workers-awaiting-filter');

  // Lavoratori adatti: the worker is shown as not proposable, with the reason, and no checkbox.
  await page.goto(matchingUrl);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const row = page.getByTestId('ranked-workers').getByRole('listitem').filter({ hasText: name });
  await expect(row.getByTestId('not-proposable')).toHaveText('Non proponibile: Il lavoratore è in attesa di consenso privacy: non può essere proposto a un’azienda finché non lo firma.');
  await expect(row.getByRole('checkbox')).toHaveCount(0);
  await shots(page, 'matching-not-proposable');

  // Offerte adatte: the worker's own matching says it too.
  await row.locator('.match-title a').click();
  await page.getByRole('link', { name: 'Offerte adatte' }).click();
  await expect(page.getByTestId('not-proposable')).toHaveText('Non proponibile: Il lavoratore è in attesa di consenso privacy: non può essere proposto a un’azienda finché non lo firma.');
  await shots(page, 'matching-worker-not-proposable');
});
