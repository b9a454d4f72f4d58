// Documents on a file (issue 17, item 1), end to end in Chromium: a counselor attaches a PDF made
// here (with a known string) and a PNG to a worker file, by the picker and by drag and drop; a file
// over the limit is refused naming its size and the limit, with what was typed kept; the PDF is
// drawn by pdf.js inside the app, the image shown from its bytes (its URL gone with the view);
// download gives the same bytes; a new version folds the old one under it; deletion asks first.
// Raw IndexedDB, localStorage and the cache hold no byte of the known string; the access log reads
// each opening, addition and deletion in plain Italian. The coordinator attaches a file to an employer.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PDFDocument, PDFName, PDFString, StandardFonts, rgb } from 'pdf-lib';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { loadDemo } from './helpers';
import { LAPTOP_SIZES, shots } from './shots';

test.describe.configure({ timeout: 180_000 });

const SECRET = 'CONSENSO-FIRMATO-E2E-7Q3K';
const MB = 1024 * 1024;
const demo = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' });
const me = demo.counselors.find((c) => c.role === 'counselor')!;

/** A one-page PDF drawing `text`, which it also keeps in clear in its catalog (so its absence from IndexedDB means something). */
async function pdfWith(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 770, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
  page.drawRectangle({ x: 50, y: 560, width: 320, height: 140, color: rgb(0.1, 0.3, 0.6) });
  doc.catalog.set(PDFName.of('PcoNote'), PDFString.of(text));
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
  expect(bytes.toString('latin1')).toContain(text);
  return bytes;
}

/** Every store of every IndexedDB database, read with the raw API (binary as Latin-1), searched for `needles`; and localStorage and Cache Storage. */
async function clearTextFound(page: Page, needles: string[]): Promise<{ found: string[]; chunkRows: number }> {
  return page.evaluate(async (search) => {
    let text = '';
    let chunkRows = 0;
    const latin1 = new TextDecoder('latin1');
    const walk = (value: unknown, depth = 0): void => {
      if (depth > 40 || value === null || value === undefined) return;
      if (typeof value === 'string') text += `${value}\n`;
      else if (value instanceof ArrayBuffer) text += `${latin1.decode(new Uint8Array(value))}\n`;
      else if (ArrayBuffer.isView(value)) text += `${latin1.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))}\n`;
      else if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
      else if (typeof value === 'object') for (const item of Object.values(value)) walk(item, depth + 1);
    };
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name ?? '');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const values = await request(store.getAll());
        if (name === 'documentChunks') chunkRows += values.length;
        walk(values);
        walk(await request(store.getAllKeys()));
      }
      db.close();
    }
    for (let i = 0; i < localStorage.length; i += 1) text += `${localStorage.key(i)}=${localStorage.getItem(localStorage.key(i) ?? '')}\n`;
    for (const key of await caches.keys()) text += `cache ${key}\n`;
    return { found: search.filter((needle) => text.includes(needle)), chunkRows };
  }, needles);
}

/** Screenshots of a section at each laptop size, the section scrolled to the top of the window at each. */
async function sectionShots(page: Page, section: Locator, name: string) {
  const before = page.viewportSize();
  for (const size of LAPTOP_SIZES) {
    await page.setViewportSize(size);
    await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shots(page, name, { sizes: [size] });
  }
  if (before) await page.setViewportSize(before);
}

async function expectNoViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Chooses a file in the dialog's picker (the web bridge's file input). */
async function pick(page: Page, dialog: Locator, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Scegli un file…' }).click();
  await (await chooser).setFiles(file);
}

/** Drops a file on `target` as a user dragging it from the desktop would. */
async function drop(page: Page, target: Locator, name: string, type: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      return transfer;
    },
    { name, type, data: [...bytes] },
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Whether a canvas has pixels that are not white: pdf.js drew something. */
const canvasInk = (canvas: Locator) =>
  canvas.evaluate((element: HTMLCanvasElement) => {
    const data = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink += 1;
    return ink;
  });

