// The Web Worker that makes a sync bundle off the page's thread (exportJob.ts): its own connection
// to the database, opened with the data key it is sent; the file stays the page's.
import { createRecordCodec } from '../db/codec';
import { PcoDatabase } from '../db/database';
import { exportWorkerEngine, type ExportCommand, type ExportEvent } from './exportJob';

/** The part of the worker global scope used here (the renderer is typed against the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportCommand>) => void) | null;
  postMessage(message: ExportEvent, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

const handle = exportWorkerEngine(
  (databaseName, dataKey) => ({ db: new PcoDatabase(databaseName), codec: createRecordCodec(dataKey) }),
  (event, transfer) => scope.postMessage(event, transfer ?? []),
);

scope.onmessage = (event) => handle(event.data);
