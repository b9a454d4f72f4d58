// Field-by-field merge of two versions of a record, and the conflicts it leaves behind.
// Per field the highest HLC wins; a tombstone is kept with the highest deletion HLC. A value lost
// to a value from another origin device becomes a conflict, one per (field, origin): the latest,
// so the set depends only on which versions were seen, never on their order.
import { latestClock, recordPart, sameValue } from './record';
import { isNewFor, originOf } from './vector';
import type { AnyRecord, Conflict, SyncTable, VersionVector } from './types';

export type MergeOutcome = 'added' | 'changed' | 'unchanged';

export interface RecordMerge {
  readonly record: AnyRecord;
  readonly outcome: MergeOutcome;
  /** Conflict rows to write (upsert by id) and ids to delete. */
  readonly conflicts: { readonly put: readonly Conflict[]; readonly remove: readonly string[] };
}

interface Loss {
  readonly field: string;
  readonly value: unknown;
  readonly hlc: string;
}

/** `senderKnows`: the incoming bundle's `knows` vector, when the incoming version came in one. */
function seenBy(senderKnows: VersionVector | undefined, hlc: string): boolean {
  return senderKnows !== undefined && !isNewFor(senderKnows, hlc);
}

export function conflictId(table: SyncTable, recordId: string, field: string, origin: string): string {
  return `${table}:${recordId}:${field}:${origin}`;
}

/** `existing`: the stored conflicts of this record (others are ignored). */
export function mergeRecord(table: SyncTable, local: AnyRecord | undefined, incoming: AnyRecord, existing: readonly Conflict[] = [], senderKnows?: VersionVector): RecordMerge {
  if (!local) return { record: recordPart(incoming), outcome: 'added', conflicts: { put: [], remove: [] } };
  const merged: Record<string, unknown> = { ...local.data };
  // A field the winning version no longer has (an optional field cleared) leaves the record.
  const cleared = new Set<string>();
  const clock: Record<string, string> = { ...local.clock };
  const losses: Loss[] = [];
  const winnerChanged = new Set<string>();
  let changed = false;
  const fields = new Set([...Object.keys(local.clock), ...Object.keys(incoming.clock)]);
  for (const field of fields) {
    const localHlc = local.clock[field] ?? '';
    const incomingHlc = incoming.clock[field] ?? '';
    if (incomingHlc === localHlc) continue;
    if (incomingHlc > localHlc) {
      if (localHlc) losses.push({ field, value: local.data[field], hlc: localHlc });
      if (field in incoming.data) {
        merged[field] = incoming.data[field];
        cleared.delete(field);
      } else cleared.add(field);
      clock[field] = incomingHlc;
      winnerChanged.add(field);
      changed = true;
    } else if (incomingHlc) {
      losses.push({ field, value: incoming.data[field], hlc: incomingHlc });
    }
  }
  const deletedAt = local.deletedAt && incoming.deletedAt ? (incoming.deletedAt > local.deletedAt ? incoming.deletedAt : local.deletedAt) : (local.deletedAt ?? incoming.deletedAt);
  if (deletedAt !== local.deletedAt) changed = true;
  const latest = latestClock(incoming) > latestClock(local) ? incoming : local;
  const createdAt = incoming.createdAt < local.createdAt ? incoming.createdAt : local.createdAt;
  if (createdAt !== local.createdAt) changed = true;
  const data = cleared.size === 0 ? merged : Object.fromEntries(Object.entries(merged).filter(([key]) => !cleared.has(key)));
  const record: AnyRecord = { id: local.id, createdAt, updatedAt: latest.updatedAt, updatedBy: latest.updatedBy, deviceId: latest.deviceId, clock, deletedAt, data };
  return { record, outcome: changed ? 'changed' : 'unchanged', conflicts: reconcile(table, record, losses, winnerChanged, existing, senderKnows) };
}

/** Brings the conflict set of the touched fields up to date with the merged record. */
function reconcile(
  table: SyncTable,
  record: AnyRecord,
  losses: readonly Loss[],
  winnerChanged: ReadonlySet<string>,
  existing: readonly Conflict[],
  senderKnows: VersionVector | undefined,
): RecordMerge['conflicts'] {
  const touched = new Set([...winnerChanged, ...losses.map((l) => l.field)]);
  if (touched.size === 0) return { put: [], remove: [] };
  const entries = new Map<string, Conflict>();
  const before = new Map<string, Conflict>();
  for (const conflict of existing) {
    if (conflict.table !== table || conflict.recordId !== record.id || !touched.has(conflict.field)) continue;
    entries.set(conflict.id, conflict);
    before.set(conflict.id, conflict);
  }
  for (const loss of losses) {
    const origin = originOf(loss.hlc);
    const id = conflictId(table, record.id, loss.field, origin);
    const current = entries.get(id);
    if (current && current.hlc >= loss.hlc) continue;
    entries.set(id, { id, table, recordId: record.id, field: loss.field, origin, value: loss.value, hlc: loss.hlc, winnerHlc: '', differs: true });
  }
  const put: Conflict[] = [];
  const remove: string[] = [];
  for (const [id, entry] of entries) {
    const winnerHlc = record.clock[entry.field] ?? '';
    if (originOf(winnerHlc) === entry.origin || entry.hlc >= winnerHlc) {
      if (before.has(id)) remove.push(id);
      continue;
    }
    // A winner that arrived now is judged by its sender's knowledge; a local winner keeps the old hint.
    const seenByWinner = winnerChanged.has(entry.field) ? seenBy(senderKnows, entry.hlc) : (entry.seenByWinner ?? false);
    const next: Conflict = { ...entry, winnerHlc, differs: !sameValue(entry.value, record.data[entry.field]), seenByWinner };
    const old = before.get(id);
    if (!old || old.hlc !== next.hlc || old.winnerHlc !== next.winnerHlc || old.differs !== next.differs || old.seenByWinner !== next.seenByWinner) put.push(next);
  }
  return { put, remove };
}
