import type { WorkerRecord } from '../db/rows';

/** A worker's course enrolments and business ventures, shown in the worker file. */
export function WorkerTrainingAndVentures(_props: { worker: WorkerRecord }) {
  return null;
}
