import { expect, test } from '@playwright/test';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { loadDemo, PASSPHRASE, rawDatabaseDump, startEmpty, unlock } from './helpers';
import { readSubjectAccessArchive } from './subjectAccess';

test('a weak passphrase is refused with its reasons', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Passphrase', { exact: true }).fill('figline2019');
  await page.getByLabel('Ripeti la passphrase').fill('figline2019');
  await expect(page.getByText('È troppo corta: servono almeno 12 caratteri.')).toBeVisible();
  await page.getByRole('button', { name: 'Carica il programma dimostrativo' }).click();
  await expect(page.getByText('Passphrase troppo debole')).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('figline2019');
});

test('idle lock drops the data, keeps the draft, and unlocking returns to the same place', async ({ page }) => {
  await page.clock.install();
  await startEmpty(page);
  await page.getByRole('link', { name: 'Nuovo lavoratore' }).click();
  await page.getByLabel('Cognome').fill('Innocenti');
  await page.getByLabel('Nome', { exact: true }).fill('Carla');
  await page.clock.fastForward(1000); // the draft is saved shortly after typing
  await page.clock.fastForward('10:01');
  await expect(page.getByRole('heading', { name: 'PCO Desk è bloccato' })).toBeVisible();
  await expect(page.getByLabel('Cognome')).toHaveCount(0);

  await unlock(page, 'una passphrase sbagliata davvero');
  await expect(page.getByText('Passphrase o codice non corretti.')).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Nuovo lavoratore' })).toBeVisible();
  await expect(page.getByLabel('Cognome')).toHaveValue('Innocenti');
  await expect(page.getByText('È stata ripristinata una bozza non salvata.')).toBeVisible();
});

test('repeated wrong passphrases meet a growing delay', async ({ page }) => {
  await startEmpty(page);
  await page.getByRole('button', { name: 'Blocca' }).click();
  for (let attempt = 0; attempt < 3; attempt++) {
    await unlock(page, `sbagliata numero ${attempt} davvero`);
    await expect(page.getByText('Passphrase o codice non corretti.')).toBeVisible();
  }
  await unlock(page);
  await expect(page.getByText(/Troppi tentativi errati: riprova tra \d+ secondi/)).toBeVisible();
});

test('the raw IndexedDB holds no demo name, codice fiscale or note in clear', async ({ page }) => {
  await loadDemo(page);
  const demo = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' });
  const dump = await rawDatabaseDump(page);
  expect(dump.length).toBeGreaterThan(100_000);
  const leaks = demo.workers.flatMap(({ worker }) =>
    [worker.codiceFiscale, `"${worker.surname}"`, `"${worker.name}"`, worker.phone, worker.address, worker.protectedCategoryNote].filter((secret) => secret.length > 4 && dump.includes(secret)),
  );
  expect(leaks).toEqual([]);
  for (const counselor of demo.counselors) expect(dump).not.toContain(counselor.displayName);
});

test('the recovery code reopens the data with a new passphrase', async ({ page }) => {
  const code = await startEmpty(page);
  await page.getByRole('button', { name: 'Blocca' }).click();
  await page.getByRole('button', { name: 'Passphrase dimenticata? Usa il codice di recupero' }).click();
  await page.getByLabel('Codice di recupero').fill(code.toLowerCase());
  await page.getByLabel('Passphrase', { exact: true }).fill('nuova frase segreta per il recupero');
  await page.getByLabel('Ripeti la passphrase').fill('nuova frase segreta per il recupero');
  await page.getByRole('button', { name: 'Recupera e imposta la nuova passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Blocca' }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByText('Passphrase o codice non corretti.')).toBeVisible();
  await unlock(page, 'nuova frase segreta per il recupero');
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible();
});

test('a counselor sees only their caseload and cannot open another counselor’s worker by URL', async ({ page }) => {
  const demo = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' });
  const me = demo.counselors.find((c) => c.role === 'counselor')!;
  const mine = demo.workers.filter((w) => w.worker.counselorId === me.id);
  const theirs = demo.workers.find((w) => w.worker.counselorId !== me.id)!;
  await loadDemo(page, { as: `${me.displayName} — Orientatore` });
  await expect(page.getByTestId('worker-count')).toHaveText(`${mine.length} lavoratori`);
  await page.goto(`./#/workers/${theirs.id}`);
  await expect(page.getByText('Questa scheda non fa parte dei tuoi assegnati.')).toBeVisible();
  await expect(page.getByText(theirs.worker.codiceFiscale)).toHaveCount(0);
});

