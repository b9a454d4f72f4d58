// Someone copies a laptop's enrolment file from the USB stick and joins with it on their own
// browser before the real laptop does. Without the enrolment code, shown only on the
// coordinator's screen, their first bundle is refused with its reason, nothing of them is
// registered, and the caseload is never encrypted to their key; the real laptop, which typed the
// code, registers with the fingerprint it shows itself. Three browser contexts are three laptops.
import { expect, test } from '@playwright/test';
import { generateEnrolmentCode } from '../../shared/sync/enrolmentCode';
import { loadDemo } from './helpers';
import { shots } from './shots';
import { chooseFile, createProgrammeKeys, exportTo, firstCounselor, importFile, issueEnrolment, join, laptop, openSync } from './syncHelpers';

test.describe.configure({ timeout: 240_000 });

test('a first bundle forged from a copied enrolment file is refused; the laptop with the code registers', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const forger = await laptop(browser);
  const real = await laptop(browser);
  const c = coordinator.page;
  await loadDemo(c);
  await createProgrammeKeys(c);
  const enrolment = await issueEnrolment(c, await firstCounselor(c), 'Portatile Giulia');
  await expect(c.getByTestId('waiting-enrolments')).toContainText('Portatile Giulia');
  await shots(c, 'enrolment-issued', { full: true });

  // A mistyped code is caught on the laptop, in Italian, before anything is created.
  const f = forger.page;
  await f.goto('./');
  await f.getByRole('radio', { name: 'Unisciti a un programma con un file di adesione' }).check();
  await chooseFile(f, 'Scegli il file di adesione…', enrolment.path);
  const symbols = enrolment.code.replaceAll('-', '');
  const swapped = symbols.charAt(0) === 'A' ? `B${symbols.slice(1)}` : `A${symbols.slice(1)}`;
  await f.getByLabel('Codice di adesione').fill(swapped);
  await f.getByRole('button', { name: 'Unisciti al programma' }).click();
  await expect(f.getByText('Il codice di adesione non torna: c’è probabilmente un carattere sbagliato o due caratteri invertiti.')).toBeVisible();
  await shots(f, 'enrolment-join-code', { full: true });

  // The forger has only the file: any well-formed code is a guess.
  await join(f, enrolment, generateEnrolmentCode());
  const forged = await exportTo(f, null, 'forged-first.pcobundle');
  await openSync(c);
  await chooseFile(c, 'Scegli un pacchetto…', forged);
  await expect(c.getByRole('alert')).toContainText('non è autenticato dal codice di adesione mostrato al coordinamento');
  await expect(c.getByRole('heading', { name: /^Anteprima/ })).toHaveCount(0);
  await shots(c, 'enrolment-forged-refused');
  // Nothing registered: no laptop to send to, none listed, the enrolment still waiting.
  await expect(c.getByLabel('Destinatario')).toHaveCount(0);
  await expect(c.getByText('Nessun portatile registrato: un portatile appare qui dopo aver importato il suo primo pacchetto.')).toBeVisible();
  await openSync(c, 'Portatili');
  await expect(c.getByTestId('waiting-enrolments')).toContainText('Portatile Giulia');
  await openSync(c, 'Cronologia');
  await expect(c.getByTestId('sync-history')).toContainText('(dichiarato, non verificato)');
  await shots(c, 'sync-history-unverified');

  // The real laptop types the code; the coordinator's preview shows the fingerprint it shows itself.
  await join(real.page, enrolment);
  await openSync(real.page, 'Portatili');
  const ownFingerprint = (await real.page.getByTestId('own-fingerprint').innerText()).trim();
  expect(ownFingerprint).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  const first = await exportTo(real.page, null, 'real-first.pcobundle');
  await openSync(c);
  await chooseFile(c, 'Scegli un pacchetto…', first);
  await expect(c.getByTestId('new-laptop')).toContainText(ownFingerprint);
  await shots(c, 'enrolment-first-bundle-preview', { full: true });
  await c.getByRole('button', { name: 'Applica' }).click();
  await expect(c.getByText(/^Pacchetto applicato\./)).toBeVisible({ timeout: 30_000 });

  // The caseload goes to the real laptop only: the forger cannot open it.
  const back = await exportTo(c, /Portatile Giulia/, 'to-giulia.pcobundle');
  await openSync(f);
  await chooseFile(f, 'Scegli un pacchetto…', back);
  await expect(f.getByRole('alert')).toContainText('il pacchetto non è destinato a questo portatile.');
  await importFile(real.page, back);
  await real.page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Lavoratori' }).click();
  await expect(real.page.getByTestId('worker-count')).toHaveText(/^[1-9]\d* lavorator/);

  // The forger's bundle again, now that the enrolment is used: refused as such.
  await openSync(c);
  await chooseFile(c, 'Scegli un pacchetto…', forged);
  await expect(c.getByRole('alert')).toContainText('un portatile si è già registrato con questo file di adesione');
  await Promise.all([coordinator.context.close(), forger.context.close(), real.context.close()]);
});
