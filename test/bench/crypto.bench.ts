// Benchmarks of encryption at rest (shared/crypto): the unlock a counselor waits for, and the
// sealing/opening of whole caseloads (import, first encryption, building the name index at unlock);
// and the bundles' age encryption against the `age` CLI at the size of the 30,000-worker bundle.
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createKeystore, unlockWithPassphrase, type Keystore } from '../../shared/crypto/keystore';
import { generateRecoveryCode } from '../../shared/crypto/recoveryCode';
import { openJsonMany, sealJsonMany, type OpenRequest, type SealRequest } from '../../shared/crypto/sealed';
import { generateDataKey } from '../../shared/crypto/dataKey';
import type { CryptoKey } from '../../shared/crypto/runtime';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptChunksTo } from '../../shared/sync/bundle/age';
import { generateProgrammeKey } from '../../shared/sync/deviceKeys';
import { measure, type BenchCase, type BenchResult, type BenchSuite } from './harness';

const PASSPHRASE = 'cavallo batteria graffetta corretta';
// A free-text note brings the demo worker (≈ 1.2 KB of JSON) to the ≈ 1.5 KB of a worker with notes.
const NOTE =
  'Colloquio di orientamento: disponibile a turni e trasferte in provincia, patente B, ' +
  'interessato a corsi di saldatura; da ricontattare dopo la visita medica. Referente: ufficio PCO.';

/** `count` worker-sized records, each under its own record id (the associated data). */
function workerRequests(count: number): SealRequest[] {
  const workers = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' }).workers;
  return Array.from({ length: count }, (_, i) => {
    const worker = workers[i % workers.length];
    return { value: { ...worker, notes: NOTE }, associatedData: `workers/${worker?.id ?? ''}-${i}/profile` };
  });
}

function averageBytes(requests: readonly SealRequest[]): number {
  const total = requests.reduce((sum, r) => sum + new TextEncoder().encode(JSON.stringify(r.value)).length, 0);
  return Math.round(total / Math.max(1, requests.length));
}

export function cryptoBenchmarks(): (BenchCase | BenchSuite)[] {
  let keystore: Keystore | undefined;
  let key: CryptoKey | undefined;
  const small = workerRequests(300);
  const large = workerRequests(30_000);
  let sealedSmall: OpenRequest[] = [];
  let sealedLarge: OpenRequest[] = [];
  const size = `${averageBytes(small)} B of JSON each`;

  const dataKey = async (): Promise<CryptoKey> => (key ??= await generateDataKey());
  const seal = async (requests: readonly SealRequest[]): Promise<OpenRequest[]> => {
    const sealed = await sealJsonMany(await dataKey(), requests);
    return sealed.map((s, i) => ({ sealed: s, associatedData: requests[i]?.associatedData ?? '' }));
  };

  return [
    {
      name: 'crypto: unlock with passphrase (Argon2id 64 MiB, t=3, p=1)',
      runs: 3,
      targetMs: 1000,
      note: 'target ≈ 1 s on a 2-core laptop: Argon2id derivation + AES-GCM unwrap of the data key',
      setup: async () => {
        keystore = (await createKeystore({ passphrase: PASSPHRASE, recoveryCode: generateRecoveryCode(), now: new Date() })).keystore;
      },
      run: () => {
        if (!keystore) throw new Error('setup did not run');
        return unlockWithPassphrase(keystore, PASSPHRASE);
      },
    },
    { name: 'crypto: seal 300 worker records', note: size, run: () => seal(small) },
    { name: 'crypto: seal 30,000 worker records', runs: 3, note: size, run: () => seal(large) },
    {
      name: 'crypto: open 300 worker records',
      note: size,
      setup: async () => {
        sealedSmall = await seal(small);
      },
      run: async () => openJsonMany(await dataKey(), sealedSmall),
    },
    {
      name: 'crypto: open 30,000 worker records',
      runs: 3,
      note: `${size}; what building the in-memory name index at unlock costs`,
      setup: async () => {
        sealedLarge = await seal(large);
      },
      run: async () => openJsonMany(await dataKey(), sealedLarge),
    },
    ageEncryptionRatio(),
  ];
}