test('GDPR: the access export holds the worker’s data, the erasure leaves none, the audit log shows both', async ({ page }) => {
  await page.addInitScript(() => {
    // Use the download path of the web bridge: native save dialogs cannot be driven by a test.
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
  });
  const demo = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' });
  const leaver = demo.workers.find((w) => w.worker.status === 'retired' || w.worker.status === 'withdrawn')!;
  await loadDemo(page);
  await page.goto(`./#/workers/${leaver.id}`);
  await expect(page.getByRole('heading', { name: `Scheda di ${leaver.worker.surname} ${leaver.worker.name}` })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta tutti i dati (art. 15)' }).click();
  await expect(page.getByText(/Esportazione salvata/)).toBeVisible();
  const archive = await readSubjectAccessArchive(await (await download).path());
  const html = archive.html;
  const json = JSON.parse(archive.json) as { worker: { codiceFiscale: string; surname: string } };
  expect(html).toContain(leaver.worker.codiceFiscale);
  expect(html).toContain(leaver.worker.surname);
  expect(json.worker.codiceFiscale).toBe(leaver.worker.codiceFiscale);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Cancella i dati personali' }).click();
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible();
  await expect(page.getByTestId('worker-count')).toHaveText('299 lavoratori');
  const dump = await rawDatabaseDump(page);
  const rows = JSON.parse(dump) as { workers: { id: string; data: object; sealed: unknown; deletedAt: string | null }[]; statistics: object[] };
  const erased = rows.workers.find((w) => w.id === leaver.id)!;
  expect(erased.data).toEqual({});
  expect(erased.sealed).toBeNull();
  expect(erased.deletedAt).not.toBeNull();
  expect(rows.statistics).toHaveLength(1);
  expect(JSON.stringify(rows.statistics)).not.toContain(leaver.id);

  await page.getByRole('link', { name: 'Registro accessi' }).click();
  await expect(page.getByRole('cell', { name: 'Cancellazione GDPR' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Esportazione' })).toBeVisible();
});

test('changing the passphrase re-wraps the key: the old one stops working, the data stays', async ({ page }) => {
  await startEmpty(page);
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Impostazioni' }).click();
  await page.getByLabel('Passphrase attuale').fill('non è quella giusta affatto');
  await page.getByLabel('Passphrase', { exact: true }).fill('un altra frase molto segreta');
  await page.getByLabel('Ripeti la passphrase').fill('un altra frase molto segreta');
  await page.getByRole('button', { name: 'Cambia passphrase' }).click();
  await expect(page.getByText('Passphrase o codice non corretti.')).toBeVisible();
  await page.getByLabel('Passphrase attuale').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Cambia passphrase' }).click();
  await expect(page.getByText('Passphrase cambiata.')).toBeVisible();
  await page.getByRole('button', { name: 'Blocca' }).first().click();
  await unlock(page);
  await expect(page.getByText('Passphrase o codice non corretti.')).toBeVisible();
  await unlock(page, 'un altra frase molto segreta');
  await expect(page.getByRole('heading', { name: 'Impostazioni' })).toBeVisible();
});

test('a damaged key store is explained, and the encrypted data is never replaced by an empty store', async ({ page }) => {
  await startEmpty(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('pco-desk');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ key: 'keystore', value: { format: 'pco-keystore', version: 1, kdf: 'garbled' } });
      tx.oncomplete = () => resolve();
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Le chiavi di questo archivio non sono leggibili' })).toBeVisible();
  await expect(page.getByText('L’archivio delle chiavi è danneggiato.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Carica il programma dimostrativo|Inizia/ })).toHaveCount(0);
  const dump = JSON.parse(await rawDatabaseDump(page)) as { counselors: unknown[]; programme: unknown[] };
  expect(dump.counselors).toHaveLength(1);
  expect(dump.programme).toHaveLength(1);
});
