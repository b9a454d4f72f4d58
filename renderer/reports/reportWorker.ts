// The Web Worker that reads and computes reports off the UI thread (30,000 workers take seconds):
// it opens its own connection to the database with the data key it is sent, receives requests,
// posts progress, then each answer.
import { createRecordCodec } from '../db/codec';
import { PcoDatabase } from '../db/database';
import { createReportEngine, type ReportRequest, type ReportResponse } from './reportJob';

/** The part of the worker global scope used here (the renderer is typed against the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportRequest>) => void) | null;
  postMessage(message: ReportResponse): void;
}

const scope = self as unknown as WorkerScope;

const engine = createReportEngine((source) => {
  const db = new PcoDatabase(source.databaseName);
  return { db, codec: createRecordCodec(source.dataKey), release: () => db.close() };
});

scope.onmessage = (event) => {
  const request = event.data;
  engine.handle(request, (done) => scope.postMessage({ id: request.id, type: 'progress', done })).then(
    (result) => scope.postMessage({ id: request.id, type: 'done', result }),
    (error: unknown) => scope.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
