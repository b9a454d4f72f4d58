// The report's input from the coordinator store, as the app's report reader builds it for the
// coordinator (renderer/reports/reportSource.ts): live files, erased files (tombstones with no
// data) whose events still count, the events of the kinds reports read about workers, their
// candidacies and enrolments, the live catalogues, and the anonymous statistical rows.
// Record data was checked against each entity's schema when its bundle was decoded.
import { redirectsOf } from '../../shared/sync/merges';
import type { Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';
import type { Employer } from '../../shared/domain/employer';
import type { Offer } from '../../shared/domain/offer';
import { cigsEndDate, effectiveCigsPeriods, type Programme } from '../../shared/domain/programme';
import type { Worker } from '../../shared/domain/worker';
import { createInterner, toReportEvent } from '../../shared/reports/reportEvent';
import { ReportEventColumnsBuilder } from '../../shared/reports/eventColumns';
import { toReportWorker } from '../../shared/reports/reportWorker';
import type { ReportInput } from '../../shared/reports/types';
import type { AnyRecord, MemoryState, SyncTable } from '../../shared/sync';
import { CliError } from '../io';

const live = (state: MemoryState, table: SyncTable): AnyRecord[] => (state.records[table] ?? []).filter((r) => r.deletedAt === null);

function keyed<T>(rows: readonly AnyRecord[]): { id: string; data: T }[] {
  return rows.map((r) => ({ id: r.id, data: r.data as T }));
}

export function reportInputFromStore(state: MemoryState): ReportInput {
  const programmeRecord = live(state, 'programme')[0];
  if (!programmeRecord) {
    throw new CliError("l'archivio non contiene il programma: unire prima un pacchetto del coordinatore", 'the store holds no programme record: merge a bundle from the coordinator first');
  }
  const programme = programmeRecord.data as unknown as Programme;
  const intern = createInterner();
  const workers = live(state, 'workers').map((r) => {
    const data = r.data as unknown as Worker;
    return toReportWorker(r.id, data, cigsEndDate(effectiveCigsPeriods(data.cigsPeriods, programme.cigsPeriods)) ?? '', intern);
  });
  const erasedWorkerIds = (state.records.workers ?? []).filter((r) => r.deletedAt !== null && Object.keys(r.data).length === 0).map((r) => r.id);
  const mergedWorkers = redirectsOf(state.records.workers ?? []);
  const inScope = new Set([...workers.map((w) => w.id), ...erasedWorkerIds, ...mergedWorkers.keys()]);
  const owned = (table: SyncTable) => live(state, table).filter((r) => inScope.has(String(r.data['workerId'])));
  const candidacies = owned('candidacies');
  const enrolments = owned('enrolments');
  const subjects = new Set([...inScope, ...candidacies.map((c) => c.id), ...enrolments.map((e) => e.id)]);
  const events = new ReportEventColumnsBuilder();
  for (const e of state.events) {
    const cut = subjects.has(e.subjectId) ? toReportEvent(e, intern) : undefined;
    if (cut) events.add(cut);
  }
  return {
    programme,
    workers,
    erasedWorkerIds,
    mergedWorkers,
    events: events.build(),
    offers: keyed<Offer>(live(state, 'offers')),
    employers: keyed<Employer>(live(state, 'employers')),
    candidacies: keyed<Candidacy>(candidacies),
    meetings: keyed<Meeting>(live(state, 'meetings')),
    courses: keyed<Course>(live(state, 'courses')),
    enrolments: keyed<Enrolment>(enrolments),
    ventures: keyed<Venture>(owned('ventures')),
    statistics: [...state.statistics],
  };
}
