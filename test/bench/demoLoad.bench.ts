// Issue 19, item 5: the first start that loads the 30,000-worker demo with its year of activity,
// alone (the ui group times it too, among a dozen other figures, and takes many minutes more). The
// web build in Chromium, a fresh profile: the welcome screen's button to the recovery code on
// screen, which covers the keys, the worker files and their events (seal + write) and every step of
// the activity. The progress label's changes are timed inside the page, so each step has its
// figure. PCO_BENCH_DEMO_WORKERS picks the size (300, 3000 or 30000); PCO_BENCH_DEMO_PROFILE=<file>
// also writes the page's CPU profile (.cpuprofile, for Chromium's DevTools); PCO_BENCH_WEB_ROOT serves
// another build than dist/web (one built with --minify false names its functions in the profile).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BenchResult, BenchSuite } from './harness';
import { chromiumMissing, firstTab, launchProfile, serveWebBuild } from './ui/browser';

const WORKERS = Number(process.env.PCO_BENCH_DEMO_WORKERS ?? 30_000);
const PROFILE_FILE = process.env.PCO_BENCH_DEMO_PROFILE;
const TARGET_MS = 60_000;
const PASSPHRASE = 'cavallo batteria graffetta corretta';

/** Records, inside the page, when the progress label changes: [label, ms since the click]. */
function watchProgress(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: [string, number][] = [];
    Object.assign(window, { pcoBenchSteps: seen });
    let last = '';
    const start = performance.now();
    new MutationObserver(() => {
      // Counts change inside a step's label; the step is the label without its digits.
      const label = (document.querySelector('.progress [aria-live]')?.textContent ?? '').replace(/[\d.,]+/g, '#');
      if (label && label !== last) seen.push([label, performance.now() - start]);
      last = label || last;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function loadOnce(url: string): Promise<BenchResult[]> {
  const profile = await mkdtemp(join(tmpdir(), `pco-demo-load-${WORKERS}-`));
  const context = await launchProfile(profile);
  try {
    const page = await firstTab(context);
    await page.goto(url);
    await page.getByLabel('Dimensione').selectOption(String(WORKERS));
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Ripeti la passphrase').fill(PASSPHRASE);
    const load = page.getByRole('button', { name: 'Carica il programma dimostrativo' });
    await load.waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled, undefined, { timeout: 300_000 });
    const cdp = PROFILE_FILE ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    await watchProgress(page);
    const start = performance.now();
    await load.click();
    await page.getByRole('heading', { name: 'Il tuo codice di recupero' }).waitFor({ timeout: 1_800_000 });
    const elapsed = performance.now() - start;
    if (cdp && PROFILE_FILE) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      await writeFile(PROFILE_FILE, JSON.stringify(cpu));
    }
    const steps = await page.evaluate(() => (window as unknown as { pcoBenchSteps: [string, number][] }).pcoBenchSteps);
    const label = WORKERS.toLocaleString('en');
    // Each step lasts until the next label appears (the last one until the recovery code).
    const stepFigures = steps.map(([name, at], index): BenchResult => ({
      name: `chromium, ${label} workers, demo load step: ${name}`,
      median: (steps[index + 1]?.[1] ?? elapsed) - at,
      unit: 'ms',
      runs: 1,
    }));
    return [
      {
        name: `chromium, ${label} workers: first start, load the demo with a year of activity (seal + write), click to recovery code`,
        median: elapsed,
        unit: 'ms',
        runs: 1,
        ...(WORKERS === 30_000 ? { targetMax: TARGET_MS } : {}),
        note: 'fresh profile; keys (Argon2id), worker files and events, then the activity',
      },
      ...stepFigures,
    ];
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

export function demoLoadBenchmarks(): BenchSuite[] {
  return [
    {
      kind: 'suite',
      name: `Chromium: load the ${WORKERS.toLocaleString('en')}-worker demo through the welcome screen`,
      async run() {
        const missing = chromiumMissing();
        if (missing) {
          console.warn(`  browser benchmarks skipped: ${missing}`);
          return [];
        }
        const server = await serveWebBuild(process.env.PCO_BENCH_WEB_ROOT);
        try {
          return await loadOnce(server.url);
        } finally {
          server.stop();
        }
      },
    },
  ];
}
