// The Web Worker that computes reports off the UI thread (30,000 workers take a few seconds):
// it receives a request, posts progress, then the result.
import { runReportJob, type ReportRequest, type ReportResponse } from './reportJob';

/** The part of the worker global scope used here (the renderer is typed against the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportRequest>) => void) | null;
  postMessage(message: ReportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const result = runReportJob(request, (done) => scope.postMessage({ id: request.id, type: 'progress', done }));
    scope.postMessage({ id: request.id, type: 'done', result });
  } catch (error) {
    scope.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
