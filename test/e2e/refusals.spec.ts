// Refusals that say what happened: a counselor at a coordinator's address, records that do not
// exist or are another counselor's, a day that does not exist, a text over its limit.
import { expect, test, type Page } from '@playwright/test';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { loadDemo, unlock } from './helpers';

const demo = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' });
const me = demo.counselors.find((c) => c.role === 'counselor')!;
const mine = demo.workers.find((w) => w.worker.counselorId === me.id)!;
const theirs = demo.workers.find((w) => w.worker.counselorId !== me.id)!;
const NOWHERE = '018f0000-0000-7000-8000-0000000000ff';

const asCounselor = (page: Page) => loadDemo(page, { as: `${me.displayName} — Orientatore` });

/** Nothing on the page reads like a developer's message. */
async function expectNoDeveloperText(page: Page) {
  await expect(page.locator('main')).not.toContainText(/Error|record|undefined|outside this user|No record|Cannot|TypeError/);
}

test('a counselor who types a coordinator’s address sees the role page, in Italian and in English', async ({ page }) => {
  await asCounselor(page);
  for (const screen of ['sync/caseloads', 'sync/conflicts']) {
    await page.goto(`./#/${screen}`);
    await expect(page.getByRole('heading', { name: 'Pagina riservata al coordinatore', level: 1 })).toBeVisible();
    await expect(page.getByText('Con il ruolo di orientatore questa pagina non è disponibile.')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expectNoDeveloperText(page);
  }
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.getByRole('heading', { name: 'A page for the coordinator', level: 1 })).toBeVisible();
  await expect(page.getByText('It is not available to the counselor role.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the workers' }).click();
  await expect(page.getByRole('heading', { name: 'Workers', level: 1 })).toBeVisible();
});

test('addresses typed by hand for records that do not exist or are another counselor’s say so in Italian', async ({ page }) => {
  await asCounselor(page);
  const addresses = [
    ...['workers', 'employers', 'offers', 'courses', 'enrolments', 'ventures'].map((list) => `${list}/${NOWHERE}`),
    ...['cv', 'matching', 'ventures/new'].map((tail) => `workers/${NOWHERE}/${tail}`),
    ...['board', 'matching'].map((tail) => `offers/${NOWHERE}/${tail}`),
    `workers/${theirs.id}`,
    ...['cv', 'matching', 'ventures/new'].map((tail) => `workers/${theirs.id}/${tail}`),
    'workers/not-an-id',
  ];
  for (const address of addresses) {
    await test.step(address, async () => {
      await page.goto(`./#/${address}`);
      await expect(page.getByRole('alert')).toContainText(/non esiste|non fa parte dei tuoi assegnati|non riguarda i tuoi assegnati/);
      await expect(page.getByText(theirs.worker.codiceFiscale)).toHaveCount(0);
      await expectNoDeveloperText(page);
    });
  }
});

test('a day that does not exist and a text over its limit: the message says which, and the text stays', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await asCounselor(page);
  await page.goto(`./#/workers/${mine.id}`);
  await expect(page.getByRole('heading', { name: `Scheda di ${mine.worker.surname} ${mine.worker.name}` })).toBeVisible();
  const interviews = page.getByRole('region', { name: 'Colloqui' });
  await interviews.getByRole('button', { name: 'Registra un colloquio' }).click();
  const form = page.getByRole('form', { name: 'Nuovo colloquio' });
  await form.getByLabel('Tipo di colloquio').selectOption({ label: 'Orientamento' });
  const day = form.getByLabel('Data', { exact: true });
  await day.fill('31/02/2019');

  // 200 KB pasted into the notes.
  const pasted = 'Appunti del colloquio, riga dopo riga. '.repeat(5_400).slice(0, 200 * 1024);
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  const notes = form.getByLabel('Note');
  await notes.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => notes.evaluate((element: HTMLTextAreaElement) => element.value.length)).toBe(pasted.length);

  await form.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(form.getByText('Il 31/02/2019 non esiste: febbraio 2019 ha 28 giorni.')).toBeVisible();
  await expect(form.getByText('Il testo supera il limite di 8.000 caratteri: ne contiene 204.800.')).toBeVisible();
  await expect(day).toHaveValue('31/02/2019');
  expect(await notes.inputValue()).toBe(pasted);

  // 29 February of a year that is not a leap year.
  await day.fill('29/02/2019');
  await expect(form.getByText('Il 29/02/2019 non esiste: febbraio 2019 ha 28 giorni.')).toBeVisible();
  await expectNoDeveloperText(page);
});

test('a list whose data cannot be opened says so instead of a blank window, and the app goes on', async ({ page }) => {
  await loadDemo(page);
  // Damage the sealed fields of one employer, with the browser's own IndexedDB API.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('pco-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('employers', 'readwrite').objectStore('employers');
    await new Promise<void>((resolve, reject) => {
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const row = cursor.result?.value as { sealed: { ct: string } };
        const ct = row.sealed.ct;
        cursor.result?.update({ ...row, sealed: { ...row.sealed, ct: `${ct.startsWith('A') ? 'B' : 'A'}${ct.slice(1)}` } }).addEventListener('success', () => resolve());
      };
      cursor.onerror = () => reject(cursor.error);
    });
    db.close();
  });
  // Opened records are cached until the app locks: start again from the lock screen.
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Aziende' }).click();
  await expect(page.getByRole('heading', { name: 'Qualcosa non ha funzionato', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Alcuni dati cifrati non si possono aprire: potrebbero essere danneggiati. Avvisa il coordinatore.');
  await expectNoDeveloperText(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Lavoratori' }).click();
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible();
});
