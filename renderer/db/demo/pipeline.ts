// How the demo's activity is written: sealed a chunk at a time, each chunk in a transaction of its
// own, the next chunk sealed (WebCrypto, off the main thread) while the last one is written
// (IndexedDB, in the browser's process), so neither waits for the other. Seals never run inside a
// transaction: a WebCrypto await there would let IndexedDB commit it early.
import type { Table } from 'dexie';
import { mapInFlight } from '../../../shared/crypto/sealed';
import type { PcoDatabase } from '../database';
import type { Session } from '../session';

/** Rows a transaction writes: few transactions (each commit costs), none holding much memory. */
const CHUNK = 2000;

export async function sealAndWrite<T, R>(db: PcoDatabase, session: Session, items: readonly T[], seal: (item: T) => Promise<R>, write: (rows: R[]) => Promise<unknown>, tables: Table[], chunk = CHUNK): Promise<void> {
  const sealChunk = (start: number) => mapInFlight(items.slice(start, start + chunk), seal);
  let next = items.length > 0 ? sealChunk(0) : undefined;
  for (let start = 0; next; start += chunk) {
    const rows = await next;
    next = start + chunk < items.length ? sealChunk(start + chunk) : undefined;
    // A failure of the next chunk while this one is written is reported by the await above, next time round.
    next?.catch(() => {});
    await db.transaction('rw', tables, async () => {
      await write(rows);
      await session.persistClock();
    });
  }
}
