// `npm run bench`: every benchmark of the project, printed as a table and written to
// bench/results.json with the machine's description so two runs can be compared.
// `npm run bench -- --only ui,sync` runs some groups only (results.json then holds just those).
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { engineBenchmarks } from './engine.bench';
import { cryptoBenchmarks } from './crypto.bench';
import { storageBenchmarks } from './storage.bench';
import { syncBenchmarks } from './sync.bench';
import { syncScaleBenchmarks } from './syncScale.bench';
import { syncBrowserBenchmarks } from './syncBrowser.bench';
import { matchingBenchmarks } from './matching.bench';
import { reportsBenchmarks } from './reports.bench';
import { uiBenchmarks } from './ui.bench';
import { importBenchmarks } from './import.bench';
import { bulkWriteBenchmarks } from './bulkWrite.bench';
import { demoLoadBenchmarks } from './demoLoad.bench';
import { documentBenchmarks } from './documents.bench';
import { documentPreviewBenchmarks } from './documentPreview.bench';
import { machineDescription, measure, printTable, verdict, type BenchCase, type BenchResult, type BenchSuite } from './harness';

const GROUPS: Record<string, () => (BenchCase | BenchSuite)[]> = {
  engine: engineBenchmarks,
  crypto: cryptoBenchmarks,
  storage: storageBenchmarks,
  sync: syncBenchmarks,
  syncScale: syncScaleBenchmarks,
  syncBrowser: syncBrowserBenchmarks,
  matching: matchingBenchmarks,
  reports: reportsBenchmarks,
  ui: uiBenchmarks,
  import: importBenchmarks,
  bulk: bulkWriteBenchmarks,
  demoLoad: demoLoadBenchmarks,
  documents: () => [...documentBenchmarks(), ...documentPreviewBenchmarks()],
};

const isSuite = (bench: BenchCase | BenchSuite): bench is BenchSuite => 'kind' in bench && bench.kind === 'suite';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const chosen = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(GROUPS);
  const unknown = chosen.filter((name) => !(name in GROUPS));
  if (unknown.length > 0) throw new Error(`unknown benchmark group ${unknown.join(', ')}; groups: ${Object.keys(GROUPS).join(', ')}`);
  const results: BenchResult[] = [];
  for (const group of chosen) {
    for (const bench of GROUPS[group]!()) {
      process.stdout.write(`… ${bench.name}\n`);
      if (isSuite(bench)) results.push(...(await bench.run()));
      else results.push(await measure(bench));
    }
  }
  printTable(results);
  await mkdir('bench', { recursive: true });
  const missed = results.filter((r) => verdict(r) === 'MISSED').map((r) => r.name);
  const report = { date: new Date().toISOString(), machine: machineDescription(), groups: chosen, missed, results };
  await writeFile('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(missed.length ? `Missed targets: ${missed.length}` : 'Every target met.');
  console.log('Written bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
