// Shared steps of the end-to-end tests.
import { expect, type Page } from '@playwright/test';
import { screenDay } from './dates';

export const PASSPHRASE = 'cavallo batteria graffetta corretta';

async function setPassphrase(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Ripeti la passphrase').fill(passphrase);
}

/** Confirms the one-time recovery code screen and returns the code. */
async function acceptRecoveryCode(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Il tuo codice di recupero' })).toBeVisible({ timeout: 30_000 });
  const code = (await page.getByTestId('recovery-code').innerText()).trim();
  await page.getByLabel('Ho trascritto il codice in un luogo sicuro').check();
  await page.getByRole('button', { name: 'Continua' }).click();
  return code;
}

/**
 * The app opens to Oggi (the day at a glance); most specs start from the worker list, which is
 * one click away in the menu.
 */
export async function fromTodayToWorkers(page: Page, timeout = 10_000): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Oggi', level: 1 })).toBeVisible({ timeout });
  await nav(page, 'Lavoratori').click();
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible({ timeout });
}

/** The welcome screen's two calendars of the demo. */
const DEMO_CALENDARS = { today: 'Oggi', historical: 'Il programma storico del 2019' } as const;

/**
 * Loads the 300-worker demo through the welcome screen. `calendar`: the historical programme of
 * 2019 by default (the specs written against its dates and figures), or today's, anchored on the
 * browser's today.
 */
export async function loadDemo(page: Page, options: { as?: string; calendar?: keyof typeof DEMO_CALENDARS } = {}): Promise<string> {
  await page.goto('./');
  await page.getByRole('radio', { name: DEMO_CALENDARS[options.calendar ?? 'historical'], exact: true }).check();
  await expect(page.getByRole('button', { name: 'Carica il programma dimostrativo' })).toBeEnabled();
  if (options.as) await page.getByLabel('Entra come').selectOption({ label: options.as });
  await setPassphrase(page);
  await page.getByRole('button', { name: 'Carica il programma dimostrativo' }).click();
  const code = await acceptRecoveryCode(page);
  await fromTodayToWorkers(page, 30_000);
  if (!options.as) await expect(page.getByTestId('worker-count')).toContainText('300 lavoratori');
  return code;
}

export async function startEmpty(page: Page, name = 'Giulia Neri'): Promise<string> {
  await page.goto('./');
  await page.getByText('Inizia vuoto').click();
  await page.getByLabel('Il tuo nome e cognome').fill(name);
  await setPassphrase(page);
  await page.getByRole('button', { name: 'Inizia con un programma vuoto' }).click();
  const code = await acceptRecoveryCode(page);
  await fromTodayToWorkers(page);
  return code;
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sblocca' }).click();
}

/** Codice fiscale shown in the first row of the worker list. */
export async function firstListedCodiceFiscale(page: Page): Promise<string> {
  const cell = page.locator('[role="row"] .col-codiceFiscale[role="cell"]').first();
  return (await cell.innerText()).trim();
}

/** Everything in the app's IndexedDB, read with the raw browser API (no app code), as one string. */
export async function rawDatabaseDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('pco-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(dump);
  });
}

/** A link of the main navigation. */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name });

/**
 * The new-worker form filled with the specs' one test person (Rossi Mario, from Reggello): every
 * required field, the given codice fiscale, counselor and consent day. Not saved.
 */
export async function fillNewWorker(page: Page, options: { codiceFiscale?: string; counselor?: string; consentOn?: string } = {}): Promise<void> {
  await nav(page, 'Lavoratori').click();
  await page.getByRole('link', { name: 'Nuovo lavoratore' }).click();
  await page.getByLabel('Cognome').fill('Rossi');
  await page.getByLabel('Nome', { exact: true }).fill('Mario');
  await page.getByLabel('Codice fiscale').fill(options.codiceFiscale ?? 'RSSMRA70C15M321L');
  await page.getByRole('button', { name: 'Compila data, sesso e luogo dal codice fiscale' }).click();
  await page.getByLabel('Comune di residenza').fill('Reggello (FI)');
  if (options.consentOn) await page.getByLabel('Data del consenso privacy').fill(options.consentOn);
  await page.getByLabel('Percorso principale').selectOption({ label: 'Ricollocamento attivo' });
  await page.getByLabel('Orientatore assegnato').selectOption({ label: options.counselor ?? 'Giulia Neri' });
  await page.getByLabel('Mansione nello stabilimento').fill('Manutentore elettrico');
  await page.getByLabel('Titolo di studio').selectOption({ label: 'Diploma di maturità' });
}

/** A new course from Corsi → Nuovo corso: 16 hours, begun two weeks ago, ending in a month. */
export async function createCourse(page: Page, title: string): Promise<void> {
  await nav(page, 'Corsi').click();
  await page.getByRole('link', { name: 'Nuovo corso' }).click();
  await page.getByLabel('Titolo del corso').fill(title);
  await page.getByLabel('Ente di formazione').fill('Valdarno Formazione scarl');
  await page.getByLabel('Durata (ore)').fill('16');
  await page.getByLabel('Inizio').fill(screenDay(-14));
  await page.getByLabel('Fine', { exact: true }).fill(screenDay(30));
  await page.getByLabel('Finanziamento').selectOption({ label: 'Piano sociale' });
  await page.getByRole('button', { name: 'Salva il corso' }).click();
  await expect(page.getByText('Corso salvato.')).toBeVisible();
}
