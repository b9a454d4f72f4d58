// What the sync specs share: a browser context per laptop without File System Access pickers, so
// bundles travel as downloads and come back through the file chooser; and the sync screen's tabs.
import { test, type Browser, type BrowserContext, type Page } from '@playwright/test';

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
