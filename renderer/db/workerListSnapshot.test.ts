// The sealed snapshot behind the worker list: used only for workers whose seal it remembers,
// written when too many are missing, never in clear, and harmless when damaged.
import { describe, expect, it, vi } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture } from './testing';
import { createWorkerRepository, type WorkerRepository } from './repositories/workerRepository';
import { WORKER_LIST_SNAPSHOT_KEY } from './workerListSnapshot';
import type { RecordCodec } from './codec';

const SURNAMES = ['Rossi', 'Bianchi', 'Verdi', 'Neri', 'Gialli', 'Bruni', 'Galli', 'Conti', 'Costa', 'Fontana', 'Greco', 'Lombardi', 'Moretti', 'Barbieri', 'Ferrara', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferri', 'Testa', 'Grassi', 'Pellegrini', 'Palumbo', 'Sanna'];

/** The codec with its individual openings counted (a new codec: nothing cached from the writes). */
function counting(codec: RecordCodec): { codec: RecordCodec; openings: () => number } {
  const spy = vi.fn(codec.openSealedFields);
  return { codec: { ...codec, openSealedFields: spy, open: codec.open }, openings: () => spy.mock.calls.length };
}

/** Distinct people: same first name, so the birth year keeps their codici fiscali apart. */
async function createWorkers(workers: WorkerRepository, counselorId: string): Promise<void> {
  for (const [i, surname] of SURNAMES.entries()) await workers.create(sampleWorker({ counselorId, surname, birthDate: `${1960 + i}-04-12` }));
}

async function settle(): Promise<void> {
  // The snapshot is written from a timer after the listing.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('worker list snapshot', () => {
  it('lets a later listing skip every decryption, until workers change', async () => {
    const { db, codec, session, workers } = await coordinatorFixture();
    await createWorkers(workers, session.counselorId);
    const first = await workers.summaries();
    await settle();
    const stored = JSON.stringify(await db.meta.where('key').startsWith(WORKER_LIST_SNAPSHOT_KEY).toArray());
    expect(stored).toContain('"ct"');
    for (const surname of SURNAMES) expect(stored).not.toContain(surname);

    const fresh = counting(codec);
    const again = createWorkerRepository(db, session, fresh.codec);
    expect(await again.summaries()).toEqual(first);
    expect(fresh.openings()).toBe(0);

    // One worker renamed: the snapshot's entry no longer matches its seal, so it is opened itself.
    const renamed = (await workers.list()).find((w) => w.data.surname === 'Verdi')!;
    await workers.update(renamed.id, { ...renamed.data, surname: 'Verdini' });
    const later = counting(codec);
    const summaries = await createWorkerRepository(db, session, later.codec).summaries();
    expect(summaries.find((s) => s.id === renamed.id)?.surname).toBe('Verdini');
    expect(later.openings()).toBe(1);
  });

  it('still lists every worker correctly when the snapshot is damaged', async () => {
    const { db, codec, session, workers } = await coordinatorFixture();
    await createWorkers(workers, session.counselorId);
    const expected = await workers.summaries();
    await settle();
    const [chunk] = await db.meta.where('key').startsWith(WORKER_LIST_SNAPSHOT_KEY).toArray();
    const sealed = chunk!.value as { v: number; iv: string; ct: string };
    await db.meta.put({ key: chunk!.key, value: { ...sealed, ct: `${sealed.ct.slice(0, -8)}AAAAAAAA` } });
    const fresh = counting(codec);
    expect(await createWorkerRepository(db, session, fresh.codec).summaries()).toEqual(expected);
    expect(fresh.openings()).toBe(SURNAMES.length);
  });
});
