// Saving a worker file (issue 19): the time from the Salva click to the confirmation on screen,
// for an edit of an existing file and for a new file, on the loaded demo. The duplicate check runs
// on every save, so before the blind index (renderer/db/personKey.ts) it grew with the programme.
import type { Page } from '@playwright/test';
import { computeCodiceFiscale } from '../../../shared/validation/codiceFiscale';
import type { BenchResult } from '../harness';

type Figure = (name: string, values: number[], unit: BenchResult['unit'], extra?: Partial<BenchResult>) => BenchResult;

const EDITS = 5;
const NEW_FILES = 2;
const SAVE_TARGET_MS = 300;

/**
 * Clicks Salva in the page and resolves with the time until an element matching `selector` holds
 * `text` and a frame has been painted with it. An element already showing the text must first go
 * (the screen clears it as the save starts), so the one counted is this save's.
 */
function timedSave(page: Page, selector: string, text: string): Promise<number> {
  return page.evaluate(
    async ({ selector, text }) => {
      const button = Array.from(document.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === 'Salva');
      if (!button) throw new Error('no Salva button on screen');
      // No named helpers inside: the bundler running this file would wrap them in a function the page lacks.
      let cleared = !Array.from(document.querySelectorAll(selector)).some((element) => element.textContent?.includes(text));
      const painted = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`"${text}" did not appear`)), 120_000);
        const observer = new MutationObserver(() => {
          const shown = Array.from(document.querySelectorAll(selector)).some((element) => element.textContent?.includes(text));
          if (!shown) cleared = true;
          if (!shown || !cleared) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(document.body, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      button.click();
      return (await painted) - start;
    },
    { selector, text },
  );
}

/**
 * The worker list, loaded: its files are on screen. Leaving it before would leave its loading
 * (30,000 names opened) running under the save being timed.
 */
async function openList(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Lavoratori', exact: true }).click();
  await page.locator('.col-surname a').first().waitFor({ timeout: 600_000 });
}

/** Edits of the first file in the list: a new phone number each time, saved with Salva. */
async function editSaves(page: Page): Promise<number[]> {
  await openList(page);
  await page.locator('.col-surname a').first().click();
  await page.getByRole('heading', { name: /^Scheda di / }).waitFor({ timeout: 120_000 });
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    await page.getByLabel('Telefono').fill(`333 55500${String(i).padStart(2, '0')}`);
    times.push(await timedSave(page, '[role="status"]', 'Scheda salvata.'));
  }
  return times;
}

/** New files for people the demo does not hold, saved until the new file's own screen shows. */
async function newFileSaves(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < NEW_FILES; i++) {
    const person = { surname: 'Zanardelli', name: 'Quirino', birthDate: `1966-0${i + 1}-17`, sex: 'M' as const, birthplaceCode: 'D583' };
    await openList(page);
    await page.getByRole('link', { name: 'Nuovo lavoratore' }).click();
    await page.getByLabel('Cognome').fill(person.surname);
    await page.getByLabel('Nome', { exact: true }).fill(person.name);
    await page.getByLabel('Codice fiscale').fill(computeCodiceFiscale(person));
    await page.getByRole('button', { name: 'Compila data, sesso e luogo dal codice fiscale' }).click();
    await page.getByLabel('Comune di residenza').fill('Reggello (FI)');
    await page.getByLabel('Telefono').fill('333 5551234');
    await page.getByLabel('Percorso principale').selectOption({ label: 'Ricollocamento attivo' });
    await page.getByLabel('Orientatore assegnato').selectOption({ index: 1 });
    await page.getByLabel('Mansione nello stabilimento').fill('Trafilatore');
    await page.getByLabel('Titolo di studio').selectOption({ label: 'Diploma di maturità' });
    times.push(await timedSave(page, 'h1', `Scheda di ${person.surname} ${person.name}`));
  }
  return times;
}

/** The save figures of one browser session on the loaded demo (leaves the page on a worker file). */
export async function measureSaves(page: Page, figure: Figure): Promise<BenchResult[]> {
  const edits = await editSaves(page);
  const created = await newFileSaves(page);
  return [
    figure('save an edited worker file, Salva to "Scheda salvata." painted', edits, 'ms', { targetMax: SAVE_TARGET_MS, note: 'duplicate check by blind index, then seal and write' }),
    figure('save a new worker file, Salva to its own screen painted', created, 'ms', {
      targetMax: SAVE_TARGET_MS,
      note: "includes mounting the new file's screen while the menu's Oggi counter reloads the agenda (every visible worker opened) after the write",
    }),
  ];
}