test.beforeEach(async ({ page }) => {
  // No native pickers: the web bridge falls back to a file input and a download Playwright can drive.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
    Object.defineProperty(window, 'showOpenFilePicker', { value: undefined });
  });
});

test('a counselor attaches, previews, downloads, replaces and deletes documents on a worker file; nothing in clear is stored', async ({ page }, testInfo) => {
  const consent = await pdfWith(SECRET);
  const consentV2 = await pdfWith(`${SECRET} v2`);
  const tooLarge = testInfo.outputPath('scansione-grande.pdf');
  writeFileSync(tooLarge, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * MB - 9, 0x20)]));

  // pdf.js and the image preview work under the app's CSP: the browser reports no violation.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await loadDemo(page, { as: `${me.displayName} — Orientatore` });
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } });
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  const section = page.getByRole('region', { name: 'Documenti' });
  await expect(section.getByTestId('documents-none')).toHaveText('Nessun documento.');

  // Add by the picker: a file over the limit is refused naming both sizes, and what was typed stays.
  const add = section.getByRole('button', { name: 'Aggiungi documento' });
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Aggiungi un documento' });
  await dialog.getByLabel('Tipo').selectOption({ label: 'Consenso privacy firmato' });
  await dialog.getByLabel('Data del documento').fill('02/05/2019');
  await dialog.getByLabel('Nota').fill('Firmato in sede alla presenza dell’orientatore');
  await pick(page, dialog, tooLarge);
  await expect(dialog.getByTestId('document-file-problem')).toContainText('Il file è di 21 MB: il limite è 20 MB');
  await dialog.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(dialog.getByTestId('document-file-problem')).toContainText('il limite è 20 MB');
  await expect(dialog.getByLabel('Nota')).toHaveValue('Firmato in sede alla presenza dell’orientatore');
  await expect(dialog.getByLabel('Data del documento')).toHaveValue('02/05/2019');
  await shots(page, 'documents-refused');
  await expectNoViolations(page, '.document-dialog');
  await pick(page, dialog, { name: 'consenso.pdf', mimeType: 'application/pdf', buffer: consent });
  await expect(dialog.getByTestId('document-chosen')).toContainText('consenso.pdf');
  await dialog.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
  await expect(section.getByRole('status')).toContainText('Documento aggiunto: consenso.pdf.');
  const first = section.getByTestId('document-item').first();
  await expect(first).toContainText('Consenso privacy firmato');
  await expect(first).toContainText('del 02/05/2019');
  await expect(first).toContainText(/consenso\.pdf · \d+ KB/);
  await expect(first).toContainText(`aggiunto da ${me.displayName} il`);

  // Add by dropping an image on the section.
  await drop(page, section, 'carta-identita.png', 'image/png', png);
  await expect(dialog.getByTestId('document-chosen')).toContainText('carta-identita.png');
  await dialog.getByLabel('Tipo').selectOption({ label: 'Documento d’identità' });
  await dialog.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByTestId('document-item')).toHaveCount(2);

  // The bytes are sealed: no trace of the known string anywhere the browser keeps data.
  const stored = await clearTextFound(page, [SECRET, Buffer.from(SECRET).toString('hex').toUpperCase(), 'consenso.pdf', 'Firmato in sede']);
  expect(stored.chunkRows).toBeGreaterThanOrEqual(2);
  expect(stored.found).toEqual([]);

  // Preview: pdf.js draws the page (ink on the canvas, the known string in its text); Escape closes it, the focus goes back.
  const openConsent = section.getByRole('button', { name: 'Apri consenso.pdf' });
  await openConsent.click();
  const preview = page.getByRole('dialog', { name: 'Consenso privacy firmato: consenso.pdf' });
  const pageCanvas = preview.getByTestId('document-page').first();
  await expect(pageCanvas).toHaveAttribute('data-rendered', 'true');
  expect(await canvasInk(pageCanvas)).toBeGreaterThan(1000);
  await expect(preview.getByTestId('document-page-text')).toContainText(SECRET);
  await expect(preview.getByText('1 pagina')).toBeVisible();
  await shots(page, 'documents-preview');
  await expectNoViolations(page, '.document-dialog');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(openConsent).toBeFocused();

  // The image shows from its bytes; its object URL dies with the view.
  await section.getByRole('button', { name: 'Apri carta-identita.png' }).click();
  const imagePreview = page.getByRole('dialog', { name: /carta-identita\.png/ });
  const image = imagePreview.getByTestId('document-image');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(120);
  const url = await image.getAttribute('src');
  expect(url).toMatch(/^blob:/);
  // Loaded as an image (img-src allows blob:, connect-src does not): it loads while shown, not after.
  const loads = () => page.evaluate((src) => new Promise<string>((resolve) => Object.assign(new Image(), { onload: () => resolve('loads'), onerror: () => resolve('gone'), src })), url!);
  expect(await loads()).toBe('loads');
  await imagePreview.getByRole('button', { name: 'Chiudi' }).click();
  await expect(imagePreview).toBeHidden();
  expect(await loads()).toBe('gone');

  // Download: the same bytes.
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Scarica consenso.pdf' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('consenso.pdf');
  expect(readFileSync(await download.path()).equals(consent)).toBe(true);

  // Replace: the new version is current, the old one folded under it.
  await section.getByRole('button', { name: 'Sostituisci consenso.pdf' }).click();
  const replace = page.getByRole('dialog', { name: 'Nuova versione di consenso.pdf' });
  await expect(replace.getByLabel('Nota')).toHaveValue('Firmato in sede alla presenza dell’orientatore');
  await pick(page, replace, { name: 'consenso-v2.pdf', mimeType: 'application/pdf', buffer: consentV2 });
  await replace.getByLabel('Data del documento').fill('10/05/2019');
  await replace.getByRole('button', { name: 'Salva la nuova versione' }).click();
  await expect(replace).toBeHidden();
  const consentItem = section.getByTestId('document-item').filter({ hasText: 'Consenso privacy firmato' });
  await expect(consentItem).toContainText('consenso-v2.pdf');
  await expect(consentItem).toContainText('del 10/05/2019');
  const earlier = consentItem.getByRole('button', { name: /1 versione precedente/ });
  await expect(earlier).toHaveAttribute('aria-expanded', 'false');
  await earlier.click();
  await expect(consentItem.getByTestId('document-version')).toContainText('consenso.pdf');
  await expect(consentItem.getByTestId('document-version')).toContainText('Versione del 02/05/2019');
  await sectionShots(page, section, 'documents-worker');
  await expectNoViolations(page, '[data-testid="documents-section"]');

  // Delete asks first (cancel keeps it, the focus back on the button), then leaves a tombstone.
  const deleteButton = section.getByRole('button', { name: 'Elimina consenso-v2.pdf' });
  await deleteButton.click();
  const confirm = page.getByRole('dialog', { name: 'Eliminare il documento?' });
  await expect(confirm).toContainText('Vuoi eliminare «consenso-v2.pdf» (Consenso privacy firmato)?');
  await expect(confirm).toContainText('Sarà eliminata anche la versione precedente.');
  await confirm.getByRole('button', { name: 'Annulla' }).click();
  await expect(deleteButton).toBeFocused();
  await deleteButton.click();
  await confirm.getByRole('button', { name: 'Elimina' }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByTestId('document-item')).toHaveCount(1);
  await expect(section.getByRole('heading', { name: 'Documenti' })).toBeFocused();
  await expect(section.getByRole('status')).toContainText('Documento eliminato: consenso-v2.pdf.');

  // The access log says it in plain Italian.
  await page.getByRole('navigation').getByRole('link', { name: 'Registro accessi' }).click();
  const log = page.locator('table');
  await expect(log).toContainText('Documento aperto: consenso privacy firmato');
  await expect(log).toContainText('Documento aggiunto: documento d’identità');
  await expect(log).toContainText('Documento eliminato: consenso privacy firmato');
  expect(violations).toEqual([]);
});

