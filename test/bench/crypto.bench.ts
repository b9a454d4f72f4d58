// Benchmarks of encryption at rest (shared/crypto): the unlock a counselor waits for, and the
// sealing/opening of whole caseloads (import, first encryption, building the name index at unlock).
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createKeystore, unlockWithPassphrase, type Keystore } from '../../shared/crypto/keystore';
import { generateRecoveryCode } from '../../shared/crypto/recoveryCode';
import { openJsonMany, sealJsonMany, type OpenRequest, type SealRequest } from '../../shared/crypto/sealed';
import { generateDataKey } from '../../shared/crypto/dataKey';
import type { CryptoKey } from '../../shared/crypto/runtime';
import type { BenchCase } from './harness';

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

export function cryptoBenchmarks(): BenchCase[] {
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
  ];
}
