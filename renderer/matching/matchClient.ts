// Runs matching off the main thread: one module Web Worker, results merged as chunks arrive so
// the list grows while the rest is computed. Without Worker support it runs synchronously.
import { mergeResults } from '../../shared/matching/engine';
import type { MatchResult } from '../../shared/matching/types';
import { runJobSync, type MatchJob } from './matchJob';
import type { JobProgress, JobRequest } from './matchWorker';

export interface MatchProgress {
  result: MatchResult;
  done: number;
  total: number;
}

export interface RunningMatch {
  cancel(): void;
}

let nextId = 1;

/** Starts a job; `onProgress` gets the merged result so far after every chunk. */
export function startMatch(job: MatchJob, onProgress: (progress: MatchProgress) => void): RunningMatch {
  if (typeof Worker === 'undefined') {
    const result = runJobSync(job);
    const total = job.kind === 'offer' ? job.workers.length : job.offers.length;
    onProgress({ result, done: total, total });
    return { cancel: () => {} };
  }
  const worker = new Worker(new URL('./matchWorker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  let merged: MatchResult = { ranked: [], excluded: [] };
  worker.onmessage = (event: MessageEvent<JobProgress>) => {
    if (event.data.id !== id) return;
    merged = mergeResults([merged, event.data.partial]);
    onProgress({ result: merged, done: event.data.done, total: event.data.total });
    if (event.data.done >= event.data.total) worker.terminate();
  };
  const request: JobRequest = { id, job };
  worker.postMessage(request);
  // Cancelling (leaving the screen, new inputs) stops the computation at once.
  return { cancel: () => worker.terminate() };
}