test('the coordinator attaches a document to an employer', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Aziende' }).click();
  await page.locator('main table a[href*="#/employers/"]').first().click();
  const section = page.getByRole('region', { name: 'Documenti' });
  await expect(section.getByTestId('documents-none')).toBeVisible();
  await section.getByRole('button', { name: 'Aggiungi documento' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aggiungi un documento' });
  await expect(dialog.getByLabel('Tipo').locator('option')).toHaveText(['Scegli…', 'Altro']);
  await dialog.getByLabel('Tipo').selectOption({ label: 'Altro' });
  await pick(page, dialog, { name: 'convenzione.pdf', mimeType: 'application/pdf', buffer: await pdfWith('Convenzione di tirocinio') });
  await dialog.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByTestId('document-item')).toContainText('convenzione.pdf');
  await expect(section.getByTestId('document-item')).toContainText('Altro');
  await sectionShots(page, section, 'documents-employer');
});

test('a hiring and a course enrolment have their documents too', async ({ page }) => {
  const placed = demo.workers.find((w) => w.worker.status === 'placed')!;
  await loadDemo(page);

  // The hiring's contract, from the candidacy's row in the worker file.
  await page.goto(`./#/workers/${placed.id}`);
  const candidacies = page.getByRole('region', { name: 'Candidature e assunzioni' });
  const open = candidacies.getByRole('button', { name: /^Documenti della candidatura/ }).first();
  await open.click();
  const dialog = page.getByRole('dialog', { name: /^Documenti della candidatura/ });
  await expect(dialog.getByTestId('documents-none')).toBeVisible();
  await dialog.getByRole('button', { name: 'Aggiungi documento' }).click();
  const add = page.getByRole('dialog', { name: 'Aggiungi un documento' });
  await expect(add.getByLabel('Tipo').locator('option')).toHaveText(['Scegli…', 'Contratto di assunzione', 'Comunicazione UNILAV', 'Altro']);
  await add.getByLabel('Tipo').selectOption({ label: 'Comunicazione UNILAV' });
  await pick(page, add, { name: 'unilav.pdf', mimeType: 'application/pdf', buffer: await pdfWith('UNILAV 1234567890') });
  await add.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(add).toBeHidden();
  await expect(dialog.getByTestId('document-item')).toContainText('Comunicazione UNILAV');
  await shots(page, 'documents-candidacy');
  await expectNoViolations(page, '.document-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // A course enrolment's certificate.
  await page.getByRole('navigation').getByRole('link', { name: 'Corsi', exact: true }).click();
  await page.locator('main table a[href*="#/courses/"]').first().click();
  await page.getByRole('link', { name: 'Presenze ed esito' }).first().click();
  const section = page.getByRole('region', { name: 'Documenti' });
  await section.getByRole('button', { name: 'Aggiungi documento' }).click();
  await expect(add.getByLabel('Tipo').locator('option')).toHaveText(['Scegli…', 'Attestato di frequenza', 'Registro presenze firmato', 'Altro']);
  // What was typed survives the dialog closing without Annulla (Escape; a lock unmounts it the same
  // way), the file to be chosen again; Annulla forgets it.
  await add.getByLabel('Tipo').selectOption({ label: 'Attestato di frequenza' });
  await add.getByLabel('Nota').fill('Attestato consegnato dall’ente il giorno dell’esame');
  await page.keyboard.press('Escape');
  await expect(add).toBeHidden();
  await section.getByRole('button', { name: 'Aggiungi documento' }).click();
  await expect(add.getByText('Ripristinato quanto avevi scritto')).toBeVisible();
  await expect(add.getByLabel('Nota')).toHaveValue('Attestato consegnato dall’ente il giorno dell’esame');
  await expect(add.getByLabel('Tipo')).toHaveValue('attendanceCertificate');
  await add.getByRole('button', { name: 'Annulla' }).click();
  await expect(section.getByRole('button', { name: 'Aggiungi documento' })).toBeFocused();
  await section.getByRole('button', { name: 'Aggiungi documento' }).click();
  await expect(add.getByLabel('Nota')).toHaveValue('');
  await add.getByRole('button', { name: 'Annulla' }).click();
  await sectionShots(page, section, 'documents-enrolment');
});
