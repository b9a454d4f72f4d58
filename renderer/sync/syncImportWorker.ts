// The Web Worker that verifies, previews and applies a sync bundle off the page's thread
// (importJob.ts): its own connection to the database, opened with the data key it is sent, and its
// own session over the same stored clock; the file stays the page's.
import { createRecordCodec } from '../db/codec';
import { PcoDatabase } from '../db/database';
import { openSession } from '../db/session';
import { importWorkerEngine, type ImportCommand, type ImportEvent } from './importJob';

/** The part of the worker global scope used here (the renderer is typed against the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportCommand>) => void) | null;
  postMessage(message: ImportEvent): void;
}

const scope = self as unknown as WorkerScope;

const handle = importWorkerEngine(
  async (start) => {
    const db = new PcoDatabase(start.databaseName);
    return { db, codec: createRecordCodec(start.dataKey), session: await openSession(db, start.user) };
  },
  (event) => scope.postMessage(event),
);

scope.onmessage = (event) => handle(event.data);
