// One step of the 30,000-worker sync benchmarks (syncScale.bench.ts) in a process of its own, so
// that its peak memory is the step's: the kernel's high-water mark of resident memory, reset once
// the step's input is loaded and garbage collected (Linux: /proc/self/clear_refs).
//   prepare DIR RUNS WORKERS   the demo programme's sync data → DIR/part-*.jsonl (the slow fixture, once)
//   export DIR RUNS            DIR/part-*.jsonl read a page at a time → export timed → DIR/demo.pcobundle + DIR/keys.json
//   import DIR RUNS            DIR/demo.pcobundle → import timed
// Run with --expose-gc; prints its outcome as one JSON line on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { encodeBundleTo, generateProgrammeKey, payloadReadings, planSelection, selectChanges, type AgeKeyPair } from '../../shared/sync';
import { EMPTY_SYNC_DATA } from '../../shared/sync/types';
import { payloadLines } from '../../shared/sync/bundle/encode';
import { demoSyncData } from '../../shared/sync/demoData';
import { benchLaptop, bundleInput, importBundleFrom, type BenchLaptop } from './syncFixture';
import { fileByteSource, fileSyncSource, fileWriter, writeSyncParts } from './syncScaleFiles';

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

/**
 * The app's export (renderer/sync/exportBundle.ts) on the parts on disk: the data is read a page at
 * a time twice, as the payload is measured and written (the first reading tells the vector); the
 * bundle streams to a file.
 */
async function exportFromParts(dir: string, laptop: BenchLaptop, programme: AgeKeyPair, path: string): Promise<number> {
  const source = fileSyncSource(dir);
  const { content: _whole, ...envelope } = bundleInput(EMPTY_SYNC_DATA, laptop, programme);
  const plan = await planSelection(source, { knows: {}, to: { role: 'coordinator', reportCaseloadOf: laptop.counselorId } });
  const out = await fileWriter(path);
  try {
    const readings = payloadReadings(source, plan);
    const written = await encodeBundleTo({ ...envelope, knows: () => readings.first()?.held ?? {}, payload: readings.read }, (piece) => out.write(piece));
    return written.fileBytes;
  } finally {
    await out.close();
  }
}

async function step(mode: string, dir: string, runs: number, workers: number): Promise<Omit<StepOutcome, 'startMB'>> {
  const file = (name: string) => join(dir, name);
  if (mode === 'prepare') {
    const data = demoSyncData(generateDemoProgramme({ workers, seed: 2019, variant: 'historical' }));
    await writeSyncParts(dir, data);
    const payload = payloadLines(selectChanges(data, { knows: {}, to: { role: 'coordinator' } })).reduce((sum, line) => sum + JSON.stringify(line).length + 1, 0);
    return { runs: [], inputMB: 0, peakReset: false, detail: `${data.records.workers?.length ?? 0} workers, ${data.events.length} events, ${MB(payload).toFixed(0)} MB of JSON lines` };
  }
  if (mode === 'export') {
    const programme = await generateProgrammeKey();
    const laptop = await benchLaptop('laptop', 'c1');
    let bundleMB = 0;
    const outcome = await timedRuns(runs, () => exportFromParts(dir, laptop, programme, file('demo.pcobundle')), (bytes) => {
      bundleMB = MB(bytes);
      writeFileSync(file('keys.json'), JSON.stringify({ identity: programme.identity, laptop } satisfies Keys), { mode: 0o600 });
    });
    return { ...outcome, detail: `${bundleMB.toFixed(0)} MB bundle streamed to disk from the data on disk read a page at a time` };
  }
  if (mode === 'import') {
    const bundle = await fileByteSource(file('demo.pcobundle'));
    const keys = JSON.parse(readFileSync(file('keys.json'), 'utf8')) as Keys;
    let workers = 0;
    const outcome = await timedRuns(runs, () => importBundleFrom(bundle, keys.identity, [keys.laptop]), (decoded) => (workers = decoded.content.records.workers?.length ?? 0));
    await bundle.close();
    return { ...outcome, detail: `${MB(bundle.size).toFixed(0)} MB bundle read from disk a slice at a time, ${workers} workers decoded (held whole)` };
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
