// The names the lists behind the figures show, from a report's input: workers by surname and name,
// employers by legal name, and who follows each worker. Counselors' names come from elsewhere (the
// app decrypts them, the CLI reads them from its store).
import type { ReportData, ReportInput } from './types';

export function reportNames(input: Pick<ReportInput, 'workers' | 'employers'>, counselorNames: ReadonlyMap<string, string>): ReportData {
  return {
    workerNames: new Map(input.workers.map((w) => [w.id, `${w.data.surname} ${w.data.name}`])),
    counselorOf: new Map(input.workers.map((w) => [w.id, w.data.counselorId])),
    counselorNames,
    employerNames: new Map(input.employers.map((e) => [e.id, e.data.legalName])),
  };
}
