// The reports' events without reading every event row. At 30,000 workers a year holds some 780,000
// events, each sealed on its own: reading and opening them all took most of a minute and a gigabyte
// of memory. So the cut-down events (shared/reports/reportEvent.ts) are also kept in `meta` as
// sealed chunks (AES-GCM under the data key), each the events of a range of ids, small enough for
// Chromium to keep inline (under 64 KiB). Chunks cover the ids from the first on without gaps: chunk
// n holds the ids after chunk n−1's last id up to its own. A chunk is used while its range still
// holds the number of rows it was built from (an IndexedDB count, no values read); new events change
// that count. Events rewritten or removed drop the whole cache (renderer/db/eventCacheGuard.ts).
// A range that fails is read row by row and written again; so are new events, once they fill a
// chunk. It is a cache: losing it costs time, never data.
import { isSealed, type Sealed } from '../../shared/crypto/sealed';
import type { EventPayload } from '../../shared/domain/events';
import { isReportedKind, toReportEvent, type Interner, type ReportEvent, type ReportPayload } from '../../shared/reports/reportEvent';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import { EVENT_CACHE_END, EVENT_CACHE_EPOCH_KEY, EVENT_CACHE_PREFIX } from '../db/eventCacheGuard';
import { eachPage, PAGE_ROWS } from '../db/pages';
import type { EventRow, MetaRow } from '../db/rows';

interface Chunk {
  /** Exclusive: the previous chunk's `upTo`, '' for the first. */
  after: string;
  upTo: string;
  /** Event rows of every kind in the range when the chunk was built. */
  rows: number;
  sealed: Sealed;
}

/** The row's own id (cut again on reading): the reports' snapshot orders events by it. */
type Entry = [id: string, subjectId: string, occurredOn: string, hlc: string, payload: ReportPayload];

export interface CacheOptions {
  /** Events per chunk: 350 keep a sealed chunk under 64 KiB. */
  chunkEvents?: number;
  /** Event rows read at a time where the cache does not serve. */
  pageSize?: number;
}

const CHUNKS_AT_ONCE = 50;

const chunkKey = (upTo: string) => `${EVENT_CACHE_PREFIX}${upTo}`;
/**
 * The range and count are sealed with the events: a chunk cannot be moved to another range. "ids":
 * the chunks that kept every event's own id; older ones (ids of unnamed kinds cut) no longer open.
 */
const bindingOf = (chunk: Omit<Chunk, 'sealed'>) => `${chunkKey(chunk.upTo)}|${chunk.after}|${chunk.rows}|ids`;

function isChunk(value: unknown): value is Chunk {
  const chunk = value as Partial<Chunk> | null;
  return typeof chunk?.after === 'string' && typeof chunk.upTo === 'string' && typeof chunk.rows === 'number' && isSealed(chunk.sealed);
}

/**
 * Every event of a reported kind, cut down, in id order, to `onEvent` with its row's id; `onRows` counts the event
 * rows covered so far. Parts the cache did not serve are written back to it.
 */
