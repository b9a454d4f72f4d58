// What the sync specs share: a browser context per laptop without File System Access pickers, so
// bundles travel as downloads and come back through the file chooser; the sync screen's tabs;
// joining with an enrolment file, exporting and importing a bundle, recording an interview.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { fromTodayToWorkers, PASSPHRASE } from './helpers';
import { shiftItalian } from './dates';

export async function laptop(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true });
  // No File System Access pickers: saving downloads, opening uses <input type=file>.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
    Object.defineProperty(window, 'showOpenFilePicker', { value: undefined });
  });
  return { context, page: await context.newPage() };
}

/** Clicks `button` (inside `scope`) and saves the download under the test's output folder. */
export async function download(page: Page, button: string, name: string, scope = page.locator('body')): Promise<string> {
  const waiting = page.waitForEvent('download');
  await scope.getByRole('button', { name: button }).click();
  const path = test.info().outputPath(name);
  await (await waiting).saveAs(path);
  return path;
}

export async function chooseFile(page: Page, button: string, path: string): Promise<void> {
  const waiting = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await waiting).setFiles(path);
}

export async function openSync(page: Page, tab = 'Scambio'): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Sincronizzazione' }).click();
  await page.getByRole('navigation', { name: 'Sezioni della sincronizzazione' }).getByRole('link', { name: tab }).click();
}

/** The coordinator creates the programme key pair from the Sync screen. */
export async function createProgrammeKeys(page: Page): Promise<void> {
  await openSync(page);
  await page.getByRole('button', { name: 'Crea le chiavi del programma' }).click();
  await expect(page.getByRole('heading', { name: 'Esporta' })).toBeVisible({ timeout: 30_000 });
}

/** The first counselor offered on the Portatili tab (the demo's counselors are generated). */
export async function firstCounselor(page: Page): Promise<string> {
  await openSync(page, 'Portatili');
  const option = page.getByLabel('Orientatore').locator('option').nth(1);
  await expect(option).toBeAttached();
  return (await option.innerText()).trim();
}

/** An enrolment file as saved, with what the coordinator's screen showed beside it. */
export interface IssuedEnrolment {
  readonly path: string;
  /** The coordinator key's fingerprint, compared on the joining laptop. */
  readonly fingerprint: string;
  /** The enrolment code, which is not in the file: typed on the joining laptop. */
  readonly code: string;
}

/** The fingerprint and code the enrolment notice shows once the file is saved. */
export async function readEnrolmentNotice(page: Page): Promise<{ fingerprint: string; code: string }> {
  const notice = page.getByTestId('enrol-result');
  await expect(notice.getByTestId('enrol-code')).toHaveText(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
  const fingerprint = /([0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4})/.exec(await notice.innerText())?.[1] ?? '';
  return { fingerprint, code: await notice.getByTestId('enrol-code').innerText() };
}

/**
 * On the coordinator's Portatili tab: issues the enrolment file of `counselor`'s laptop named
 * `label`, saved as `label.pcoenrol`, and reads the fingerprint and code the screen shows.
 */
export async function issueEnrolment(page: Page, counselor: string, label: string): Promise<IssuedEnrolment> {
  await page.getByLabel('Orientatore').selectOption({ label: counselor });
  await page.getByLabel('Nome del portatile').fill(label);
  const path = await download(page, 'Crea il file di adesione', `${label}.pcoenrol`);
  return { path, ...(await readEnrolmentNotice(page)) };
}

/** Exports a bundle from the Scambio tab (to the receiver matching `target`, or the only one) and saves it. */
export async function exportTo(page: Page, target: RegExp | null, name: string): Promise<string> {
  await openSync(page);
  if (target) {
    await expect(page.getByLabel('Destinatario').locator('option', { hasText: target })).toBeAttached();
    const label = (await page.getByLabel('Destinatario').locator('option').allInnerTexts()).find((o) => target.test(o)) ?? '';
    await page.getByLabel('Destinatario').selectOption({ label });
  } else await expect(page.getByLabel('Destinatario')).toBeVisible();
  const path = await download(page, 'Esporta il pacchetto', name);
  await expect(page.getByText(/^Pacchetto esportato/)).toBeVisible();
  await expect(page.getByTestId('export-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  return path;
}

/** Opens a bundle in the import preview and applies it. */
export async function importFile(page: Page, path: string): Promise<void> {
  await openSync(page);
  await chooseFile(page, 'Scegli un pacchetto…', path);
  await expect(page.getByRole('heading', { name: /^Anteprima/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(page.getByText(/^Pacchetto applicato\./)).toBeVisible({ timeout: 30_000 });
}

/**
 * A fresh laptop joins the programme with an enrolment file, checking the coordinator fingerprint
 * and typing the enrolment code (`code` overrides the one the coordinator's screen showed).
 */
export async function join(page: Page, enrolment: IssuedEnrolment, code = enrolment.code): Promise<void> {
  await page.goto('./');
  await page.getByRole('radio', { name: 'Unisciti a un programma con un file di adesione' }).check();
  await chooseFile(page, 'Scegli il file di adesione…', enrolment.path);
  await expect(page.getByTestId('join-fingerprint')).toHaveText(enrolment.fingerprint);
  await page.getByLabel('Codice di adesione').fill(code);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Ripeti la passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unisciti al programma' }).click();
  await expect(page.getByRole('heading', { name: 'Il tuo codice di recupero' })).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Ho trascritto il codice in un luogo sicuro').check();
  await page.getByRole('button', { name: 'Continua' }).click();
  await fromTodayToWorkers(page);
}


/**
 * Records an interview on the worker's file through the case-work form; `skill` tells it apart.
 * `on`: a number of days after the worker's enrolment, or a date as typed (dd/mm/yyyy).
 */
export async function addInterview(page: Page, workerId: string, skill: string, on: number | string): Promise<void> {
  await page.goto(`./#/workers/${workerId}`);
  const enrolment = await page.getByLabel('Data di adesione').inputValue();
  const interviews = page.getByRole('region', { name: 'Colloqui' });
  await interviews.getByRole('button', { name: 'Registra un colloquio' }).click();
  const form = page.getByRole('form', { name: 'Nuovo colloquio' });
  await form.getByLabel('Tipo di colloquio').selectOption({ label: 'Bilancio di competenze' });
  await form.getByLabel('Data', { exact: true }).fill(typeof on === 'number' ? shiftItalian(enrolment, on) : on);
  await form.getByLabel('Durata (minuti)').fill('45');
  await form.getByLabel('Competenze rilevate').fill(skill);
  await form.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(interviews.getByText('Colloquio registrato.', { exact: true })).toBeVisible();
}
