// Sync benchmarks on the 300-worker demo programme with its year of activity: export (select,
// sign, encrypt), import (decrypt, verify, parse), merge into an empty and a full laptop, the
// round trip, and our encryption against the `age` CLI's on the same plaintext. The coordinator's
// sync day (ten bundles) and the import into IndexedDB have files of their own.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EMPTY_MEMORY_STATE, localStateOf, previewBundle } from '../../shared/sync';
import { encryptToRecipients } from '../../shared/sync/bundle/age';
import { measure, type BenchCase, type BenchResult, type BenchSuite } from './harness';
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

/** bytes/s of encryptToRecipients ÷ bytes/s of `age -e`, from medians measured one after the other. */
const encryptionRatio: BenchSuite = {
  kind: 'suite',
  name: 'sync: our age encryption vs the age CLI, same plaintext',
  async run(): Promise<BenchResult[]> {
    await prepareSyncFixture();
    const { plaintext, input, dir } = syncFixture();
    const ours = await measure({ name: `sync: age-encryption (JS) encrypt, ${(plaintext.length / 1e6).toFixed(1)} MB plaintext`, run: () => encryptToRecipients(plaintext, input.recipients) });
    if (!hasAgeCli()) {
      console.warn('  age CLI not installed: the encryption throughput ratio is skipped');
      return [ours];
    }
    const recipients = input.recipients.flatMap((recipient) => ['-r', recipient]);
    const cli = await measure({
      name: 'age CLI encrypt of the same plaintext (reference)',
      note: 'a process per run: spawn, read the file, encrypt, write the file',
      run: () => execFileSync('age', ['-e', ...recipients, '-o', join(dir, 'cli.age'), join(dir, 'demo.plain')]),
    });
    const ratio: BenchResult = {
      name: 'ratio: our encryption throughput ÷ age CLI (bytes/s, same plaintext)',
      median: cli.median / ours.median,
      unit: 'ratio',
      runs: Math.min(ours.runs, cli.runs),
      targetMin: 0.5,
      note: `${(plaintext.length / 1e6 / (ours.median / 1000)).toFixed(0)} MB/s vs ${(plaintext.length / 1e6 / (cli.median / 1000)).toFixed(0)} MB/s; the CLI's time includes its process start and file I/O`,
    };
    return [ours, cli, ratio];
  },
};

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
    encryptionRatio,
  ];
  if (hasAgeCli()) {
    const dir = () => syncFixture().dir;
    cases.push({ name: 'age CLI decrypt of the same bundle (reference)', setup, run: () => execFileSync('age', ['-d', '-i', join(dir(), 'identity.txt'), join(dir(), 'demo.pcobundle')], { maxBuffer: 1 << 30 }) });
  }
  return cases;
}
