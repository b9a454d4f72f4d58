// Issue 17, item 6, end to end: space before it runs out. The origin's quota is forced through
// Chromium's DevTools protocol: the settings card shows what is used and left in Italian figures;
// under a tiny quota a worker save and a document upload are refused with the space needed named,
// the database holds nothing of them, what was typed is still there, and the same save goes through
// once space is back.
import { expect, test, type Page } from '@playwright/test';
import { fillNewWorker, nav, startEmpty } from './helpers';
import { LAPTOP_SIZES, shots } from './shots';

/** The quota a test starts under: set before the app first opens its database (see `quotaControl`). */
const START_QUOTA = 64 * 1024 * 1024;
const SCRATCH_DB = 'pco-quota-scratch';

/** Puts `bytes` into the scratch database with the raw API: 'ok', or the name of the refusal. */
function scratchWrite(page: Page, bytes: number): Promise<string> {
  return page.evaluate(
    async ({ name, bytes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('scratch');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<string>((resolve) => {
          const transaction = db.transaction('scratch', 'readwrite');
          transaction.objectStore('scratch').put(new Uint8Array(bytes), 'filler');
          transaction.oncomplete = () => resolve('ok');
          transaction.onabort = () => resolve(transaction.error?.name ?? 'AbortError');
        });
      } finally {
        db.close();
      }
    },
    { name: SCRATCH_DB, bytes },
  );
}

/**
 * The origin's quota, forced through the DevTools protocol. Chromium's IndexedDB keeps what the
 * quota had left when it first looked (for up to 30 s) and counts its writes down from it, so a
 * quota lowered later is not seen by a small write: `shrink` then makes a write larger than that
 * (refused) into a scratch database, after which the store knows no space is left. The scratch
 * database is made while there is room, so that `shrink` writes nothing but the refused filler.
 */
async function quotaControl(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const override = (quotaSize?: number) => cdp.send('Storage.overrideQuotaForOrigin', quotaSize === undefined ? { origin } : { origin, quotaSize });
  await override(START_QUOTA);
  return {
    /** After the app started: the scratch database, empty, ready for `shrink`. */
    async prepare(): Promise<void> {
      expect(await scratchWrite(page, 1)).toBe('ok');
    },
    /** No byte more than the origin uses now. */
    async shrink(): Promise<void> {
      const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
      await override(usage);
      expect(await scratchWrite(page, START_QUOTA + 1024 * 1024)).toBe('QuotaExceededError');
    },
    /** The browser's own quota back. */
    restore: () => override(),
  };
}

/** Row counts of the stores a save or an upload writes, read with the raw IndexedDB API. */
async function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('pco-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = ['workers', 'workerList', 'events', 'audit', 'documents', 'documentChunks'].filter((name) => db.objectStoreNames.contains(name));
    const counts: Record<string, number> = {};
    for (const name of names) {
      counts[name] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  });
}

/** A PDF of exactly `bytes` bytes (a header, then spaces): 1,5 MB reads the same on screen every time. */
const pdfOfSize = (bytes: number): Buffer => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes - 9, 0x20)]);

/** An Italian size: digits grouped by dots, one decimal after a comma, a unit. */
const ITALIAN_SIZE = /^\d{1,3}(\.\d{3})*(,\d)? (B|kB|MB|GB)$/;

test('the settings card shows the space used and left in Italian figures, and the persistence asked for', async ({ page }) => {
  await startEmpty(page);
  await nav(page, 'Impostazioni').click();
  const card = page.getByTestId('storage-card');
  await expect(card.getByRole('heading', { name: 'Spazio' })).toBeVisible();
  await expect(page.getByTestId('storage-used')).toHaveText(ITALIAN_SIZE);
  await expect(page.getByTestId('storage-available')).toHaveText(ITALIAN_SIZE);
  await expect(page.getByTestId('storage-documents')).toHaveText('0 documenti, 0 B');
  await expect(card.getByRole('meter', { name: 'Spazio usato sul totale concesso' })).toBeVisible();
  // The web build asks the browser to keep the data; the answer is said plainly either way.
  const persistence = page.getByTestId('storage-persistence');
  await expect(persistence).toBeVisible();
  if ((await persistence.innerText()).startsWith('Il browser può cancellare')) {
    await card.getByRole('button', { name: 'Chiedi la conservazione permanente' }).click();
    await expect(card.getByText(/Il browser ha rifiutato la conservazione permanente|Il browser conserva i dati in modo permanente/)).toBeVisible();
  }
  // The card at the bottom of the settings, in the window at each laptop size.
  for (const size of LAPTOP_SIZES) {
    await page.setViewportSize(size);
    await card.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: `test-results/screenshots/storage-settings-${size.width}x${size.height}.png` });
  }
});

