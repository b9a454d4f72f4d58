// One step of the 30,000-worker sync benchmarks (syncScale.bench.ts) in a process of its own, so
// that its peak memory is the step's: the kernel's high-water mark of resident memory, reset once
// the step's input is loaded and garbage collected (Linux: /proc/self/clear_refs).
//   prepare DIR RUNS WORKERS   the demo programme's sync data → DIR/data.v8 (the slow fixture, once)
//   export DIR RUNS            DIR/data.v8 → export timed → DIR/demo.pcobundle + DIR/keys.json
//   import DIR RUNS            DIR/demo.pcobundle → import timed
// Run with --expose-gc; prints its outcome as one JSON line on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { generateProgrammeKey, type AgeKeyPair, type SyncData } from '../../shared/sync';
import { payloadLines } from '../../shared/sync/bundle/encode';
import { demoSyncData } from '../../shared/sync/demoData';
import { benchLaptop, bundleInput, exportBundleOf, importBundleFrom, type BenchLaptop } from './syncFixture';

export interface StepRun {
  readonly ms: number;
  readonly peakMB: number;
}

export interface StepOutcome {
  readonly runs: StepRun[];
  /** RSS once this module was loaded (Node, tsx and the app's modules), and once the step's input was. */
  readonly startMB: number;
  readonly inputMB: number;
  /** False where the high-water mark cannot be reset: the peaks then include loading the input. */
  readonly peakReset: boolean;
  /** A run that threw: its error, and the time and peak until then. */
  readonly failure?: { readonly message: string; readonly ms: number; readonly peakMB: number };
  readonly detail: string;
}

const MB = (bytes: number) => bytes / 1e6;
const startMB = MB(process.memoryUsage().rss);
const peakMB = () => MB(process.resourceUsage().maxRSS * 1024);

function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** A full collection, then a pause: large buffers are freed by a background sweeper after it. */
async function collect(): Promise<void> {
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 250));
  globalThis.gc?.();
}

/** Times `work` once per run from a collected heap and a reset peak; stops at the first failure. */
async function timedRuns<T>(runs: number, work: () => Promise<T>, first: (value: T) => void): Promise<Omit<StepOutcome, 'detail' | 'startMB'>> {
  await collect();
  const inputMB = MB(process.memoryUsage().rss);
  const results: StepRun[] = [];
  let peakReset = true;
  for (let run = 0; run < runs; run++) {
    await collect();
    peakReset &&= resetPeak();
    const start = performance.now();
    try {
      const value = await work();
      results.push({ ms: performance.now() - start, peakMB: peakMB() });
      if (run === 0) first(value);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { runs: results, inputMB, peakReset, failure: { message, ms: performance.now() - start, peakMB: peakMB() } };
    }
  }
  return { runs: results, inputMB, peakReset };
}

interface Keys {
  readonly identity: string;
  readonly laptop: BenchLaptop;
}

/** What the export would have written: the JSON lines of the payload (≈ the bundle's size). */
function payloadMB(data: SyncData, laptop: BenchLaptop, programme: AgeKeyPair): number {
  return MB(payloadLines(bundleInput(data, laptop, programme).content).reduce((sum, line) => sum + JSON.stringify(line).length + 1, 0));
}

async function step(mode: string, dir: string, runs: number, workers: number): Promise<Omit<StepOutcome, 'startMB'>> {
  const file = (name: string) => join(dir, name);
  if (mode === 'prepare') {
    const data = demoSyncData(generateDemoProgramme({ workers, seed: 2019, variant: 'historical' }));
    writeFileSync(file('data.v8'), serialize(data));
    return { runs: [], inputMB: 0, peakReset: false, detail: `${data.records.workers?.length ?? 0} workers, ${data.events.length} events` };
  }
  if (mode === 'export') {
    const data = deserialize(readFileSync(file('data.v8'))) as SyncData;
    const programme = await generateProgrammeKey();
    const laptop = await benchLaptop('laptop', 'c1');
    let bundleMB = 0;
    const outcome = await timedRuns(runs, () => exportBundleOf(data, laptop, programme), (bytes) => {
      bundleMB = MB(bytes.length);
      writeFileSync(file('demo.pcobundle'), bytes);
      writeFileSync(file('keys.json'), JSON.stringify({ identity: programme.identity, laptop } satisfies Keys), { mode: 0o600 });
    });
    const detail = outcome.failure ? `the payload would be ${payloadMB(data, laptop, programme).toFixed(0)} MB of JSON lines` : `${bundleMB.toFixed(0)} MB bundle`;
    return { ...outcome, detail };
  }
  if (mode === 'import') {
    const bytes = readFileSync(file('demo.pcobundle'));
    const keys = JSON.parse(readFileSync(file('keys.json'), 'utf8')) as Keys;
    let workers = 0;
    const outcome = await timedRuns(runs, () => importBundleFrom(bytes, keys.identity, [keys.laptop]), (decoded) => (workers = decoded.content.records.workers?.length ?? 0));
    return { ...outcome, detail: `${MB(bytes.length).toFixed(0)} MB bundle, ${workers} workers decoded` };
  }
  throw new Error(`unknown step ${mode}`);
}

const [mode = '', dir = '', runs = '1', workers = '30000'] = process.argv.slice(2);
step(mode, dir, Number(runs), Number(workers))
  .then((outcome) => console.log(JSON.stringify({ ...outcome, startMB } satisfies StepOutcome)))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
