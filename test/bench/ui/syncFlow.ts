// The sync screens driven as a user would, for the browser sync benchmark: laptops are Chromium
// profiles on disk (so one can be closed while another is measured and started again later), without
// File System Access pickers, so bundles and enrolment files travel as downloads and come back
// through the file chooser, as in the end-to-end tests (test/e2e/syncHelpers.ts, whose steps are
// reused where they wait on the page only).
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { chooseFile, openSync } from '../../e2e/syncHelpers';
import { firstTab, launchProfile } from './browser';

export const PASSPHRASE = 'cavallo batteria graffetta corretta';
const LONG = 1_800_000;

export interface Laptop {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Chromium on `profile`, pickers off: saving is a download, opening a file chooser. */
export async function openLaptop(profile: string): Promise<Laptop> {
  const context = await launchProfile(profile);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
    Object.defineProperty(window, 'showOpenFilePicker', { value: undefined });
  });
  return { context, page: await firstTab(context) };
}

async function setPassphrase(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Ripeti la passphrase').fill(PASSPHRASE);
}

async function acceptRecoveryCode(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Il tuo codice di recupero' }).waitFor({ timeout: LONG });
  await page.getByLabel('Ho trascritto il codice in un luogo sicuro').check();
  await page.getByRole('button', { name: 'Continua' }).click();
  await page.getByRole('heading', { name: 'Oggi', level: 1 }).waitFor({ timeout: 120_000 });
}

/** The coordinator's laptop: the demo of this size with its year of activity, through the welcome screen. */
export async function loadDemoAsCoordinator(page: Page, url: string, workers: number): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Dimensione').selectOption(String(workers));
  await setPassphrase(page);
  // Enabled once the chosen size is generated.
  await page.getByRole('button', { name: 'Carica il programma dimostrativo' }).click({ timeout: 300_000 });
  await acceptRecoveryCode(page);
}

/** A laptop started again on its profile: the lock screen, then the passphrase. */
export async function unlock(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await page.getByRole('heading', { name: 'Oggi', level: 1 }).waitFor({ timeout: 300_000 });
}

/** Clicks `button` in `scope` and saves the download at `path`. */
async function saveDownload(page: Page, scope: Locator, button: string, path: string): Promise<void> {
  const waiting = page.waitForEvent('download', { timeout: LONG });
  await scope.getByRole('button', { name: button }).click();
  await (await waiting).saveAs(path);
}

export interface Enrolment {
  readonly path: string;
  readonly counselor: string;
  readonly code: string;
}

/** Programme keys, then the enrolment file of the first counselor's laptop, with the code the screen shows. */
export async function enrolFirstCounselor(page: Page, path: string): Promise<Enrolment> {
  await openSync(page);
  await page.getByRole('button', { name: 'Crea le chiavi del programma' }).click();
  await page.getByRole('heading', { name: 'Esporta' }).waitFor({ timeout: 60_000 });
  await openSync(page, 'Portatili');
  const option = page.getByLabel('Orientatore').locator('option').nth(1);
  await option.waitFor({ state: 'attached' });
  const counselor = (await option.innerText()).trim();
  await page.getByLabel('Orientatore').selectOption({ label: counselor });
  await page.getByLabel('Nome del portatile').fill('Portatile bench');
  await saveDownload(page, page.locator('body'), 'Crea il file di adesione', path);
  const code = page.getByTestId('enrol-result').getByTestId('enrol-code');
  await code.waitFor();
  return { path, counselor, code: (await code.innerText()).trim() };
}

/** Every worker of the programme assigned to `counselor` (Assegnazioni, all shown, one click). */
export async function assignEveryoneTo(page: Page, counselor: string): Promise<string> {
  await openSync(page, 'Assegnazioni');
  const selectAll = page.getByLabel('Seleziona tutti i mostrati');
  await page.locator('.sync-table tbody tr').first().waitFor({ timeout: 600_000 });
  await selectAll.check({ timeout: 600_000 });
  await page.getByLabel('Assegna a').selectOption({ label: counselor });
  await page.getByRole('button', { name: 'Assegna i selezionati' }).click();
  const done = page.getByText(/^\d[\d.]* lavorator[ei] assegnat[oi]\.$/);
  await done.waitFor({ timeout: LONG });
  return done.innerText();
}

/** A fresh laptop joins with the enrolment file and its code. */
export async function joinProgramme(page: Page, url: string, enrolment: Enrolment): Promise<void> {
  await page.goto(url);
  await page.getByRole('radio', { name: 'Unisciti a un programma con un file di adesione' }).check();
  await chooseFile(page, 'Scegli il file di adesione…', enrolment.path);
  await page.getByTestId('join-fingerprint').waitFor();
  await page.getByLabel('Codice di adesione').fill(enrolment.code);
  await setPassphrase(page);
  await page.getByRole('button', { name: 'Unisciti al programma' }).click();
  await acceptRecoveryCode(page);
}

/** The export card of the Scambio tab (its only receiver, or the first). */
export async function openExport(page: Page): Promise<void> {
  await openSync(page);
  await page.getByLabel('Destinatario').waitFor({ timeout: 120_000 });
}

/** From the click on Esporta to the file saved at `path` and the summary on screen (ms). */
export async function timedExport(page: Page, path: string, timeout: number): Promise<number> {
  const start = performance.now();
  const saved = saveDownload(page, page.locator('body'), 'Esporta il pacchetto', path);
  await Promise.race([Promise.all([saved, page.getByText(/^Pacchetto esportato/).waitFor({ timeout })]), failure(page, 'sync-export-title', timeout)]);
  return performance.now() - start;
}

export interface TimedImport {
  /** File chosen to the preview on screen. */
  readonly previewMs: number;
  /** Click on Applica to "Pacchetto applicato.". */
  readonly applyMs: number;
}

/** The bundle chosen on the Scambio tab, its preview, then Applica: each part timed. */
export async function timedImport(page: Page, path: string, timeout: number): Promise<TimedImport> {
  await openSync(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Scegli un pacchetto…' }).click();
  const start = performance.now();
  await (await chooser).setFiles(path);
  await Promise.race([page.getByRole('heading', { name: /^Anteprima/ }).waitFor({ timeout }), failure(page, 'sync-import-title', timeout)]);
  const previewMs = performance.now() - start;
  const applyStart = performance.now();
  await page.getByRole('button', { name: 'Applica' }).click();
  await Promise.race([page.getByText(/^Pacchetto applicato\./).waitFor({ timeout }), failure(page, 'sync-import-title', timeout)]);
  return { previewMs, applyMs: performance.now() - applyStart };
}

/** Rejects with the card's error text once it shows one, or when the page's renderer dies. */
async function failure(page: Page, titleId: string, timeout: number): Promise<never> {
  const card = page.locator(`section[aria-labelledby="${titleId}"]`);
  const crashed = new Promise<string>((resolve) => page.once('crash', () => resolve('the page crashed (renderer out of memory?)')));
  const banner = card
    .locator('.error-banner')
    .waitFor({ timeout })
    .then(async () => (await card.locator('.error-banner').innerText()).trim());
  throw new Error(await Promise.race([crashed, banner]));
}
