// The Web Worker that matches: it receives a job, answers with partial results chunk by chunk so
// the screen fills progressively, and never touches the database or the keys.
import type { MatchResult } from '../../shared/matching/types';
import { runJob, type MatchJob } from './matchJob';

export interface JobRequest {
  id: number;
  job: MatchJob;
}

export interface JobProgress {
  id: number;
  partial: MatchResult;
  done: number;
  total: number;
}

// Typed narrowly here: the renderer's TypeScript lib is the DOM's, not the worker's.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<JobRequest>) => void) | null; postMessage(message: JobProgress): void };

scope.onmessage = (event) => {
  const { id, job } = event.data;
  runJob(job, (partial, done, total) => scope.postMessage({ id, partial, done, total }));
};
