// Worker files merged into another (shared/sync/merges.ts): their tombstones keep a pointer to the
// survivor, in clear (it names no one). Rows and events that still name an absorbed id are the
// survivor's: a screen opening the old id is sent to the survivor, and every read of a worker's
// rows or events takes the ids merged into it too.
import { aliasesOf, redirectsOf, resolveWorker } from '../../shared/sync/merges';
import type { PcoDatabase } from './database';

/** Absorbed id → survivor, from the tombstones only (an index read: live files are not touched). */
export async function readRedirects(db: PcoDatabase): Promise<Map<string, string>> {
  const tombstones = await db.workers.where('deletedAt').above('').toArray();
  return redirectsOf(tombstones.map(({ id, deletedAt, data }) => ({ id, deletedAt, data })));
}

/** The file `id` lives in now: itself, or the survivor it was merged into. */
export async function survivorId(db: PcoDatabase, id: string): Promise<string> {
  return resolveWorker(id, await readRedirects(db));
}

/** `workerId` and every file merged into it: the ids its rows and events may name. */
export async function workerIds(db: PcoDatabase, workerId: string): Promise<string[]> {
  return aliasesOf(workerId, await readRedirects(db));
}
