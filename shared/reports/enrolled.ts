// Enrolled workers at the end of the period: every participant by then (joined the PCO with a
// privacy consent: shared/domain/participation.ts; someone of the HR list who has not joined, or
// is awaiting consent, is not counted), whatever they did afterwards (a withdrawn worker stays
// counted, under "withdrawn"), including the anonymous rows of erased files. Status is the one held at the end of the period; the age band is the age
// at enrolment, the only one an erased file still gives.
import { ageOn } from '../time/dates';
import { AGE_BANDS, ageBand, type StatisticalRecord } from '../gdpr/statisticalRecord';
import { EDUCATION_LEVELS, SEXES, TRACKS, WORKER_STATUSES, type EducationLevel, type Sex, type Track, type WorkerStatus } from '../domain/vocabulary';
import { statusOn, type ReportContext } from './context';
import { countTable, WORKERS } from './table';
import { countedBy } from './reportWorker';
import { roleLabels } from '../domain/roleCatalogue';
import type { DrillItem, Period, ReportTable } from './types';

export interface EnrolledMember {
  item: DrillItem;
  status: WorkerStatus;
  primaryTrack: Track;
  secondaryTracks: readonly Track[];
  ageBand: string;
  sex: Sex;
  role: string;
  education: EducationLevel;
  newInPeriod: boolean;
}

function statisticalStatus(record: StatisticalRecord, month: string): WorkerStatus {
  let status: WorkerStatus | undefined;
  for (const move of record.statusHistory) if (move.month <= month) status = move.to;
  const first = record.statusHistory[0];
  return status ?? first?.from ?? first?.to ?? record.finalStatus;
}

/** Everyone enrolled by the end of `period`, with what the tables break them down by. */
export function enrolledMembers(context: ReportContext, period: Period): EnrolledMember[] {
  const members: EnrolledMember[] = [];
  for (const worker of context.input.workers) {
    if (!countedBy(worker, period.end)) continue;
    const data = worker.data;
    const age = ageOn(data.birthDate, data.enrolmentDate);
    members.push({
      item: { workerId: worker.id, date: worker.participantSince },
      status: statusOn(context, worker, period.end),
      primaryTrack: data.primaryTrack,
      secondaryTracks: data.secondaryTracks,
      ageBand: Number.isFinite(age) ? ageBand(age) : 'unknown',
      sex: data.sex,
      role: data.formerRole.trim(),
      education: data.educationLevel,
      newInPeriod: worker.participantSince >= period.start,
    });
  }
  const endMonth = period.end.slice(0, 7);
  const startMonth = period.start.slice(0, 7);
  for (const record of context.input.statistics) {
    if (record.enrolmentMonth > endMonth) continue;
    members.push({
      item: { refId: record.id, code: 'statistical' },
      status: statisticalStatus(record, endMonth),
      primaryTrack: record.primaryTrack,
      secondaryTracks: record.secondaryTracks,
      ageBand: record.ageBandAtEnrolment,
      sex: record.sex,
      role: record.formerRole.trim(),
      education: record.educationLevel,
      newInPeriod: record.enrolmentMonth >= startMonth,
    });
  }
  // "Magazziniere" and "Magazziniera" are one role: one row, labelled "Magazziniere/a".
  const roles = roleLabels(members.map((member) => member.role));
  for (const member of members) member.role = roles.get(member.role) ?? member.role;
  return members;
}

export function enrolledTables(members: readonly EnrolledMember[]): ReportTable[] {
  const by = (pick: (member: EnrolledMember) => string) => ({ column: WORKERS, onePerPerson: true, entries: members.map((m) => [pick(m), m.item] as const) });
  return [
    // The columns bound each other (new ≤ by primary track ≤ any track): suppression knows it.
    countTable('enrolledByTrack', 'track', TRACKS, [
      { ...by((m) => m.primaryTrack), column: { ...WORKERS, within: 'anyTrack' } },
      // A worker counts once under each track they follow, so this column does not add up.
      { column: { id: 'anyTrack', unit: 'count', additive: false }, entries: members.flatMap((m) => [m.primaryTrack, ...m.secondaryTracks].map((track) => [track, m.item] as const)) },
      { column: { id: 'newInPeriod', unit: 'count', additive: true, within: 'workers' }, onePerPerson: true, entries: members.filter((m) => m.newInPeriod).map((m) => [m.primaryTrack, m.item] as const) },
    ]),
    countTable('enrolledByStatus', 'status', WORKER_STATUSES, [by((m) => m.status)]),
    countTable('enrolledByAge', 'ageBand', AGE_BANDS, [by((m) => m.ageBand)]),
    countTable('enrolledBySex', 'sex', SEXES, [by((m) => m.sex)]),
    countTable('enrolledByRole', 'role', [], [by((m) => m.role)]),
    countTable('enrolledByEducation', 'education', EDUCATION_LEVELS, [by((m) => m.education)]),
  ];
}
