// Sync benchmarks on the 300-worker demo programme with its year of activity: export (select,
// sign, encrypt), import (decrypt, verify, parse), merge into an empty and a full laptop, the
// round trip, and the `age` CLI's decryption of the same bundle. The coordinator's sync day (ten
// bundles) and the import into IndexedDB have files of their own; our encryption against the CLI's
// is measured at the 30,000-worker bundle's size (crypto.bench.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EMPTY_MEMORY_STATE, localStateOf, previewBundle } from '../../shared/sync';
import type { BenchCase, BenchSuite } from './harness';
import { COORDINATOR_DEVICE, exportBundleOf, importBundleFrom, mergeInto, prepareSyncFixture, syncFixture } from './syncFixture';
import { coordinatorSyncDayBenchmark } from './syncCounselors.bench';
import { importIntoStoreBenchmark } from './syncStore.bench';

function hasAgeCli(): boolean {
  const probe = spawnSync('age', ['--version']);
  return !probe.error && probe.status === 0;
}

const setup = prepareSyncFixture;
const exportDemo = () => exportBundleOf(syncFixture().data, syncFixture().laptop, syncFixture().programme);
const importDemo = (bytes: Uint8Array) => importBundleFrom(bytes, syncFixture().programme.identity, [syncFixture().laptop]);

export function syncBenchmarks(): (BenchCase | BenchSuite)[] {
  const cases: (BenchCase | BenchSuite)[] = [
    { name: 'sync export, 300 workers + 1 year: select + sign + age-encrypt', targetMs: 500, setup, run: exportDemo },
    { name: 'sync import, 300 workers + 1 year: age-decrypt + verify + parse', targetMs: 500, setup, run: () => importDemo(syncFixture().bytes) },
    { name: 'sync merge into an empty laptop (preview + in-memory apply)', targetMs: 300, setup, run: () => mergeInto(EMPTY_MEMORY_STATE, syncFixture().decoded) },
    {
      name: 'sync merge into a full laptop (everything unchanged)',
      targetMs: 300,
      setup,
      run: () => previewBundle(localStateOf(syncFixture().full, 'coordinator', COORDINATOR_DEVICE), syncFixture().decoded),
    },
    {
      name: 'sync round trip, 300 workers + 1 year: export + import + merge into an empty laptop',
      targetMs: 1000,
      setup,
      run: async () => mergeInto(EMPTY_MEMORY_STATE, await importDemo(await exportDemo())),
    },
    coordinatorSyncDayBenchmark(),
    importIntoStoreBenchmark(),
  ];
  if (hasAgeCli()) {
    const dir = () => syncFixture().dir;
    cases.push({ name: 'age CLI decrypt of the same bundle (reference)', setup, run: () => execFileSync('age', ['-d', '-i', join(dir(), 'identity.txt'), join(dir(), 'demo.pcobundle')], { maxBuffer: 1 << 30 }) });
  }
  return cases;
}
