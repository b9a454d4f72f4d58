// The part of a worker file the reports read. The report worker keeps its input while its screen
// is open; whole files (addresses, skills, languages, CIGS periods, notes) took ≈ 40 MB of it at
// 30,000 workers, and contact details have no business in a table of counts anyway.
import type { Worker } from '../domain/worker';
import type { Interner } from './reportEvent';

export type ReportWorkerData = Pick<Worker, 'surname' | 'name' | 'counselorId' | 'status' | 'enrolmentDate' | 'birthDate' | 'sex' | 'primaryTrack' | 'secondaryTracks' | 'formerRole' | 'educationLevel'>;

/** A live worker file. `cigsEnd` is the last day of the effective CIGS periods ('' when none apply). */
export interface ReportWorker {
  id: string;
  data: ReportWorkerData;
  cigsEnd: string;
}

/** The report's copy of a worker file: the fields above, codes and days shared through `intern`. */
export function toReportWorker(id: string, worker: ReportWorkerData, cigsEnd: string, intern: Interner): ReportWorker {
  const data: ReportWorkerData = {
    surname: worker.surname,
    name: worker.name,
    counselorId: intern(worker.counselorId),
    status: intern(worker.status),
    enrolmentDate: intern(worker.enrolmentDate),
    birthDate: intern(worker.birthDate),
    sex: intern(worker.sex),
    primaryTrack: intern(worker.primaryTrack),
    secondaryTracks: worker.secondaryTracks.map(intern),
    formerRole: intern(worker.formerRole.trim()),
    educationLevel: intern(worker.educationLevel),
  };
  return { id, data, cigsEnd: intern(cigsEnd) };
}
