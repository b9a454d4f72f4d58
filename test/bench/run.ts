// `npm run bench`: every benchmark of the project, printed as a table and written to
// bench/results.json with the machine's description so two runs can be compared.
import { mkdir, writeFile } from 'node:fs/promises';
import { engineBenchmarks } from './engine.bench';
import { cryptoBenchmarks } from './crypto.bench';
import { storageBenchmarks } from './storage.bench';
import { syncBenchmarks } from './sync.bench';
import { matchingBenchmarks } from './matching.bench';
import { reportsBenchmarks } from './reports.bench';
import { machineDescription, measure, printTable, type BenchResult } from './harness';

async function main(): Promise<void> {
  const results: BenchResult[] = [];
  for (const bench of [...engineBenchmarks(), ...cryptoBenchmarks(), ...storageBenchmarks(), ...syncBenchmarks(), ...matchingBenchmarks(), ...reportsBenchmarks()]) {
    process.stdout.write(`… ${bench.name}\n`);
    results.push(await measure(bench));
  }
  printTable(results);
  await mkdir('bench', { recursive: true });
  const report = { date: new Date().toISOString(), machine: machineDescription(), results };
  await writeFile('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('Written bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