export async function readReportEvents(db: PcoDatabase, codec: RecordCodec, intern: Interner, onEvent: (event: ReportEvent, id: string) => void, onRows: (rows: number) => void, options: CacheOptions = {}): Promise<void> {
  const chunkEvents = options.chunkEvents ?? 350;
  const pageSize = options.pageSize ?? PAGE_ROWS;
  const epoch = (await db.meta.get(EVENT_CACHE_EPOCH_KEY))?.value;
  let writable = true;
  const toWrite: MetaRow[] = [];
  const toDrop: string[] = [];

  async function flush(): Promise<void> {
    if (!writable || (toWrite.length === 0 && toDrop.length === 0)) return;
    const puts = toWrite.splice(0);
    const drops = toDrop.splice(0);
    await db.transaction('rw', db.meta, async () => {
      // Events rewritten or removed since this read began: what was read may hold them.
      if ((await db.meta.get(EVENT_CACHE_EPOCH_KEY))?.value !== epoch) {
        writable = false;
        return;
      }
      await db.meta.bulkDelete(drops);
      await db.meta.bulkPut(puts);
    });
  }

  /** Reads the rows of (after, upTo] one by one; builds chunks from them as it goes. */
  async function readRows(after: string, upTo: string | undefined): Promise<void> {
    let entries: Entry[] = [];
    let rows = 0;
    let chunkAfter = after;
    const close = async (last: string) => {
      const shape = { after: chunkAfter, upTo: last, rows };
      toWrite.push({ key: chunkKey(last), value: { ...shape, sealed: await codec.sealValue(bindingOf(shape), entries) } satisfies Chunk });
      entries = [];
      rows = 0;
      chunkAfter = last;
      if (toWrite.length >= CHUNKS_AT_ONCE) await flush();
    };
    await eachPage<EventRow>(
      db.events,
      pageSize,
      async (page) => {
        const reported = page.filter((row) => isReportedKind(row.kind));
        const payloads = await Promise.all(reported.map((row) => codec.openValue<EventPayload>(`events:${row.id}`, row.payload)));
        const cut = new Map<string, ReportEvent>();
        reported.forEach((row, i) => {
          const payload = payloads[i];
          const event = payload && toReportEvent({ id: row.id, subjectId: row.subjectId, occurredOn: row.occurredOn, hlc: row.hlc, payload }, intern);
          if (event) cut.set(row.id, event);
        });
        for (const row of page) {
          rows += 1;
          const event = cut.get(row.id);
          if (event) {
            onEvent(event, row.id);
            entries.push([row.id, event.subjectId, event.occurredOn, event.hlc, event.payload]);
          }
          if (entries.length >= chunkEvents) await close(row.id);
        }
        onRows(page.length);
      },
      upTo === undefined ? { after } : { after, upTo },
    );
    // A range re-read is written whole, to keep the chunks contiguous; the newest events only once they fill a chunk.
    if (upTo !== undefined && (rows > 0 || chunkAfter !== upTo)) await close(upTo);
  }

  /**
   * The next chunks after `afterKey`, their ranges counted and those that still hold being
   * decrypted, all at once: one after the other, each round trip to the database or to the crypto
   * thread left the worker idle.
   */
  async function fetchBatch(afterKey: string) {
    const batch = await db.meta.where('key').between(afterKey, EVENT_CACHE_END, false, false).limit(CHUNKS_AT_ONCE).toArray();
    const counts = await Promise.all(batch.map((row) => (isChunk(row.value) ? db.events.where(':id').between(row.value.after, row.value.upTo, false, true).count() : -1)));
    const opening = batch.map((row, i) => (isChunk(row.value) && counts[i] === row.value.rows ? codec.openValue<Entry[]>(bindingOf(row.value), row.value.sealed).catch(() => undefined) : undefined));
    return { batch, opening };
  }

  let covered = '';
  let chainBroken = false;
  let next = fetchBatch(EVENT_CACHE_PREFIX);
  for (;;) {
    const { batch, opening } = await next;
    const lastRow = batch[batch.length - 1];
    if (!lastRow) break;
    // Read ahead while this batch is taken in: what it may rewrite lies at or before its last key.
    next = fetchBatch(lastRow.key);
    next.catch(() => undefined); // awaited on the next turn; if this one throws first, it is not left unhandled
    if (chainBroken) {
      toDrop.push(...batch.map((row) => row.key));
      continue;
    }
    for (const [i, row] of batch.entries()) {
      const chunk = row.value;
      if (!isChunk(chunk) || chunk.after !== covered || row.key !== chunkKey(chunk.upTo)) {
        // Not where a chunk should be: it and every later one are dropped, their ids read row by row.
        chainBroken = true;
        toDrop.push(...batch.slice(i).map((r) => r.key));
        break;
      }
      const entries = await opening[i];
      if (entries) {
        for (const [id, subjectId, occurredOn, hlc, payload] of entries) {
          const event = toReportEvent({ id, subjectId, occurredOn, hlc, payload }, intern);
          if (event) onEvent(event, id);
        }
        onRows(chunk.rows);
      } else await readRows(chunk.after, chunk.upTo);
      covered = chunk.upTo;
    }
  }
  await readRows(covered, undefined);
  await flush();
}
