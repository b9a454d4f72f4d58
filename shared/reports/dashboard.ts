// The coordinator's (or counselor's) dashboard as of a day: enrolled workers by track and status,
// placements month by month, placement rate and days to hire so far, this month's activity, the
// candidacy funnel and the wage guarantees ending soon. Internal: it names nobody itself, but its
// CIGS list carries worker ids for the panel to name.
import { CANDIDACY_STAGES } from '../domain/casework';
import { TRACKS, WORKER_STATUSES, type Track, type WorkerStatus } from '../domain/vocabulary';
import { activityTables } from './activity';
import { cigsAlerts, type CigsAlert } from './cigs';
import { buildContext, statusOn, type ReportContext } from './context';
import { kilometreDistanceBands } from './distance';
import { enrolledMembers } from './enrolled';
import { countedBy } from './reportWorker';
import { placementTables } from './placements';
import { monthPeriod, monthsBetween } from './period';
import type { Period, ReportInput, ReportTable } from './types';

export interface Dashboard {
  asOf: string;
  month: Period;
  enrolled: number;
  byTrackAndStatus: { track: Track; counts: Record<WorkerStatus, number> }[];
  placementsByMonth: { month: string; placements: number; placedToDate: number }[];
  /** Cumulative tables to the day: placement outcome and days to hire. */
  outcome: ReportTable;
  daysToHire: ReportTable;
  /** Activity measures of the month holding `asOf`, up to that day. */
  activity: ReportTable;
  funnel: { stage: (typeof CANDIDACY_STAGES)[number]; candidacies: number }[];
  cigs: CigsAlert[];
}

function funnel(context: ReportContext, asOf: string): Dashboard['funnel'] {
  const furthest = new Map<string, number>();
  for (const candidacy of context.candidacies.values()) if (candidacy.data.proposedOn <= asOf) furthest.set(candidacy.id, 0);
  for (const move of context.stageMoves) {
    const index = (CANDIDACY_STAGES as readonly string[]).indexOf(move.payload.to);
    const current = furthest.get(move.subjectId);
    if (current !== undefined && index > current && move.occurredOn <= asOf) furthest.set(move.subjectId, index);
  }
  return CANDIDACY_STAGES.map((stage, index) => ({ stage, candidacies: [...furthest.values()].filter((reached) => reached >= index).length }));
}

export function computeDashboard(input: ReportInput, asOf: string, onProgress: (done: number) => void = () => {}): Dashboard {
  const context = buildContext(input);
  onProgress(0.25);
  const firstDay = input.workers.reduce((min, worker) => (worker.participantSince && worker.participantSince < min ? worker.participantSince : min), asOf);
  const toDate: Period = { start: firstDay, end: asOf };
  const members = enrolledMembers(context, toDate);
  const byTrackAndStatus = TRACKS.map((track) => {
    const counts = Object.fromEntries(WORKER_STATUSES.map((status) => [status, 0])) as Record<WorkerStatus, number>;
    for (const member of members) if (member.primaryTrack === track) counts[member.status] += 1;
    return { track, counts };
  });
  const placementTablesToDate = placementTables(context, toDate, members, kilometreDistanceBands);
  const outcome = placementTablesToDate.find((table) => table.id === 'placementOutcome');
  const daysToHire = placementTablesToDate.find((table) => table.id === 'daysToHire');
  onProgress(0.6);

  const perMonth = new Map<string, number>();
  const firstHire = new Map<string, string>();
  for (const placement of context.placements) {
    if (placement.on > asOf) continue;
    perMonth.set(placement.on.slice(0, 7), (perMonth.get(placement.on.slice(0, 7)) ?? 0) + 1);
    if (!firstHire.has(placement.workerId)) firstHire.set(placement.workerId, placement.on.slice(0, 7));
  }
  const firstHires = [...firstHire.values()];
  const placementsByMonth = monthsBetween(firstDay, asOf).map((month) => ({ month, placements: perMonth.get(month) ?? 0, placedToDate: firstHires.filter((m) => m <= month).length }));

  const month = { start: monthPeriod(asOf).start, end: asOf };
  const activity = activityTables(context, month).find((table) => table.id === 'activity');
  const workers = input.workers.filter((worker) => countedBy(worker, asOf)).map((worker) => ({ id: worker.id, counselorId: worker.data.counselorId, status: worker.data.status, cigsEnd: worker.cigsEnd, worker }));
  const cigs = cigsAlerts(workers, asOf, (candidate) => statusOn(context, candidate.worker, asOf));
  onProgress(1);
  if (!outcome || !daysToHire || !activity) throw new Error('Report tables missing');
  return { asOf, month, enrolled: members.length, byTrackAndStatus, placementsByMonth, outcome, daysToHire, activity, funnel: funnel(context, asOf), cigs };
}
