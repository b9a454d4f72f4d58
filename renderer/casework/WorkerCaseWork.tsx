import type { WorkerRecord } from '../db/rows';

/** Interviews, action plan and timeline of a worker, shown in the worker file. */
export function WorkerCaseWork(_props: { worker: WorkerRecord }) {
  return null;
}
