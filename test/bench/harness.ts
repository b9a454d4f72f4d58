// A minimal benchmark harness: run a case a few times, keep the median, compare to its target.
// Figures are times in ms by default; a case may measure another unit (memory, frames, a ratio),
// and its target is an upper bound (`targetMax`) or, for throughput ratios, a lower one (`targetMin`).
import { cpus, totalmem, platform, release } from 'node:os';

export type BenchUnit = 'ms' | 'MB' | 'ratio' | 'rows';

export interface BenchResult {
  readonly name: string;
  readonly median: number;
  readonly unit: BenchUnit;
  readonly runs: number;
  readonly targetMax?: number;
  readonly targetMin?: number;
  readonly note?: string;
}

export interface BenchCase {
  readonly name: string;
  readonly runs?: number;
  /** Upper bound in ms for the median. */
  readonly targetMs?: number;
  readonly note?: string;
  /** Work done once before timing (not measured). */
  setup?(): Promise<void> | void;
  run(): Promise<unknown> | unknown;
}

/** A group of figures measured together (for example a browser session), already summarised. */
export interface BenchSuite {
  readonly kind: 'suite';
  readonly name: string;
  run(): Promise<BenchResult[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
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
  return { name: bench.name, median: median(times), unit: 'ms', runs, targetMax: bench.targetMs, note: bench.note };
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

export function verdict(result: BenchResult): '' | 'ok' | 'MISSED' {
  if (result.targetMax === undefined && result.targetMin === undefined) return '';
  const underMax = result.targetMax === undefined || result.median < result.targetMax;
  const overMin = result.targetMin === undefined || result.median >= result.targetMin;
  return underMax && overMin ? 'ok' : 'MISSED';
}

function targetText(result: BenchResult): string {
  const parts = [result.targetMax === undefined ? '' : `< ${result.targetMax} ${result.unit}`, result.targetMin === undefined ? '' : `≥ ${result.targetMin} ${result.unit}`];
  return parts.filter(Boolean).join(', ') || '—';
}

function figure(result: BenchResult): string {
  const digits = result.unit === 'ratio' ? 2 : result.unit === 'rows' ? 0 : 1;
  return `${result.median.toFixed(digits)} ${result.unit}`;
}

export function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => ({ benchmark: r.name, median: figure(r), target: targetText(r), verdict: verdict(r), runs: r.runs }));
  console.table(rows);
}
