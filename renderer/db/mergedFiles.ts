// Worker files merged into another (shared/sync/merges.ts): their tombstones keep a pointer to the
// survivor, in clear (it names no one). Rows and events that still name an absorbed id are the
// survivor's: a screen opening the old id is sent to the survivor, and every read of a worker's
// rows or events takes the ids merged into it too.
//
// These return Dexie's own promises (a `then` on a Dexie query, no `async`): a live query keeps
// observing the reads that follow only while every promise it awaits is Dexie's, and a screen
// reading a worker's interviews or CVs through them must still see a new one appear.
import { aliasesOf, redirectsOf, resolveWorker } from '../../shared/sync/merges';
import type { PcoDatabase } from './database';

/** Absorbed id → survivor, from the tombstones only (an index read: live files are not touched). */
export function readRedirects(db: PcoDatabase): Promise<Map<string, string>> {
  return db.workers
    .where('deletedAt')
    .above('')
    .toArray()
    .then((tombstones) => redirectsOf(tombstones.map(({ id, deletedAt, data }) => ({ id, deletedAt, data }))));
}

/** The file `id` lives in now: itself, or the survivor it was merged into. */
export function survivorId(db: PcoDatabase, id: string): Promise<string> {
  return readRedirects(db).then((redirects) => resolveWorker(id, redirects));
}

/** `workerId` and every file merged into it: the ids its rows and events may name. */
export function workerIds(db: PcoDatabase, workerId: string): Promise<string[]> {
  return readRedirects(db).then((redirects) => aliasesOf(workerId, redirects));
}
