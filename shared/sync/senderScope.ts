// What a counselor's laptop may write, checked on the coordinator before anything merges: the
// repositories enforce roles on each laptop, and this keeps a bug or a hand-made bundle on one
// laptop from changing the programme, its counselors or settings, or moving a worker's file.
// It judges only the fields whose HLC names the sender as their origin: values the sender merely
// carries were written, and judged, elsewhere.
import { originOf } from './vector';
import { MERGED_INTO } from './merges';
import { COORDINATOR_TABLES, type AnyRecord, type BundleContent } from './types';


function fieldsWrittenBy(record: AnyRecord, deviceId: string): string[] {
  return Object.entries(record.clock)
    .filter(([, hlc]) => originOf(hlc) === deviceId)
    .map(([field]) => field);
}

/** Why a counselor's bundle oversteps the counselor's role, or null. */
export function counselorScopeProblem(content: BundleContent, sender: { deviceId: string; counselorId: string }): string | null {
  for (const table of COORDINATOR_TABLES) {
    for (const record of content.records[table] ?? []) {
      if (fieldsWrittenBy(record, sender.deviceId).length > 0 || (record.deletedAt !== null && originOf(record.deletedAt) === sender.deviceId)) {
        return `${table} ${record.id} changed by a counselor's laptop`;
      }
    }
  }
  for (const worker of content.records.workers ?? []) {
    // Only the coordinator merges two files of one person.
    if (fieldsWrittenBy(worker, sender.deviceId).includes(MERGED_INTO)) return `workers ${worker.id} merged by a counselor's laptop`;
    // A counselor files new workers into their own caseload; only the coordinator reassigns.
    if (fieldsWrittenBy(worker, sender.deviceId).includes('counselorId') && worker.data.counselorId !== sender.counselorId) {
      return `workers ${worker.id} assigned to another counselor by a counselor's laptop`;
    }
  }
  // The programme's history (its CIGS periods changed) is the coordinator's, as the programme is.
  const programmeEvent = content.events.find((event) => event.payload.kind.startsWith('programme.') && event.deviceId === sender.deviceId);
  if (programmeEvent) return `event ${programmeEvent.id} about the programme recorded by a counselor's laptop`;
  return null;
}
