// The one path for writing many records at once (a spreadsheet import, the demo programme): ONE
// read-write transaction that seals and puts them all, a slice at a time, the next slice sealed
// (a few dozen WebCrypto calls in flight) while the last one is written, so the store ends with
// all of them or, if it refuses (disk full: QuotaExceededError) or the user cancels, with none.
// The worker list follows inside the same transaction (workerList middleware). Progress counts
// rows sealed and rows written. A refusal for lack of space becomes a StorageFullError naming about
// what the whole batch weighs, from the first slice of each kind sealed before it (weighing every
// row, field by field, cost the import a fifth of its time for a figure that only a message shows).
import { Dexie } from 'dexie';
import { mapInFlight } from '../../shared/crypto/sealed';
import type { CigsPeriod, Worker } from '../../shared/domain/worker';
import type { Employer } from '../../shared/domain/employer';
import type { VersionedRecord } from '../../shared/sync/record';
import type { PcoDatabase } from './database';
import type { RecordCodec } from './codec';
import type { AuditRow, EmployerRow, EventRecord, EventRow, WorkerRow } from './rows';
import type { Session } from './session';
import { sealEmployer, sealEvent, sealWorker } from './recordRows';
import { storedSize } from '../../shared/storage/space';
import { guardQuota } from '../storage/space';

/**
 * Records to write, taken a slice at a time: an array, or a source that builds each slice when it
 * is reached (30,000 worker files need not all be in memory before they are sealed).
 */
export interface Slices<T> {
  readonly length: number;
  slice(start: number, end: number): readonly T[];
}

export interface BulkBatch {
  readonly workers?: Slices<VersionedRecord<Worker>>;
  readonly employers?: Slices<VersionedRecord<Employer>>;
  readonly events?: Slices<EventRecord>;
  readonly audit?: readonly AuditRow[];
}

export interface BulkOptions {
  /** The programme's CIGS periods (the worker rows' CIGS end is indexed from them). */
  readonly programmePeriods: readonly CigsPeriod[];
  /** Rows done (sealed, then written) out of twice the rows. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface BulkCounts {
  readonly workers: number;
  readonly employers: number;
  readonly events: number;
}

/** Rows sealed or written between two progress reports (and abort checks). */
const SLICE = 1000;

/**
 * Seals `items` a slice at a time and writes each slice with `put`, inside the caller's
 * transaction: while one slice is written, the next is sealed. The sealing is a WebCrypto promise,
 * which would let IndexedDB commit the transaction while it waits; Dexie.waitFor keeps it open.
 */
async function sealAndPut<I, O>(items: Slices<I>, seal: (item: I) => Promise<O>, put: (rows: O[]) => Promise<unknown>, step: (count: number, rows: readonly O[]) => void, signal: AbortSignal | undefined): Promise<number> {
  const sealSlice = (start: number) => mapInFlight(items.slice(start, start + SLICE), seal);
  let next: Promise<O[]> | undefined = items.length > 0 ? sealSlice(0) : undefined;
  // A slice that fails to seal while another is written must not go unhandled: the await below reports it.
  next?.catch(() => {});
  for (let start = 0; next; start += SLICE) {
    const rows: O[] = await Dexie.waitFor(next);
    signal?.throwIfAborted();
    // The first slice is weighed: it stands for the rest of its kind.
    step(rows.length, start === 0 ? rows : []);
    next = start + SLICE < items.length ? sealSlice(start + SLICE) : undefined;
    next?.catch(() => {});
    await put(rows);
    step(rows.length, []);
  }
  return items.length;
}

export async function writeBulk(db: PcoDatabase, codec: RecordCodec, session: Session, batch: BulkBatch, options: BulkOptions): Promise<BulkCounts> {
  const { workers = [], employers = [], events = [], audit = [] } = batch;
  const total = 2 * (workers.length + employers.length + events.length);
  let done = 0;
  // What the rows weighed so far weigh: the batch weighs about as much per row.
  let sealedRows = 0;
  let sealedBytes = 0;
  const step = (count: number, sealed: readonly unknown[]) => {
    done += count;
    sealedRows += sealed.length;
    sealedBytes += storedSize(sealed);
    options.onProgress?.(done, total);
  };
  const batchBytes = () => (sealedRows === 0 ? 0 : Math.ceil((sealedBytes / sealedRows) * (total / 2)));
  const { signal } = options;
  signal?.throwIfAborted();
  await guardQuota(batchBytes, () =>
    db.transaction('rw', [db.workers, db.employers, db.events, db.audit, db.meta], async () => {
      await sealAndPut(workers, (record): Promise<WorkerRow> => sealWorker(codec, record, options.programmePeriods), (rows) => db.workers.bulkPut(rows), step, signal);
      await sealAndPut(employers, (record): Promise<EmployerRow> => sealEmployer(codec, record), (rows) => db.employers.bulkPut(rows), step, signal);
      await sealAndPut(events, (event): Promise<EventRow> => sealEvent(codec, event), (rows) => db.events.bulkAdd(rows), step, signal);
      if (audit.length > 0) await db.audit.bulkAdd([...audit]);
      await session.persistClock();
    }),
  );
  return { workers: workers.length, employers: employers.length, events: events.length };
}
