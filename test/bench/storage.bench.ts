// Benchmarks of the encrypted store as the app uses it (repositories over IndexedDB): loading a
// programme (sealing every record) and listing the workers right after unlock (cold cache: every
// record decrypted). Runs in Node on fake-indexeddb; the Chromium figures come with issue 9.
import 'fake-indexeddb/auto';
import { generateDemoProgramme, type DemoProgramme } from '../../shared/demo/generator';
import { PcoDatabase } from '../../renderer/db/database';
import { createRecordCodec } from '../../renderer/db/codec';
import { loadDemo } from '../../renderer/db/setup';
import { createWorkerRepository } from '../../renderer/db/repositories/workerRepository';
import { openSession } from '../../renderer/db/session';
import type { BenchCase } from './harness';

async function dataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

let databases = 0;

function storageCases(size: number, targetListMs?: number): BenchCase[] {
  let demo: DemoProgramme | undefined;
  let loaded: { db: PcoDatabase; key: CryptoKey; counselorId: string } | undefined;
  const programme = () => (demo ??= generateDemoProgramme({ workers: size, seed: 2019, variant: 'historical' }));
  const label = size.toLocaleString('en');
  return [
    {
      name: `store: load and seal the demo programme, ${label} workers`,
      runs: size > 1000 ? 1 : 3,
      note: 'every worker, event and counselor sealed with AES-GCM, then written',
      run: async () => {
        const db = new PcoDatabase(`bench-load-${databases++}`);
        const key = await dataKey();
        const session = await loadDemo(db, createRecordCodec(key), programme());
        loaded = { db, key, counselorId: session.counselorId };
      },
    },
    {
      name: `store: list ${label} workers right after unlock (cold, decrypt all)`,
      runs: size > 1000 ? 3 : 5,
      targetMs: targetListMs,
      run: async () => {
        if (!loaded) throw new Error('load first');
        const session = await openSession(loaded.db, { counselorId: loaded.counselorId, role: 'coordinator' });
        // A new codec has an empty cache, as after an unlock.
        const workers = createWorkerRepository(loaded.db, session, createRecordCodec(loaded.key));
        const list = await workers.list();
        if (list.length !== size) throw new Error(`listed ${list.length}`);
      },
    },
  ];
}

export function storageBenchmarks(): BenchCase[] {
  return [...storageCases(300, 200), ...storageCases(30_000)];
}
