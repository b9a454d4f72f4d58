// The reference apply: a preview applied to in-memory data. Tests and benchmarks use it; the
// renderer's Dexie apply must give the same result.
import type { CounselorRole } from '../domain/programme';
import type { LocalState, SyncPreview } from './preview';
import type { AnyRecord, Conflict, SyncData, SyncTable } from './types';

/** A whole laptop in memory: its data and its conflict rows. */
export interface MemoryState extends SyncData {
  readonly conflicts: readonly Conflict[];
}

export const EMPTY_MEMORY_STATE: MemoryState = { records: {}, events: [], audit: [], statistics: [], conflicts: [] };

export function localStateOf(state: MemoryState, role: CounselorRole, deviceId: string): LocalState {
  return {
    role,
    deviceId,
    records: state.records,
    events: state.events,
    auditIds: new Set(state.audit.map((a) => a.id)),
    statisticIds: new Set(state.statistics.map((s) => s.id)),
    conflicts: state.conflicts,
  };
}

export function applyPreviewInMemory(state: MemoryState, preview: SyncPreview): MemoryState {
  const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  const purged = new Set<string>();
  for (const ids of Object.values(preview.purge?.records ?? {})) for (const id of ids ?? []) purged.add(id);
  const tables = new Set([...Object.keys(state.records), ...Object.keys(preview.records)] as SyncTable[]);
  for (const table of tables) {
    const rows = new Map<string, AnyRecord>();
    for (const row of state.records[table] ?? []) rows.set(row.id, row);
    for (const row of preview.records[table] ?? []) rows.set(row.id, row);
    for (const id of purged) rows.delete(id);
    records[table] = [...rows.values()];
  }
  const purgedEvents = new Set(preview.purge?.eventIds ?? []);
  const removed = new Set(preview.conflicts.remove);
  const conflicts = new Map<string, Conflict>();
  for (const c of state.conflicts) if (!removed.has(c.id)) conflicts.set(c.id, c);
  for (const c of preview.conflicts.put) conflicts.set(c.id, c);
  for (const [id, c] of conflicts) if (purged.has(c.recordId)) conflicts.delete(id);
  return {
    records,
    events: [...state.events, ...preview.events].filter((e) => !purgedEvents.has(e.id)),
    audit: [...state.audit, ...preview.audit],
    statistics: [...state.statistics, ...preview.statistics],
    conflicts: [...conflicts.values()],
  };
}
