// Reading a large table a page at a time, in primary-key order, optionally within (after, upTo]:
// at 30,000 workers a whole table read at once holds every row in memory at the same moment.
import type { Table } from 'dexie';

/** Rows read at a time: large enough for few round trips, small enough that a page's garbage stays small. */
export const PAGE_ROWS = 4000;

export interface PageRange {
  /** Exclusive lower bound of the ids. */
  after?: string;
  /** Inclusive upper bound of the ids. */
  upTo?: string;
}

/** The next page is read while the current one is visited: IndexedDB and the visitor work at the same time. */
export async function eachPage<R extends { id: string }>(table: Table<R, string>, size: number, visit: (rows: R[]) => Promise<void>, range: PageRange = {}): Promise<void> {
  const read = (after: string | undefined): Promise<R[]> => {
    const ids = table.where(':id');
    const from = after ?? '';
    const chosen = range.upTo === undefined ? (after === undefined ? table.orderBy(':id') : ids.above(after)) : ids.between(from, range.upTo, false, true);
    return chosen.limit(size).toArray();
  };
  let next = read(range.after);
  for (;;) {
    const rows = await next;
    const last = rows[rows.length - 1];
    if (!last) return;
    next = rows.length < size ? Promise.resolve([]) : read(last.id);
    next.catch(() => {}); // handled where it is awaited; the mark spares a warning if `visit` throws first
    await visit(rows);
  }
}
