// Escrow and recovery end to end, two browser contexts as two laptops. The coordinator exports the
// programme key as an age identity file, and the real `age` command line tool decrypts the bundle
// the counselor laptop made in the browser. Then the counselor "forgets" passphrase and recovery
// code: the coordinator issues a recovery file and a one-time code, and the laptop sets a new
// passphrase from the lock screen and finds its data again.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo, PASSPHRASE, unlock } from './helpers';
import { chooseFile, createProgrammeKeys, download, firstCounselor, issueEnrolment, join, laptop, openSync } from './syncHelpers';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const SHOTS = 'test-results/screenshots';
const NEW_PASSPHRASE = 'lanterna ruggine fiume settembre';

async function exportBundle(page: Page, name: string): Promise<string> {
  await openSync(page);
  await expect(page.getByLabel('Destinatario')).toBeVisible();
  const path = await download(page, 'Esporta il pacchetto', name);
  await expect(page.getByText(/^Pacchetto esportato/)).toBeVisible();
  return path;
}

async function importBundle(page: Page, path: string): Promise<void> {
  await openSync(page);
  await chooseFile(page, 'Scegli un pacchetto…', path);
  await page.getByRole('button', { name: 'Applica' }).click({ timeout: 30_000 });
  await expect(page.getByText(/^Pacchetto applicato\./)).toBeVisible({ timeout: 30_000 });
}

async function expectNoViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
}

test('programme key escrow opens bundles with age; a laptop recovers through the coordinator', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const counselor = await laptop(browser);
  const c = coordinator.page;
  const a = counselor.page;
  await loadDemo(c);
  await createProgrammeKeys(c);

  // One counselor laptop joins with an enrolment file.
  const enrolment = await issueEnrolment(c, await firstCounselor(c), 'Portatile A');
  const programmeId = JSON.parse(await readFile(enrolment.path, 'utf8')).body.programmeId as string;
  await join(a, enrolment);

  // Its first bundle (with its escrowed key) goes to the coordinator; its caseload comes back.
  const first = await exportBundle(a, 'a-0.pcobundle');
  await importBundle(c, first);
  await importBundle(a, await exportBundle(c, 'c-a-1.pcobundle'));
  await a.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Lavoratori' }).click();
  await expect(a.getByTestId('worker-count')).toHaveText(/^[1-9]\d* lavorator/);
  const workers = (await a.getByTestId('worker-count').innerText()).trim();

  // Escrow: a wrong passphrase saves nothing; the right one saves the age identity file.
  await openSync(c, 'Portatili');
  const escrow = c.getByRole('region', { name: 'Chiave del programma (deposito di sicurezza)' });
  await expect(escrow).toContainText('Conservala offline');
  await escrow.getByLabel('Conferma la tua passphrase').fill('non è la passphrase giusta');
  await escrow.getByRole('button', { name: 'Esporta la chiave del programma' }).click();
  await expect(escrow.getByTestId('identity-result')).toHaveText('Passphrase o codice non corretti.');
  await escrow.getByLabel('Conferma la tua passphrase').fill(PASSPHRASE);
  const identity = await download(c, 'Esporta la chiave del programma', 'programme-identity.txt', escrow);
  await expect(escrow.getByTestId('identity-result')).toContainText('programme-identity.txt');
  await escrow.scrollIntoViewIfNeeded();
  await c.screenshot({ path: `${SHOTS}/sync-identity.png`, fullPage: true });
  expect(await readFile(identity, 'utf8')).toMatch(/^# created: .+\n# public key: age1[0-9a-z]+\nAGE-SECRET-KEY-1[0-9A-Z]+\n$/);
  // The real age CLI decrypts the bundle the browser made; line 1 is the manifest.
  const plain = execFileSync('age', ['-d', '-i', identity, first], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const manifest = JSON.parse(plain.split('\n')[0]!) as { format: string; programmeId: string; sender: { role: string } };
  expect(manifest).toMatchObject({ format: 'pco-bundle', programmeId, sender: { role: 'counselor' } });
  expect(plain.split('\n')[1]).toMatch(/^ed25519:/);

  // The coordinator issues a recovery file and reads the one-time code aloud.
  const row = c.getByRole('row', { name: /Portatile A/ });
  const recoveryFile = await download(c, 'File di recupero', 'a.pcorecovery', row);
  const message = await c.getByTestId('devices-message').innerText();
  const code = /([A-Z0-9]{5}(?:-[A-Z0-9]{5}){3})/.exec(message)?.[1] ?? '';
  expect(code).not.toBe('');
  await expectNoViolations(c);

  // The counselor locks, has neither passphrase nor recovery code, and uses the coordinator's path.
  await a.getByRole('button', { name: 'Blocca' }).click();
  await a.getByRole('button', { name: 'Recupero tramite coordinatore' }).click();
  await expect(a.getByRole('heading', { name: 'Recupero tramite coordinatore' })).toBeVisible();
  await chooseFile(a, 'Scegli il file di recupero…', recoveryFile);
  await expect(a.getByTestId('recovery-file-name')).toContainText('a.pcorecovery');
  await a.getByLabel('Codice monouso').fill('AAAAA-BBBBB-CCCCC-DDDDD');
  await a.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await a.getByLabel('Ripeti la passphrase').fill(NEW_PASSPHRASE);
  await a.getByRole('button', { name: 'Recupera e imposta la nuova passphrase' }).click();
  await expect(a.getByTestId('coordinator-recovery-error')).toHaveText('Il codice monouso non è corretto.', { timeout: 30_000 });
  // What was typed stays: only the code needs fixing.
  await expect(a.getByLabel('Codice monouso')).toHaveValue('AAAAA-BBBBB-CCCCC-DDDDD');
  await expect(a.getByLabel('Passphrase', { exact: true })).toHaveValue(NEW_PASSPHRASE);
  await a.screenshot({ path: `${SHOTS}/sync-recovery-lock.png`, fullPage: true });
  await expectNoViolations(a);
  await a.getByLabel('Codice monouso').fill(code.toLowerCase());
  await a.getByRole('button', { name: 'Recupera e imposta la nuova passphrase' }).click();
  await expect(a.getByRole('heading', { name: 'Il tuo codice di recupero' })).toBeVisible({ timeout: 60_000 });
  await expect(a.getByTestId('recovery-code')).not.toBeEmpty();
  await a.getByLabel('Ho trascritto il codice in un luogo sicuro').check();
  await a.getByRole('button', { name: 'Continua' }).click();
  await expect(a.getByTestId('worker-count')).toHaveText(workers);

  // The old passphrase no longer opens the laptop; the new one does, with the same data.
  await a.getByRole('button', { name: 'Blocca' }).click();
  await unlock(a, PASSPHRASE);
  await expect(a.getByText('Passphrase o codice non corretti.')).toBeVisible({ timeout: 30_000 });
  await unlock(a, NEW_PASSPHRASE);
  await expect(a.getByTestId('worker-count')).toHaveText(workers, { timeout: 30_000 });
  await a.locator('.col-surname a').first().click();
  await expect(a.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await Promise.all([coordinator.context.close(), counselor.context.close()]);
});
