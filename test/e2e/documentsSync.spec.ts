// The paperwork across laptops (issue 17, "Done means"), in two browser contexts: on a counselor's
// laptop the informativa is generated and its signed scan attached (the consent date follows), an ID
// image and a course certificate are added; the bundle goes to the coordinator, who opens the same
// documents; the real `age` CLI, with the programme identity, decrypts the bundle and its chunk lines
// give back each document's bytes, matching the hash its record names; the worker's erasure on the
// coordinator's laptop leaves no document byte behind.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadDemo, PASSPHRASE } from './helpers';
import { screenDay } from './dates';
import { shots } from './shots';
import { createProgrammeKeys, download, exportTo, firstCounselor, importFile, issueEnrolment, join, laptop, openSync } from './syncHelpers';

test.describe.configure({ timeout: 300_000 });

const CERTIFICATE = 'ATTESTATO-CARRELLISTA-E2E-5R2M';

async function pdfWith(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

async function pick(page: Page, button: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await button.click();
  await (await choosing).setFiles(file);
}

/** Adds a file through the Documenti section's dialog. */
async function addDocument(page: Page, type: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const section = page.getByRole('region', { name: 'Documenti' });
  await section.getByRole('button', { name: 'Aggiungi documento' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aggiungi un documento' });
  await dialog.getByLabel('Tipo').selectOption({ label: type });
  await pick(page, dialog.getByRole('button', { name: 'Scegli un file…' }), file);
  await expect(dialog.getByTestId('document-chosen')).toContainText(file.name);
  await dialog.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toContainText(`Documento aggiunto: ${file.name}.`);
}

/** Rows of the raw documentChunks store, read with the browser's IndexedDB API. */
const chunkRows = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('pco-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('documentChunks', 'readonly').objectStore('documentChunks').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  });

test('documents go from a counselor laptop to the coordinator in a bundle age can open, and leave with an erasure', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const counselor = await laptop(browser);
  const c = coordinator.page;
  const a = counselor.page;
  await loadDemo(c);
  // The programme's texts (the informativa is filled from them) travel to the laptop with the catalogue.
  await c.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Impostazioni' }).click();
  const texts = c.getByTestId('programme-texts');
  await texts.getByLabel('Titolare del trattamento').fill('Outplacement Valdarno S.r.l.');
  await texts.getByLabel('Indirizzo del titolare').fill('Via Roma 1, 50063 Figline e Incisa Valdarno (FI)');
  await texts.getByLabel('Contatto del DPO').fill('dpo@outplacement-valdarno.example.it');
  await texts.getByLabel('Indirizzo del programma').fill('Piazza Marsilio Ficino 5, Figline Valdarno');
  await texts.getByRole('button', { name: 'Salva i testi' }).click();
  await expect(c.getByTestId('programme-texts-saved')).toContainText('Testi salvati');
  await createProgrammeKeys(c);
  const enrolment = await issueEnrolment(c, await firstCounselor(c), 'Portatile A');
  await join(a, enrolment);
  await importFile(c, await exportTo(a, null, 'a-0.pcobundle'));
  await importFile(a, await exportTo(c, /Portatile A/, 'c-a-1.pcobundle'));

  // On the counselor's laptop: a worker of the caseload.
  await a.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Lavoratori' }).click();
  await a.locator('.col-surname a').first().click();
  const heading = a.getByRole('heading', { name: /^Scheda di / });
  await expect(heading).toBeVisible();
  const title = (await heading.innerText()).trim();
  const workerId = a.url().split('/').at(-1) ?? '';

  // The informativa, generated, then its signed scan: the consent date follows.
  const panel = a.getByTestId('worker-paperwork');
  const generated = a.waitForEvent('download');
  await panel.getByRole('button', { name: 'Genera l’informativa' }).click();
  await generated;
  const signedOn = screenDay(-1);
  await panel.getByRole('button', { name: `Carica il firmato di Informativa privacy del ${screenDay()}` }).click();
  const signForm = panel.getByRole('form', { name: `Firmato di Informativa privacy del ${screenDay()}` });
  await signForm.getByLabel('Data della firma').fill(signedOn);
  await pick(a, signForm.getByRole('button', { name: 'Scegli il file…' }), { name: 'informativa firmata.pdf', mimeType: 'application/pdf', buffer: await pdfWith('Informativa firmata') });
  await signForm.getByRole('button', { name: 'Allega il firmato' }).click();
  await expect(panel.getByTestId('paperwork-consent')).toHaveText(`Consenso privacy del ${signedOn}`);

  // An ID image and a course certificate.
  const png = await a.screenshot({ clip: { x: 0, y: 0, width: 90, height: 60 } });
  await addDocument(a, 'Documento d’identità', { name: 'carta-identita.png', mimeType: 'image/png', buffer: png });
  const certificate = await pdfWith(CERTIFICATE);
  await addDocument(a, 'Attestato di frequenza', { name: 'attestato.pdf', mimeType: 'application/pdf', buffer: certificate });
  const onLaptop = a.getByRole('region', { name: 'Documenti' }).getByTestId('document-item');
  await expect(onLaptop).toHaveCount(4);

  // The bundle to the coordinator, who opens the same documents.
  const bundle = await exportTo(a, null, 'a-2.pcobundle');
  await importFile(c, bundle);
  await c.goto(`./#/workers/${workerId}`);
  await expect(c.getByRole('heading', { name: title })).toBeVisible();
  const section = c.getByRole('region', { name: 'Documenti' });
  await expect(section.getByTestId('document-item')).toHaveCount(4);
  await expect(c.getByTestId('worker-paperwork').getByTestId('paperwork-consent')).toHaveText(`Consenso privacy del ${signedOn}`);
  await section.getByRole('button', { name: 'Apri attestato.pdf' }).click();
  const preview = c.getByRole('dialog', { name: 'Attestato di frequenza: attestato.pdf' });
  await expect(preview.getByTestId('document-page-text')).toContainText(CERTIFICATE);
  await shots(c, 'documents-synced');
  await c.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // The programme identity and the real age CLI: the chunk lines give back each document's bytes.
  await openSync(c, 'Portatili');
  const escrow = c.getByRole('region', { name: 'Chiave del programma (deposito di sicurezza)' });
  await escrow.getByLabel('Conferma la tua passphrase').fill(PASSPHRASE);
  const identity = await download(c, 'Esporta la chiave del programma', 'programme-identity.txt', escrow);
  const lines = execFileSync('age', ['-d', '-i', identity, bundle], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8').split('\n').slice(2);
  type Line = { t: string; table?: string; record?: { id: string; data: { sha256?: string; fileName?: string } }; documentId?: string; index?: number; data?: string };
  const parsed = lines.map((line) => JSON.parse(line) as Line);
  const records = parsed.filter((line) => line.t === 'record' && line.table === 'documents').map((line) => line.record!);
  expect(records).toHaveLength(4);
  const bytesOf = (id: string) =>
    Buffer.concat(
      parsed
        .filter((line) => line.t === 'chunk' && line.documentId === id)
        .sort((x, y) => (x.index ?? 0) - (y.index ?? 0))
        .map((line) => Buffer.from(line.data ?? '', 'base64')),
    );
  for (const record of records) expect(createHash('sha256').update(bytesOf(record.id)).digest('hex')).toBe(record.data.sha256);
  const certificateRecord = records.find((record) => record.data.fileName === 'attestato.pdf');
  expect(bytesOf(certificateRecord!.id).equals(certificate)).toBe(true);
  expect((await readFile(bundle)).includes(Buffer.from(CERTIFICATE))).toBe(false);

  // Erasure on the coordinator's laptop: consent withdrawn, personal data erased, no document byte left.
  expect(await chunkRows(c)).toBeGreaterThanOrEqual(4);
  await c.goto(`./#/workers/${workerId}`);
  await c.getByRole('button', { name: 'Registra la revoca del consenso' }).click();
  await expect(c.getByText('Revoca del consenso registrata.')).toBeVisible();
  c.once('dialog', (dialog) => void dialog.accept());
  await c.getByRole('button', { name: 'Cancella i dati personali' }).click();
  await expect(c.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible();
  await expect.poll(() => chunkRows(c)).toBe(0);
});
