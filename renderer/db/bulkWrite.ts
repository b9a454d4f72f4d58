// The one path for writing many records at once (a spreadsheet import, the demo programme): every
// row sealed first, a few dozen WebCrypto calls in flight (a WebCrypto await inside a Dexie
// transaction would commit it early), then ONE read-write transaction that puts them all, so the
// store ends with all of them or, if it refuses (disk full: QuotaExceededError), with none. The
// worker list follows inside the same transaction (workerList middleware). Progress counts rows
// sealed, then rows written; a signal stops the sealing before anything is written.
import { mapInFlight } from '../../shared/crypto/sealed';
import type { CigsPeriod, Worker } from '../../shared/domain/worker';
import type { Employer } from '../../shared/domain/employer';
import type { VersionedRecord } from '../../shared/sync/record';
import type { PcoDatabase } from './database';
import type { RecordCodec } from './codec';
import type { AuditRow, EmployerRow, EventRecord, EventRow, WorkerRow } from './rows';
import type { Session } from './session';
import { sealEmployer, sealEvent, sealWorker } from './recordRows';

export interface BulkBatch {
  readonly workers?: readonly VersionedRecord<Worker>[];
  readonly employers?: readonly VersionedRecord<Employer>[];
  readonly events?: readonly EventRecord[];
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

async function sealSliced<I, O>(items: readonly I[], seal: (item: I) => Promise<O>, step: (count: number) => void, signal: AbortSignal | undefined): Promise<O[]> {
  const out: O[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    signal?.throwIfAborted();
    const slice = items.slice(start, start + SLICE);
    out.push(...(await mapInFlight(slice, seal)));
    step(slice.length);
  }
  return out;
}

export async function writeBulk(db: PcoDatabase, codec: RecordCodec, session: Session, batch: BulkBatch, options: BulkOptions): Promise<BulkCounts> {
  const { workers = [], employers = [], events = [], audit = [] } = batch;
  const total = 2 * (workers.length + employers.length + events.length);
  let done = 0;
  const step = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };
  const workerRows: WorkerRow[] = await sealSliced(workers, (record) => sealWorker(codec, record, options.programmePeriods), step, options.signal);
  const employerRows: EmployerRow[] = await sealSliced(employers, (record) => sealEmployer(codec, record), step, options.signal);
  const eventRows: EventRow[] = await sealSliced(events, (event) => sealEvent(codec, event), step, options.signal);
  options.signal?.throwIfAborted();
  await db.transaction('rw', [db.workers, db.employers, db.events, db.audit, db.meta], async () => {
    for (let start = 0; start < workerRows.length; start += SLICE) {
      await db.workers.bulkPut(workerRows.slice(start, start + SLICE));
      step(Math.min(SLICE, workerRows.length - start));
    }
    if (employerRows.length > 0) await db.employers.bulkPut(employerRows);
    step(employerRows.length);
    for (let start = 0; start < eventRows.length; start += SLICE) {
      await db.events.bulkAdd(eventRows.slice(start, start + SLICE));
      step(Math.min(SLICE, eventRows.length - start));
    }
    if (audit.length > 0) await db.audit.bulkAdd([...audit]);
    await session.persistClock();
  });
  return { workers: workerRows.length, employers: employerRows.length, events: eventRows.length };
}
