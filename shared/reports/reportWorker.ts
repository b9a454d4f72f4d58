// The part of a worker file the reports read. The report worker keeps its input while its screen
// is open; whole files (addresses, skills, languages, CIGS periods, notes) took ≈ 40 MB of it at
// 30,000 workers, and contact details have no business in a table of counts anyway.
import type { EnrolledWorker, Worker } from '../domain/worker';
import { participantSince } from '../domain/participation';
import type { Interner } from './reportEvent';

export type ReportWorkerData = Pick<Worker, 'surname' | 'name' | 'counselorId' | 'status' | 'enrolmentDate' | 'birthDate' | 'sex' | 'primaryTrack' | 'secondaryTracks' | 'formerRole' | 'educationLevel'>;

/**
 * A live worker file. `cigsEnd` is the last day of the effective CIGS periods ('' when none apply);
 * `participantSince` the day the reports count the worker as enrolled from (the later of enrolment
 * and privacy consent, '' for someone of the HR list who has not joined or is awaiting consent:
 * such a file is in the input for the activity about it, never in the enrolled counts).
 */
export interface ReportWorker {
  id: string;
  data: ReportWorkerData;
  cigsEnd: string;
  participantSince: string;
}

/** A worker the reports count as enrolled: what is agreed at enrolment is on the file. */
export type CountedReportWorker = ReportWorker & { data: Pick<EnrolledWorker, 'enrolmentDate' | 'primaryTrack' | 'educationLevel'> };

/** Counted as enrolled by the end of `day`. The one test of every enrolled figure. */
export function countedBy(worker: ReportWorker, day: string): worker is CountedReportWorker {
  const { data } = worker;
  return worker.participantSince !== '' && worker.participantSince <= day && Boolean(data.enrolmentDate && data.primaryTrack && data.educationLevel);
}

/** The report's copy of a worker file: the fields above, codes and days shared through `intern`. */
export function toReportWorker(id: string, worker: ReportWorkerData & Pick<Worker, 'privacyConsentDate' | 'consentWithdrawnOn'>, cigsEnd: string, intern: Interner): ReportWorker {
  const optional = <T extends string>(value: T | undefined) => (value === undefined ? undefined : intern(value));
  const data: ReportWorkerData = {
    surname: worker.surname,
    name: worker.name,
    counselorId: intern(worker.counselorId),
    status: intern(worker.status),
    enrolmentDate: optional(worker.enrolmentDate),
    birthDate: intern(worker.birthDate),
    sex: intern(worker.sex),
    primaryTrack: optional(worker.primaryTrack),
    secondaryTracks: worker.secondaryTracks.map(intern),
    formerRole: intern(worker.formerRole.trim()),
    educationLevel: optional(worker.educationLevel),
  };
  return { id, data, cigsEnd: intern(cigsEnd), participantSince: intern(participantSince(worker) ?? '') };
}