test('a worker save under a tiny quota is refused with the space needed; nothing is written and the form keeps what was typed', async ({ page }) => {
  const quota = await quotaControl(page);
  await startEmpty(page);
  await quota.prepare();
  await fillNewWorker(page);

  await quota.shrink();
  const before = await storeCounts(page);
  await page.getByRole('button', { name: 'Salva' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Spazio per i dati esaurito' });
  await expect(alert).toContainText('nulla è stato salvato');
  await expect(alert).toContainText(/Servono circa \d+(,\d)? (kB|MB) liberi/);
  await expect(alert).toContainText('Quanto hai scritto è ancora qui');
  expect(await storeCounts(page)).toEqual(before);
  await expect(page.getByLabel('Cognome')).toHaveValue('Rossi');
  await expect(page.getByLabel('Codice fiscale')).toHaveValue('RSSMRA70C15M321L');
  await expect(page.getByLabel('Mansione nello stabilimento')).toHaveValue('Manutentore elettrico');
  await expect(page).toHaveURL(/\/workers\/new$/);
  await alert.scrollIntoViewIfNeeded();
  await shots(page, 'storage-full-worker');

  // Space back: the same form saves.
  await quota.restore();
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('heading', { name: 'Scheda di Rossi Mario' })).toBeVisible();
  expect((await storeCounts(page)).workers).toBe((before.workers ?? 0) + 1);
});

test('a document upload under a tiny quota is refused with the space needed; no chunk is kept and the dialog keeps the file and the note', async ({ page }) => {
  // The web bridge picks files with an <input> the test drives.
  await page.addInitScript(() => Object.defineProperty(window, 'showOpenFilePicker', { value: undefined }));
  const quota = await quotaControl(page);
  await startEmpty(page);
  await quota.prepare();
  await fillNewWorker(page);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('heading', { name: 'Scheda di Rossi Mario' })).toBeVisible();

  const section = page.getByRole('region', { name: 'Documenti' });
  await section.getByRole('button', { name: 'Aggiungi documento' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aggiungi un documento' });
  await dialog.getByLabel('Tipo').selectOption({ label: 'Patto di servizio firmato' });
  await dialog.getByLabel('Data del documento').fill('04/03/2019');
  await dialog.getByLabel('Nota').fill('Firmato in sede');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Scegli un file…' }).click();
  await (await chooser).setFiles({ name: 'patto-firmato.pdf', mimeType: 'application/pdf', buffer: pdfOfSize(1.5 * 1024 * 1024) });
  await expect(dialog.getByTestId('document-chosen')).toContainText('patto-firmato.pdf');

  await quota.shrink();
  const before = await storeCounts(page);
  await dialog.getByRole('button', { name: 'Aggiungi' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Spazio per i dati esaurito' });
  await expect(alert).toContainText('nulla è stato salvato');
  // Chromium's estimate claims room the store has just refused: the message names only what is needed.
  await expect(alert).toContainText(/Servono circa 2,\d MB liberi\./);
  expect(await storeCounts(page)).toEqual(before);
  await expect(dialog.getByTestId('document-chosen')).toContainText('patto-firmato.pdf');
  await expect(dialog.getByLabel('Nota')).toHaveValue('Firmato in sede');
  await shots(page, 'storage-full-document');

  await quota.restore();
  await dialog.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toContainText('Documento aggiunto: patto-firmato.pdf.');

  // What the documents weigh, in the settings, the Italian way.
  await nav(page, 'Impostazioni').click();
  await expect(page.getByTestId('storage-documents')).toHaveText('1 documento, 1,5 MB');
});
