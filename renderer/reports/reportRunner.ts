// Runs report jobs in the Web Worker; a newer request supersedes an older one (the caller ignores
// the older answer). Falls back to the synchronous path when workers are missing, or when the
// worker cannot start (its script failed to load): the report is then slower, never missing.
import { runReportJob, type ReportJob, type ReportRequest, type ReportResponse, type ReportResult } from './reportJob';

export interface ReportRunner {
  run(job: ReportJob, onProgress: (done: number) => void): Promise<ReportResult>;
  dispose(): void;
}

export function createReportRunner(): ReportRunner {
  let worker: Worker | undefined;
  let next = 0;
  let broken = false;
  const pending = new Map<number, { request: ReportRequest; resolve: (r: ReportResult) => void; reject: (e: Error) => void; onProgress: (done: number) => void }>();

  function runHere(request: ReportRequest, onProgress: (done: number) => void): Promise<ReportResult> {
    try {
      return Promise.resolve(runReportJob(request, onProgress));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function start(): Worker | undefined {
    if (worker || broken || typeof Worker === 'undefined') return worker;
    worker = new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module' });
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn('Report worker unavailable, computing on the main thread:', event.message);
      broken = true;
      worker?.terminate();
      worker = undefined;
      const waiting = [...pending.values()];
      pending.clear();
      for (const job of waiting) runHere(job.request, job.onProgress).then(job.resolve, job.reject);
    };
    worker.onmessage = (event: MessageEvent<ReportResponse>) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'progress') job.onProgress(message.done);
      else {
        pending.delete(message.id);
        if (message.type === 'done') job.resolve(message.result);
        else job.reject(new Error(message.message));
      }
    };
    return worker;
  }

  return {
    run(job, onProgress) {
      const id = (next += 1);
      const request: ReportRequest = { ...job, id };
      const target = start();
      if (!target) return runHere(request, onProgress);
      return new Promise((resolve, reject) => {
        pending.set(id, { request, resolve, reject, onProgress });
        target.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const job of pending.values()) job.reject(new Error('cancelled'));
      pending.clear();
    },
  };
}
