// Opening the worker list without 30,000 decryptions: the names and codici fiscali of the listed
// workers are also kept as a sealed snapshot (AES-GCM under the data key, in `meta`), cut into
// chunks of a few hundred workers because Chromium stores values over 64 KiB out of line and reads
// them slowly. Each entry remembers the IV of the worker's own seal, so an entry is used only while
// that worker is unchanged; changed or new workers are opened one by one, and once too many are,
// the snapshot is written again. It is a cache: losing it costs time, never data.
import { isSealed, type Sealed } from '../../shared/crypto/sealed';
import type { Worker } from '../../shared/domain/worker';
import type { PcoDatabase } from './database';
import type { RecordCodec } from './codec';
import type { WorkerListRow, WorkerSummary } from './workerList';

/** Chunk keys are this prefix and a number; each chunk is sealed with its key as associated data. */
export const WORKER_LIST_SNAPSHOT_KEY = 'workerListSnapshot:';
const CHUNK_ENTRIES = 250;
/** Rewrite once this many listed workers (or 1% of them) are missing from the snapshot. */
const STALE_ENTRIES = 20;

type Names = Pick<Worker, 'surname' | 'name' | 'codiceFiscale'>;
type Snapshot = Map<string, Names & { iv: string }>;
/** One entry as stored: id, seal IV, surname, name, codice fiscale. */
type StoredEntry = [string, string, string, string, string];

const NO_NAMES: Names = { surname: '', name: '', codiceFiscale: '' };

export type Summarise = (rows: readonly WorkerListRow[]) => Promise<WorkerSummary[]>;

const chunkKey = (index: number) => `${WORKER_LIST_SNAPSHOT_KEY}${String(index).padStart(4, '0')}`;

export function createWorkerSummariser(db: PcoDatabase, codec: RecordCodec): Summarise {
  let writing = false;

  async function readSnapshot(): Promise<Snapshot> {
    const chunks = await db.meta.where('key').startsWith(WORKER_LIST_SNAPSHOT_KEY).toArray();
    const snapshot: Snapshot = new Map();
    const opened = await Promise.all(
      // A chunk that does not open (other key, damaged) is skipped; its workers are opened one by one.
      chunks.map((chunk) => (isSealed(chunk.value) ? codec.openValue<StoredEntry[]>(chunk.key, chunk.value).catch(() => []) : [])),
    );
    for (const entries of opened) for (const [id, iv, surname, name, codiceFiscale] of entries) snapshot.set(id, { iv, surname, name, codiceFiscale });
    return snapshot;
  }

  async function writeSnapshot(summaries: readonly WorkerSummary[], rows: readonly WorkerListRow[]): Promise<void> {
    if (writing) return;
    writing = true;
    try {
      const entries: StoredEntry[] = [];
      summaries.forEach(({ id, surname, name, codiceFiscale }, i) => {
        const iv = rows[i]?.sealIv;
        if (iv) entries.push([id, iv, surname, name, codiceFiscale]);
      });
      const chunks: { key: string; value: Sealed }[] = [];
      for (let start = 0; start < entries.length; start += CHUNK_ENTRIES) {
        const key = chunkKey(chunks.length);
        chunks.push({ key, value: await codec.sealValue(key, entries.slice(start, start + CHUNK_ENTRIES)) });
      }
      await db.transaction('rw', db.meta, async () => {
        const old = await db.meta.where('key').startsWith(WORKER_LIST_SNAPSHOT_KEY).primaryKeys();
        await db.meta.bulkDelete(old);
        await db.meta.bulkPut(chunks);
      });
    } finally {
      writing = false;
    }
  }

  /** Names of the workers the snapshot does not cover, opened from their full records. */
  async function openNames(ids: readonly string[]): Promise<Map<string, Names>> {
    const records = await db.workers.bulkGet([...ids]);
    const opened = await Promise.all(
      records.map(async (row): Promise<[string, Names] | null> => {
        if (!row?.sealed) return null;
        const secret = await codec.openSealedFields<Worker>('workers', row.id, row.sealed);
        return [row.id, { surname: secret.surname ?? '', name: secret.name ?? '', codiceFiscale: secret.codiceFiscale ?? '' }];
      }),
    );
    return new Map(opened.filter((entry) => entry !== null));
  }

  return async (rows) => {
    const snapshot = await readSnapshot();
    // An entry counts only for the seal it was taken from; an erased worker (no seal) has no names.
    const covered = (row: WorkerListRow) => snapshot.get(row.id)?.iv === row.sealIv;
    const missing = rows.filter((row) => row.sealIv !== null && !covered(row)).map((row) => row.id);
    const opened = missing.length > 0 ? await openNames(missing) : new Map<string, Names>();
    const summaries = rows.map((row): WorkerSummary => {
      const { id, status, primaryTrack, counselorId, cigsEnd, residenceCode, participation } = row;
      const names = (covered(row) ? snapshot.get(id) : opened.get(id)) ?? NO_NAMES;
      return { id, status, primaryTrack, counselorId, cigsEnd, residenceCode, participation, surname: names.surname, name: names.name, codiceFiscale: names.codiceFiscale };
    });
    // Outside the live query that called us: a timer, so the write is not part of its read.
    if (missing.length >= Math.max(STALE_ENTRIES, rows.length / 100)) setTimeout(() => void writeSnapshot(summaries, rows).catch(() => undefined), 0);
    return summaries;
  };
}