/**
 * The plaintext of the 30,000-worker bundle (the historical demo's sync data as the coordinator
 * exports it: syncScaleChild.ts prepare reports 645 MB of JSON lines). At the 7 MB of the
 * 300-worker bundle the CLI's figure was mostly its process start, and the ratio swung from run to
 * run; at this size both sides are mostly encryption and file writing.
 */
const BUNDLE_30K_BYTES = Number(process.env.PCO_BENCH_AGE_BYTES ?? 645_000_000);
const PIECE = 64 * 1024 * 1024;

function hasAgeCli(): boolean {
  const probe = spawnSync('age', ['--version']);
  return !probe.error && probe.status === 0;
}

/** Bytes that do not repeat (age does not compress, but no shortcut should see a pattern either). */
function plaintextOf(bytes: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let state = 0x2019;
  for (let at = 0; at < bytes; at += PIECE) {
    const piece = new Uint8Array(Math.min(PIECE, bytes - at));
    const words = new Uint32Array(piece.buffer, 0, piece.length >>> 2);
    for (let i = 0; i < words.length; i += 1) words[i] = state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    pieces.push(piece);
  }
  return pieces;
}

/** bytes/s of our age encryption (as the export does it: pieces to a file) ÷ bytes/s of `age -e` on the same plaintext file. */
export function ageEncryptionRatio(): BenchSuite {
  return {
    kind: 'suite',
    name: 'crypto: our age encryption vs the age CLI, 30,000-worker bundle size',
    async run(): Promise<BenchResult[]> {
      const dir = mkdtempSync(join(tmpdir(), 'pco-age-bench-'));
      try {
        const pieces = plaintextOf(BUNDLE_30K_BYTES);
        const plainFile = join(dir, 'bundle.plain');
        writeFileSync(plainFile, pieces[0] ?? new Uint8Array(0));
        for (const piece of pieces.slice(1)) writeFileSync(plainFile, piece, { flag: 'a' });
        const recipients = await Promise.all([generateProgrammeKey(), generateProgrammeKey()]).then((keys) => keys.map((key) => key.recipient));
        const size = `${(BUNDLE_30K_BYTES / 1e6).toFixed(0)} MB`;
        const ours = await measure({
          name: `crypto: age encryption (JS, age-encryption) of a ${size} bundle plaintext to a file, 2 recipients`,
          runs: 3,
          note: 'as the export does it: the plaintext handed over in pieces, the file written as age makes it',
          run: async () => {
            const file = await open(join(dir, 'ours.age'), 'w');
            try {
              await encryptChunksTo(pieces, BUNDLE_30K_BYTES, recipients, async (piece) => void (await file.write(piece)));
            } finally {
              await file.close();
            }
          },
        });
        if (!hasAgeCli()) {
          console.warn('  age CLI not installed: the encryption throughput ratio is skipped');
          return [ours];
        }
        const cli = await measure({
          name: `age CLI encrypt of the same ${size} plaintext file (reference)`,
          runs: 3,
          note: 'a process per run: spawn, read the file, encrypt, write the file',
          run: () => execFileSync('age', ['-e', ...recipients.flatMap((recipient) => ['-r', recipient]), '-o', join(dir, 'cli.age'), plainFile]),
        });
        const rate = (ms: number) => `${(BUNDLE_30K_BYTES / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;
        return [
          ours,
          cli,
          {
            name: `ratio: our age encryption throughput ÷ age CLI (bytes/s, same ${size} plaintext)`,
            median: cli.median / ours.median,
            unit: 'ratio',
            runs: Math.min(ours.runs, cli.runs),
            targetMin: 0.5,
            note: `${rate(ours.median)} vs ${rate(cli.median)}`,
          },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
