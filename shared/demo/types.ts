// Shape of a generated demo programme: what the demo file holds and the app imports.
import type { Employer } from '../domain/employer';
import type { DemoVariant } from './calendar';
import type { Counselor, Programme } from '../domain/programme';
import type { ExitReason, WorkerStatus } from '../domain/vocabulary';
import type { EnrolledWorker, Worker } from '../domain/worker';

export interface DemoStatusChange {
  occurredOn: string;
  from: WorkerStatus | null;
  to: WorkerStatus;
  exitReason?: ExitReason;
}

export interface DemoWorker {
  id: string;
  /** Day the worker's file was created: the enrolment date. */
  createdOn: string;
  worker: EnrolledWorker;
  /** Starts with `{ from: null, to: 'active' }` on the enrolment date; ends with the current status. */
  statusHistory: DemoStatusChange[];
  consent: { occurredOn: string; given: boolean };
}

/**
 * A file of the HR list whose person is not a participant: not joined (no enrolment date, nothing
 * agreed at enrolment, no history), or joined in the last weeks and awaiting the privacy consent
 * (history from the enrolment). No activity is recorded about them.
 */
export interface DemoFile {
  id: string;
  /** Day the file was created: the day the HR list came in. */
  createdOn: string;
  worker: Worker;
  statusHistory: DemoStatusChange[];
}

export interface DemoEmployer {
  id: string;
  employer: Employer;
}

export type DemoCounselor = { id: string } & Counselor;

export interface DemoProgramme {
  formatVersion: 1;
  seed: number;
  /** Today's programme, or the historical one of 2019. */
  variant: DemoVariant;
  /** The day the programme is shown on (`YYYY-MM-DD`): the calendar is built from it (calendar.ts). */
  anchor: string;
  programme: Programme;
  /** The coordinator first, then the counselors who hold caseloads. */
  counselors: DemoCounselor[];
  /** The participants: joined, with the privacy consent. */
  workers: DemoWorker[];
  /** The rest of the HR list (none in the historical demo): `workers` of the options counts both. */
  nonParticipants: DemoFile[];
  employers: DemoEmployer[];
}

export interface DemoOptions {
  /** Number of workers on the HR list (participants and the others); a positive integer. Default 300. */
  workers?: number;
  /** Any safe integer. Default 2019. */
  seed?: number;
  /** Default `today`; `historical` is the programme as it stood on 2019-12-31. */
  variant?: DemoVariant;
  /** The day the programme of today is shown on (`YYYY-MM-DD`); default today in Europe/Rome. Not for the historical variant. */
  anchor?: string;
}
