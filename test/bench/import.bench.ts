// Issue 16, part 1: the plant's HR list of 30,000 rows from XLSX to sealed worker files in the system
// Chromium, through the import screens (Lavoratori → Importa) of a fresh empty programme: reading the
// file in the Web Worker (to the columns), checking every row (to the preview), then Apply (seal and
// write in one transaction). The renderer's memory (Pss of the renderer processes, the worker's
// included) is sampled throughout. Targets: preview < 10 s, apply < 60 s, memory < 500 MB.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BenchResult, BenchSuite } from './harness';
import { chromiumMissing, firstTab, launchProfile, serveWebBuild, withRendererPeak } from './ui/browser';
import { hrWorkbookFile } from './importFixture';

const PASSPHRASE = 'cavallo batteria graffetta corretta';
const ROWS = Number(process.env.PCO_BENCH_IMPORT_ROWS ?? 30_000);

async function startEmpty(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByText('Inizia vuoto').click();
  await page.getByLabel('Il tuo nome e cognome').fill('Giulia Neri');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Ripeti la passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Inizia con un programma vuoto' }).click();
  await page.getByLabel('Ho trascritto il codice in un luogo sicuro').check({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Continua' }).click();
  // The app opens on Oggi (or the first steps of an empty programme): the list is one click away.
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Lavoratori', exact: true }).click();
  await page.getByRole('heading', { name: 'Lavoratori', level: 1 }).waitFor();
}

/** Samples the page's used JS heap (Chromium's performance.memory) until stopped; its peak in MB. */
function jsHeapSampler(page: Page): { stop(): Promise<number> } {
  let peak = 0;
  let sampling = true;
  const loop = (async () => {
    while (sampling) {
      const used = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0).catch(() => 0);
      peak = Math.max(peak, used / 2 ** 20);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    async stop() {
      sampling = false;
      await loop;
      return peak;
    },
  };
}

/** The first number of a sentence, written the Italian way (30.000). */
const firstNumber = (text: string | null) => Number(/[\d.]+/.exec(text ?? '')?.[0].replace(/\./g, '') ?? 0);

export function importBenchmarks(): BenchSuite[] {
  return [
    {
      kind: 'suite',
      name: `chromium: import ${ROWS.toLocaleString('en')} rows from XLSX`,
      async run(): Promise<BenchResult[]> {
        const missing = chromiumMissing();
        if (missing) throw new Error(missing);
        const { path, rows } = await hrWorkbookFile(ROWS);
        const server = await serveWebBuild();
        const profile = await mkdtemp(join(tmpdir(), 'pco-import-bench-profile-'));
        const context = await launchProfile(profile);
        // No File System Access picker: the file input's chooser takes the file.
        await context.addInitScript(() => Object.defineProperty(window, 'showOpenFilePicker', { value: undefined }));
        try {
          const page = await firstTab(context);
          await startEmpty(page, server.url);
          await page.goto(`${server.url}#/workers/import`);
          const label = `${rows.toLocaleString('en')} rows`;
          const chooser = page.waitForEvent('filechooser');
          await page.getByRole('button', { name: 'Scegli un file…' }).click();
          const read = await withRendererPeak(async () => {
            await (await chooser).setFiles(path);
            await page.getByRole('heading', { name: 'Colonne del file' }).waitFor({ timeout: 300_000 });
          });
          const checked = await withRendererPeak(async () => {
            await page.getByRole('button', { name: 'Anteprima' }).click();
            await page.getByTestId('import-counts').waitFor({ timeout: 300_000 });
          });
          // The page's JS heap beside the process's Pss: what of the write's memory is the app's objects.
          const heap = jsHeapSampler(page);
          const applied = await withRendererPeak(async () => {
            await page.getByRole('button', { name: /^Importa: / }).click();
            await page.getByTestId('import-done').waitFor({ timeout: 900_000 });
          });
          const heapPeakMB = await heap.stop();
          const timings = { read: read.ms, rows: checked.ms, apply: applied.ms };
          const peakMB = Math.max(read.peakMB, checked.peakMB, applied.peakMB);
          const phases = `peak while reading ${Math.round(read.peakMB)} MB, checking ${Math.round(checked.peakMB)} MB, writing ${Math.round(applied.peakMB)} MB (page JS heap at most ${Math.round(heapPeakMB)} MB of it)`;
          const written = firstNumber(await page.getByTestId('import-done').locator('p').textContent());
          if (written < rows * 0.99) throw new Error(`only ${written} of ${rows} rows were imported`);
          const figure = (name: string, median: number, unit: BenchResult['unit'], extra: Partial<BenchResult> = {}): BenchResult => ({ name: `chromium, import of ${label} from XLSX: ${name}`, median, unit, runs: 1, ...extra });
          return [
            figure('reading the file in the Web Worker, to the columns', timings.read, 'ms'),
            figure('checking every row, to the preview', timings.rows, 'ms'),
            figure('preview: file chosen to every row on screen with its fate', timings.read + timings.rows, 'ms', { targetMax: 10_000 }),
            figure('apply: seal and write every worker file in one transaction', timings.apply, 'ms', { targetMax: 60_000, note: `${written} new files` }),
            figure('renderer memory (Pss), peak from choosing the file to the end of the import', peakMB, 'MB', { targetMax: 500, note: phases }),
          ];
        } finally {
          await context.close();
          server.stop();
          await rm(profile, { recursive: true, force: true });
          await rm(path, { force: true });
        }
      },
    },
  ];
}
