// Issue 19, items 2 and 3: sync in the browser. The web build in the system Chromium driven by
// Playwright, two laptops as two profiles on disk. The coordinator's laptop loads the demo (300 or
// 30,000 workers with a year of activity), creates the programme keys, issues an enrolment file for
// a counselor's laptop and assigns that counselor every worker, so the bundle carries the whole
// programme (as the Node syncScale group's does); the counselor's laptop joins and announces itself
// with a first bundle. Then, with only the measured laptop's browser running (its renderer's memory
// is the figure): the coordinator exports to the counselor's laptop (click to file saved and summary
// on screen; renderer peak; the page's frame intervals meanwhile, the export running in its Web
// Worker), and the counselor's laptop, started again, imports it (file chosen to preview, Applica to
// "Pacchetto applicato."; renderer peak). PCO_BENCH_SYNC_WORKERS=300 keeps the quick size only.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult, BenchSuite } from './harness';
import { chromiumMissing, processMemoryMB, serveWebBuild, withRendererPeak } from './ui/browser';
import { framesWhile, percentile } from './ui/frameProbe';
import { assignEveryoneTo, enrolFirstCounselor, joinProgramme, loadDemoAsCoordinator, openExport, openLaptop, timedExport, timedImport, unlock, type Laptop } from './ui/syncFlow';

interface Size {
  readonly workers: number;
  /** Upper bounds (ms) of the export and of the import, or of the two together (the round trip). */
  readonly exportMs?: number;
  readonly importMs?: number;
  readonly roundTripMs?: number;
  readonly peakMB?: number;
  readonly frameP95Ms?: number;
  /** How long a step may run before it counts as not finished. */
  readonly giveUpMs: number;
}

const ALL_SIZES: readonly Size[] = [
  { workers: 300, roundTripMs: 1000, giveUpMs: 120_000 },
  { workers: 30_000, exportMs: 30_000, importMs: 30_000, peakMB: 500, frameP95Ms: 50, giveUpMs: 600_000 },
];
const only = process.env.PCO_BENCH_SYNC_WORKERS?.split(',').map(Number);
const SIZES = only ? ALL_SIZES.filter((s) => only.includes(s.workers)) : ALL_SIZES;

/** Headless Chromium shows no save dialog: the web build's fallback is a download, its parts kept as Blobs, which live in the browser process, not the renderer. */
const BUNDLE_SAVED = '; saved as a download (no save dialog headless): its Blob parts are held by the browser process, not counted';
const load = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error));

async function closing<T>(laptop: Laptop, work: (laptop: Laptop) => Promise<T>): Promise<T> {
  try {
    return await work(laptop);
  } finally {
    await laptop.context.close();
  }
}

const figureOf =
  (size: Size) =>
  (name: string, median: number, unit: BenchResult['unit'], extra: Partial<BenchResult> = {}): BenchResult => ({ name: `chromium sync, ${size.workers.toLocaleString('en')} workers: ${name}`, median, unit, runs: 1, ...extra });

