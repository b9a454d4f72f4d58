// Smoke test of the Electron shell: launches the built main process (npm run build first) and
// checks the one window, the preload's surface and the renderer's isolation. Skipped, with the
// reason printed, when the Electron binary is not installed (fetch it with
// `node node_modules/electron/install.js`).
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { PASSPHRASE } from './helpers';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainScript = join(root, 'dist', 'electron', 'main.cjs');
const rendererIndex = join(root, 'dist', 'renderer', 'index.html');

type Binary = { readonly path: string } | { readonly reason: string };

function findElectronBinary(): Binary {
  try {
    // The electron package exports its binary's path and throws when the download never happened.
    const path: unknown = createRequire(join(root, 'package.json'))('electron');
    if (typeof path !== 'string') return { reason: 'the electron package did not return a path' };
    return existsSync(path) ? { path } : { reason: `Electron binary not found at ${path}` };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const why = /failed to install/i.test(message ?? '') ? 'node_modules/electron has no downloaded binary' : message;
    return { reason: `Electron binary not installed (${why}; fetch it with: node node_modules/electron/install.js)` };
  }
}

const binary = findElectronBinary();

test.describe('Electron shell', () => {
  let app: ElectronApplication | undefined;

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  test('opens one hardened PCO Desk window with a nineteen-function bridge', async () => {
    if ('reason' in binary) {
      console.log(`Skipping the Electron smoke test: ${binary.reason}`);
      test.skip(true, binary.reason);
      return;
    }
    expect(existsSync(mainScript), `${mainScript} missing: run npm run build`).toBe(true);
    expect(existsSync(rendererIndex), `${rendererIndex} missing: run npm run build`).toBe(true);

    // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer's
    // JavaScript sandbox (sandbox: true, contextIsolation) is unaffected and is what we assert.
    const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
    app = await electron.launch({ executablePath: binary.path, args: [...(asRoot ? ['--no-sandbox'] : []), mainScript], cwd: root });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');

    const running = app;
    await expect.poll(() => running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual([expect.stringContaining('PCO Desk')]);

    const surface = await page.evaluate(() => {
      const api: object | undefined = window.pcoDesktop;
      return api === undefined ? null : Object.entries(api).map(([name, value]) => [name, typeof value]).sort();
    });
    const calls = ['abortWrite', 'beginRead', 'beginWrite', 'chooseSharedFolder', 'endRead', 'finishWrite', 'getAppInfo', 'listRemovableDrives', 'listSharedFolder', 'openFile'];
    calls.push('protectSecret', 'readPiece', 'readSharedFile', 'saveFile', 'secretStorage', 'takeOpenedBundle', 'unprotectSecret', 'writePiece', 'writeSharedFile');
    expect(surface).toEqual(calls.map((name) => [name, 'function']));

    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module, Buffer: typeof scope.Buffer };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });

    expect(await page.evaluate(() => window.pcoDesktop?.getAppInfo())).toMatchObject({ kind: 'electron' });
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    // Served from the privileged app:// scheme (electron/appProtocol.ts), never file://.
    expect(page.url()).toMatch(/^app:\/\/pco\/index\.html/);
    const origin = await page.evaluate(() => ({ origin: location.origin, secure: isSecureContext, indexedDB: typeof indexedDB }));
    expect(origin).toEqual({ origin: 'app://pco', secure: true, indexedDB: 'object' });
  });

  test('a .pcobundle given on the command line (a double-click) opens the import preview', async () => {
    if ('reason' in binary) {
      console.log(`Skipping the Electron opened-bundle test: ${binary.reason}`);
      test.skip(true, binary.reason);
      return;
    }
    expect(existsSync(mainScript), `${mainScript} missing: run npm run build`).toBe(true);
    // Not a real bundle (that needs a second enrolled laptop): the import card must still receive
    // it and answer with its refusal, which is what a chosen file of these bytes gets.
    const folder = mkdtempSync(join(tmpdir(), 'pco-opened-e2e-'));
    const bundle = join(folder, 'da Portatile A.pcobundle');
    writeFileSync(bundle, new Uint8Array([80, 67, 79, 0, 1, 2, 3]));
    try {
      const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
      // As the OS does for a double-click: the file is an argument after the app.
      app = await electron.launch({ executablePath: binary.path, args: [...(asRoot ? ['--no-sandbox'] : []), mainScript, bundle], cwd: root });
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await signInWithProgrammeKeys(page);
      // Unlocking asks for opened bundles: the sync screen shows the import card's verdict on the file.
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect(page).toHaveURL(/#\/sync$/);
      const importCard = page.locator('section[aria-labelledby="sync-import-title"]');
      await expect(importCard.getByRole('alert')).toContainText('Pacchetto rifiutato: il file è danneggiato o incompleto.', { timeout: 30_000 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/**
 * Reaches the unlocked app with programme keys, whatever this machine's Electron profile holds:
 * a first run starts an empty programme, a later one unlocks it; keys are created once.
 */
async function signInWithProgrammeKeys(page: Page): Promise<void> {
  const startEmpty = page.getByText('Inizia vuoto');
  const unlockButton = page.getByRole('button', { name: 'Sblocca' });
  await expect(startEmpty.or(unlockButton)).toBeVisible({ timeout: 30_000 });
  if (await unlockButton.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await unlockButton.click();
  } else {
    await startEmpty.click();
    await page.getByLabel('Il tuo nome e cognome').fill('Giulia Neri');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Ripeti la passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Inizia con un programma vuoto' }).click();
    await expect(page.getByRole('heading', { name: 'Il tuo codice di recupero' })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('Ho trascritto il codice in un luogo sicuro').check();
    await page.getByRole('button', { name: 'Continua' }).click();
  }
  // The opened file waits in the main process until the programme keys exist and the card shows.
  const createKeys = page.getByRole('button', { name: 'Crea le chiavi del programma' });
  const importTitle = page.getByRole('heading', { name: 'Importa', level: 2 });
  await expect(createKeys.or(importTitle)).toBeVisible({ timeout: 30_000 });
  if (await createKeys.isVisible()) {
    await createKeys.click();
    await expect(importTitle).toBeVisible({ timeout: 30_000 });
  }
}
