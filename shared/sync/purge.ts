// Data minimisation on a counselor laptop: a worker no longer in the caseload the coordinator
// sent leaves the laptop (rows deleted, not tombstoned), but only once the coordinator holds
// everything this laptop wrote about them; otherwise it stays until the next export.
import { isNewFor, recordCoveredBy } from './vector';
import { WORKER_OWNED_TABLES, type CaseloadLine, type SyncData, type SyncTable, type VersionVector } from './types';

export interface PurgePlan {
  readonly workerIds: readonly string[];
  /** Ids to delete, by table (the workers themselves under `workers`). */
  readonly records: { readonly [T in SyncTable]?: readonly string[] };
  readonly eventIds: readonly string[];
  /** Workers that left the caseload but stay: this laptop has changes the coordinator has not seen. */
  readonly kept: readonly { readonly workerId: string; readonly reason: 'unsentChanges' }[];
}

function candidacyIdsOf(data: Record<string, unknown>): string[] {
  const ids = data['candidacyIds'];
  return Array.isArray(ids) ? ids.map(String) : [];
}

/** `local`: every row of this laptop (one caseload); `senderKnows`: the coordinator bundle's `knows`. */
export function decidePurges(local: SyncData, caseload: CaseloadLine, senderKnows: VersionVector): PurgePlan {
  const staying = new Set(caseload.workerIds);
  const records: Partial<Record<SyncTable, string[]>> = {};
  const eventIds: string[] = [];
  const workerIds: string[] = [];
  const kept: PurgePlan['kept'][number][] = [];
  const purgedCandidacies = new Set<string>();
  for (const worker of local.records.workers ?? []) {
    if (staying.has(worker.id)) continue;
    // A worker the coordinator never saw (created here, not exported yet) is not leaving: it is new.
    if (Object.values(worker.clock).every((hlc) => isNewFor(senderKnows, hlc))) continue;
    const owned = WORKER_OWNED_TABLES.map((table) => ({ table, rows: (local.records[table] ?? []).filter((r) => r.data['workerId'] === worker.id) }));
    const subjects = new Set([worker.id, ...owned.flatMap((o) => o.rows.map((r) => r.id))]);
    const events = local.events.filter((e) => subjects.has(e.subjectId));
    const covered =
      recordCoveredBy(senderKnows, worker) &&
      owned.every((o) => o.rows.every((r) => recordCoveredBy(senderKnows, r))) &&
      events.every((e) => !isNewFor(senderKnows, e.hlc));
    if (!covered) {
      kept.push({ workerId: worker.id, reason: 'unsentChanges' });
      continue;
    }
    workerIds.push(worker.id);
    (records.workers ??= []).push(worker.id);
    for (const { table, rows } of owned) {
      if (rows.length > 0) (records[table] ??= []).push(...rows.map((r) => r.id));
      if (table === 'candidacies') for (const r of rows) purgedCandidacies.add(r.id);
    }
    eventIds.push(...events.map((e) => e.id));
  }
  // A meeting goes when every candidacy it grouped is gone from this laptop.
  const remainingCandidacies = new Set((local.records.candidacies ?? []).map((c) => c.id).filter((id) => !purgedCandidacies.has(id)));
  for (const meeting of local.records.meetings ?? []) {
    const ids = candidacyIdsOf(meeting.data);
    if (ids.length > 0 && ids.some((id) => purgedCandidacies.has(id)) && !ids.some((id) => remainingCandidacies.has(id)) && recordCoveredBy(senderKnows, meeting)) {
      (records.meetings ??= []).push(meeting.id);
    }
  }
  // An appointment goes when it is another counselor's and every worker it named is gone.
  const purgedWorkers = new Set(workerIds);
  for (const appointment of local.records.appointments ?? []) {
    const ids = candidacyIdsOf({ candidacyIds: appointment.data['workerIds'] });
    if (appointment.data['counselorId'] !== caseload.counselorId && ids.length > 0 && ids.every((id) => purgedWorkers.has(id)) && recordCoveredBy(senderKnows, appointment)) {
      (records.appointments ??= []).push(appointment.id);
    }
  }
  return { workerIds, records, eventIds, kept };
}
