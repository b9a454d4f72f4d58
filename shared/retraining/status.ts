// How retraining and self-employment move a worker's status. Each function answers the new
// status, or undefined when the worker's status must stay as it is.
import type { WorkerStatus } from '../domain/vocabulary';

/**
 * A course under way puts an active worker in training. Other statuses stay: a worker who is
 * placed or self-employed and takes a course is still placed or self-employed.
 */
export function statusWhenAttending(current: WorkerStatus): WorkerStatus | undefined {
  return current === 'active' ? 'in_training' : undefined;
}

/**
 * The end of a course brings a worker in training back to active, unless another course is still
 * under way or the status changed meanwhile (hired, retired…), which the end must not undo.
 */
export function statusWhenCourseEnds(current: WorkerStatus, stillAttendingAnother: boolean): WorkerStatus | undefined {
  return current === 'in_training' && !stillAttendingAnother ? 'active' : undefined;
}

/** Launching the business makes the worker self-employed, whatever they were before. */
export function statusWhenLaunched(current: WorkerStatus): WorkerStatus | undefined {
  return current === 'self_employed' ? undefined : 'self_employed';
}

/** A status move made as a consequence of a retraining or venture action, for the screen to report. */
export interface StatusChange {
  from: WorkerStatus;
  to: WorkerStatus;
}
