// A minimal benchmark harness: run a case a few times, keep the median, compare to its target.
import { cpus, totalmem, platform, release } from 'node:os';

export interface BenchResult {
  readonly name: string;
  readonly medianMs: number;
  readonly runs: number;
  readonly targetMs?: number;
  readonly note?: string;
}

export interface BenchCase {
  readonly name: string;
  readonly runs?: number;
  readonly targetMs?: number;
  readonly note?: string;
  /** Work done once before timing (not measured). */
  setup?(): Promise<void> | void;
  run(): Promise<unknown> | unknown;
}

export async function measure(bench: BenchCase): Promise<BenchResult> {
  await bench.setup?.();
  const runs = bench.runs ?? 5;
  await bench.run(); // warm-up: JIT and lazy indexes
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await bench.run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return { name: bench.name, medianMs, runs, targetMs: bench.targetMs, note: bench.note };
}

export function machineDescription() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

export function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => ({
    benchmark: r.name,
    'median ms': r.medianMs.toFixed(1),
    target: r.targetMs === undefined ? '—' : `< ${r.targetMs} ms`,
    verdict: r.targetMs === undefined ? '' : r.medianMs < r.targetMs ? 'ok' : 'MISSED',
    runs: r.runs,
  }));
  console.table(rows);
}
