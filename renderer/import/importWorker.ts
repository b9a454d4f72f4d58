// The Web Worker that reads spreadsheets off the UI thread (a 30,000-row workbook takes seconds):
// it keeps the sheets it read and answers the page's requests with progress, then each answer.
import { createImportEngine, type ImportRequest, type ImportResponse } from './importJob';

/** The part of the worker global scope used here (the renderer is typed against the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;
const engine = createImportEngine();

scope.onmessage = (event) => {
  const request = event.data;
  engine.handle(request, (done) => scope.postMessage({ id: request.id, type: 'progress', done })).then(
    (reply) => scope.postMessage({ id: request.id, type: 'done', reply }),
    (error: unknown) => {
      const failure = error instanceof Error ? { name: error.name, message: error.message, format: 'format' in error && typeof error.format === 'string' ? error.format : undefined } : { name: 'Error', message: String(error) };
      scope.postMessage({ id: request.id, type: 'failed', error: failure });
    },
  );
};
