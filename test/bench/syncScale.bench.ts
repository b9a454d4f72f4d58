// Sync at scale: the 30,000-worker demo programme with its year of activity exported and imported,
// each step in a child process of its own (syncScaleChild.ts), so that its time and peak memory
// are the step's and not the fixture's (generating the data takes about a minute and leaves the
// heap large). Two runs, no warm-up. `npm run bench -- --only syncScale`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type BenchResult, type BenchSuite } from './harness';
import type { StepOutcome } from './syncScaleChild';

const RUNS = 2;
const WORKERS = 30_000;
const SIZE = `${WORKERS.toLocaleString('en')} workers`;
const CHILD = fileURLToPath(new URL('./syncScaleChild.ts', import.meta.url));

function step(mode: 'prepare' | 'export' | 'import', dir: string, workers = 0): StepOutcome | string {
  process.stdout.write(`  ${mode}…\n`);
  // The parent's own flags load TypeScript (tsx); the heap limit is raised so that size alone does not stop a step.
  const args = [...process.execArgv, '--expose-gc', '--max-old-space-size=8192', CHILD, mode, dir, String(RUNS), String(workers)];
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) return `the ${mode} process ended with ${child.signal ?? `status ${child.status}`}`;
  const outcome = JSON.parse(last) as StepOutcome;
  if (outcome.failure) console.warn(`  ${mode} failed after ${(outcome.failure.ms / 1000).toFixed(1)} s: ${outcome.failure.message} (${outcome.detail})`);
  return outcome;
}

const mb = (value: number) => `${value.toFixed(0)} MB`;

/** Time (median of the runs) and peak memory (the first run's: a fresh process) of one step, or why there are none. */
function figures(operation: string, holding: string, outcome: StepOutcome | string): BenchResult[] {
  const time = { name: `sync ${operation}, ${SIZE} + 1 year (child process)`, unit: 'ms', targetMax: 30_000 } as const;
  const memory = { name: `sync ${operation}, ${SIZE}: peak RSS of the child process`, unit: 'MB', targetMax: 500 } as const;
  if (typeof outcome === 'string') return [time, memory].map((figure) => ({ ...figure, median: Number.NaN, runs: 0, note: `not run: ${outcome}` }));
  const { failure, runs } = outcome;
  const peak = outcome.peakReset ? 'high-water mark reset once the input was loaded' : 'high-water mark not resettable here: includes loading';
  const whole = `whole Node process (${peak}; MB = 10^6 B): ${mb(outcome.startMB)} once Node, tsx and the app's modules were loaded, ${mb(outcome.inputMB)} holding ${holding}; both within the peak`;
  if (failure) {
    return [
      { ...time, median: Number.NaN, runs: 1, note: `FAILED after ${(failure.ms / 1000).toFixed(1)} s: ${failure.message}; ${outcome.detail}` },
      { ...memory, median: Number.NaN, runs: 1, note: `not measured: the ${operation} failed, peak until then ${mb(failure.peakMB)}; ${whole}` },
    ];
  }
  const later = runs.slice(1).map((run) => mb(run.peakMB));
  return [
    { ...time, median: median(runs.map((run) => run.ms)), runs: runs.length, note: `${outcome.detail}; input loaded beforehand, not timed` },
    { ...memory, median: runs[0]?.peakMB ?? Number.NaN, runs: 1, note: `${whole}${later.length > 0 ? `; later runs in the same process: ${later.join(', ')}` : ''}` },
  ];
}

export function syncScaleBenchmarks(): BenchSuite[] {
  return [
    {
      kind: 'suite',
      name: `sync export and import, ${SIZE} + 1 year, a child process per step`,
      async run(): Promise<BenchResult[]> {
        const dir = mkdtempSync(join(tmpdir(), 'pco-sync-scale-'));
        try {
          const prepared = step('prepare', dir, WORKERS);
          if (typeof prepared === 'string') throw new Error(`${SIZE} fixture: ${prepared}`);
          console.log(`  fixture: ${prepared.detail}`);
          const exported = step('export', dir);
          const imported = typeof exported !== 'string' && exported.runs.length > 0 ? step('import', dir) : 'the export made no bundle';
          return [...figures('export', 'no data (it stays on disk, read a page at a time as the app reads IndexedDB)', exported), ...figures('import', 'an open handle on the bundle file', imported)];
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  ];
}