/** The figures of one size, pushed to `results` as they come (a failure later keeps them). */
async function measureSize(url: string, size: Size, dir: string, results: BenchResult[]): Promise<void> {
  const label = size.workers.toLocaleString('en');
  const figure = figureOf(size);
  const coordinatorProfile = join(dir, 'coordinator');
  const counselorProfile = join(dir, 'counselor');
  const file = (name: string) => join(dir, name);

  // Set-up (not timed as figures): two laptops, the enrolment, the caseload, the first bundle.
  process.stdout.write(`  ${label}: coordinator loads the demo…\n`);
  const coordinator = await openLaptop(coordinatorProfile);
  let exported: { ms: number; baseMB: number; peakMB: number; intervals: number[] } | string;
  try {
    const since = performance.now();
    const took = () => `${((performance.now() - since) / 1000).toFixed(0)} s`;
    await loadDemoAsCoordinator(coordinator.page, url, size.workers);
    const enrolment = await enrolFirstCounselor(coordinator.page, file('counselor.pcoenrol'));
    process.stdout.write(`  ${took()}: assigning every worker to ${enrolment.counselor}…\n`);
    const assigned = await assignEveryoneTo(coordinator.page, enrolment.counselor);
    process.stdout.write(`  ${took()}: ${assigned} The counselor's laptop joins and announces itself…\n`);
    await closing(await openLaptop(counselorProfile), async ({ page }) => {
      await joinProgramme(page, url, enrolment);
      await openExport(page);
      await timedExport(page, file('hello.pcobundle'), size.giveUpMs);
    });
    const hello = await timedImport(coordinator.page, file('hello.pcobundle'), size.giveUpMs);
    results.push(figure('coordinator imports the counselor laptop’s first bundle (announcement), file chosen to applied', hello.previewMs + hello.applyMs, 'ms', { note: `preview ${hello.previewMs.toFixed(0)} ms, apply ${hello.applyMs.toFixed(0)} ms` }));

    process.stdout.write(`  coordinator exports to the counselor's laptop (${load()})…\n`);
    await openExport(coordinator.page);
    const baseMB = (await processMemoryMB()).renderer;
    exported = await withRendererPeak(() => framesWhile(coordinator.page, () => timedExport(coordinator.page, file('caseload.pcobundle'), size.giveUpMs)))
      .then(({ result, peakMB }) => ({ ms: result.result, intervals: result.intervals, baseMB, peakMB }))
      .catch(reason);
  } finally {
    await coordinator.context.close();
  }

  const exportNote = (extra: string) => `click on Esporta to the file saved and the summary on screen; ${extra}`;
  if (typeof exported === 'string') {
    results.push(figure('export (all workers, to the counselor laptop)', Number.NaN, 'ms', { targetMax: size.exportMs ?? size.roundTripMs, note: exportNote(`FAILED: ${exported}`) }));
    return;
  }
  const bytes = (await stat(file('caseload.pcobundle'))).size;
  const p95 = percentile(exported.intervals, 0.95);
  results.push(
    figure('export (all workers, to the counselor laptop)', exported.ms, 'ms', { ...(size.exportMs ? { targetMax: size.exportMs } : {}), note: exportNote(`a ${(bytes / 1e6).toFixed(1)} MB bundle`) }),
    figure('export: peak renderer memory (page + its Web Workers, Pss)', exported.peakMB, 'MB', { ...(size.peakMB ? { targetMax: size.peakMB } : {}), note: `${exported.baseMB.toFixed(0)} MB just before the click${BUNDLE_SAVED}` }),
    figure('export: UI frame interval p95 while the export runs', p95, 'ms', {
      ...(size.frameP95Ms ? { targetMax: size.frameP95Ms } : {}),
      note: `${exported.intervals.length} frames, longest ${Math.max(0, ...exported.intervals).toFixed(0)} ms (requestAnimationFrame in the page)`,
    }),
  );

  process.stdout.write(`  the counselor's laptop imports it (${load()})…\n`);
  let importBaseMB = Number.NaN;
  const imported = await closing(await openLaptop(counselorProfile), async ({ page }) => {
    await unlock(page, url);
    importBaseMB = (await processMemoryMB()).renderer;
    return withRendererPeak(() => timedImport(page, file('caseload.pcobundle'), size.giveUpMs)).catch(reason);
  });
  const importName = 'import into the counselor laptop, file chosen to "Pacchetto applicato."';
  if (typeof imported === 'string') {
    results.push(figure(importName, Number.NaN, 'ms', { targetMax: size.importMs ?? size.roundTripMs, note: `FAILED: ${imported}` }));
    return;
  }
  const importMs = imported.result.previewMs + imported.result.applyMs;
  results.push(
    figure(importName, importMs, 'ms', { ...(size.importMs ? { targetMax: size.importMs } : {}), note: `preview ${imported.result.previewMs.toFixed(0)} ms, Applica to applied ${imported.result.applyMs.toFixed(0)} ms` }),
    figure('import: peak renderer memory (page + its Web Workers, Pss)', imported.peakMB, 'MB', { ...(size.peakMB ? { targetMax: size.peakMB } : {}), note: `${importBaseMB.toFixed(0)} MB once unlocked, before choosing the file` }),
  );
  if (size.roundTripMs) results.push(figure('round trip: coordinator export + counselor import', exported.ms + importMs, 'ms', { targetMax: size.roundTripMs, note: 'the two figures above added: the user’s waits, not the USB stick' }));
}

export function syncBrowserBenchmarks(): BenchSuite[] {
  return SIZES.map((size) => ({
    kind: 'suite',
    name: `Chromium: sync between two laptops at ${size.workers.toLocaleString('en')} workers + 1 year, through the Sync screen`,
    async run(): Promise<BenchResult[]> {
      const missing = chromiumMissing();
      if (missing) {
        console.warn(`  browser benchmarks skipped: ${missing}`);
        return [];
      }
      const server = await serveWebBuild(process.env.PCO_BENCH_WEB_ROOT);
      const dir = await mkdtemp(join(tmpdir(), `pco-sync-browser-${size.workers}-`));
      const results: BenchResult[] = [];
      const started = load();
      try {
        await measureSize(server.url, size, dir, results);
      } catch (error) {
        // A set-up step that did not finish: a missed figure with its reason, not a crashed suite.
        results.push(figureOf(size)('set-up of the two laptops', Number.NaN, 'ms', { targetMax: size.giveUpMs, note: `FAILED: ${reason(error)}` }));
      } finally {
        console.log(`  ${started} at the start, ${load()} at the end`);
        server.stop();
        await rm(dir, { recursive: true, force: true });
      }
      return results;
    },
  }));
}
