// What applying a decoded bundle would do, computed without touching storage: merged records to
// write, new append-only lines, conflict rows, purges. The renderer applies it in one transaction.
import type { AuditEntry } from '../domain/audit';
import type { CounselorRole } from '../domain/programme';
import type { StatisticalRecord } from '../gdpr/statisticalRecord';
import type { DecodedBundle } from './bundle/decode';
import { trustedDeviceRecords } from './devices';
import { mergeRecord } from './merge';
import { decidePurges, type PurgePlan } from './purge';
import { foldSurvivors } from './merges';
import type { AnyRecord, CaseloadLine, Conflict, RecoveryKeyLine, SyncEvent, SyncTable, TableRecords } from './types';

export interface LocalState {
  readonly role: CounselorRole;
  readonly deviceId: string;
  /** At least the local versions of every incoming record id; on a counselor laptop, every row. */
  readonly records: TableRecords;
  /** At least the local events with an incoming id; on a counselor laptop, every event. */
  readonly events: readonly SyncEvent[];
  readonly auditIds: ReadonlySet<string>;
  readonly statisticIds: ReadonlySet<string>;
  /** Stored conflicts of the incoming records. */
  readonly conflicts: readonly Conflict[];
}

export interface TableCounts {
  added: number;
  changed: number;
  unchanged: number;
}

export interface SyncPreview {
  /** By table name, and 'events' | 'audit' | 'statistics'. */
  readonly counts: Readonly<Record<string, TableCounts>>;
  /** Merged records to put (added and changed only). */
  readonly records: TableRecords;
  readonly events: readonly SyncEvent[];
  readonly audit: readonly AuditEntry[];
  readonly statistics: readonly StatisticalRecord[];
  readonly conflicts: { readonly put: readonly Conflict[]; readonly remove: readonly string[] };
  /** Conflicts put with `differs`: what the summary announces. */
  readonly newConflicts: number;
  readonly purge: PurgePlan | null;
  readonly caseload: CaseloadLine | null;
  readonly recoveryKeys: readonly RecoveryKeyLine[];
  readonly maxHlc: string | null;
  /** Device records from a sender not allowed to set them. */
  readonly ignoredDeviceRecords: number;
}

const counter = (): TableCounts => ({ added: 0, changed: 0, unchanged: 0 });

function byId<T extends { id: string }>(rows: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows ?? []) map.set(row.id, row);
  return map;
}

export function previewBundle(local: LocalState, bundle: DecodedBundle): SyncPreview {
  const { content, manifest } = bundle;
  const counts: Record<string, TableCounts> = {};
  const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  // Stored conflicts by record, kept current as merges put and remove them.
  const conflictsByRecord = new Map<string, Map<string, Conflict>>();
  const recordKey = (table: string, recordId: string) => `${table}:${recordId}`;
  for (const conflict of local.conflicts) {
    const key = recordKey(conflict.table, conflict.recordId);
    let entries = conflictsByRecord.get(key);
    if (!entries) conflictsByRecord.set(key, (entries = new Map()));
    entries.set(conflict.id, conflict);
  }
  const put = new Map<string, Conflict>();
  const remove = new Set<string>();
  let ignoredDeviceRecords = 0;
  let foldedWorkers: { current: Map<string, AnyRecord>; written: Map<string, AnyRecord> } | null = null;

  for (const [name, incomingRows] of Object.entries(content.records)) {
    const table = name as SyncTable;
    const current = byId(local.records[table]);
    let rows = incomingRows ?? [];
    if (table === 'devices') {
      const trusted = trustedDeviceRecords(rows, {
        receiverRole: local.role,
        senderRole: manifest.sender.role,
        senderDeviceId: manifest.sender.deviceId,
        known: (id) => current.has(id),
        announced: bundle.announcedDevice,
      });
      ignoredDeviceRecords = rows.length - trusted.length;
      rows = trusted;
    }
    const tableCounts = (counts[table] = counter());
    const written = new Map<string, AnyRecord>();
    for (const incoming of rows) {
      const before = current.get(incoming.id);
      const key = recordKey(table, incoming.id);
      const stored = conflictsByRecord.get(key) ?? new Map<string, Conflict>();
      const merged = mergeRecord(table, before, incoming, [...stored.values()], bundle.manifest.knows);
      tableCounts[merged.outcome]++;
      if (merged.conflicts.put.length + merged.conflicts.remove.length > 0) conflictsByRecord.set(key, stored);
      for (const id of merged.conflicts.remove) {
        stored.delete(id);
        put.delete(id);
        remove.add(id);
      }
      for (const conflict of merged.conflicts.put) {
        stored.set(conflict.id, conflict);
        put.set(conflict.id, conflict);
        remove.delete(conflict.id);
      }
      if (merged.outcome === 'unchanged') continue;
      current.set(incoming.id, merged.record);
      written.set(incoming.id, merged.record);
    }
    if (written.size > 0) records[table] = [...written.values()];
    if (table === 'workers' && written.size > 0) foldedWorkers = { current, written };
  }

  // Edits made offline to a file that was merged meanwhile land on the file that absorbed it.
  if (foldedWorkers) {
    const { current, written } = foldedWorkers;
    const folded = foldSurvivors([...current.values()], written.keys());
    const tableCounts = counts['workers'] ?? counter();
    const incoming = new Set((content.records.workers ?? []).map((record) => record.id));
    for (const record of folded) {
      if (!written.has(record.id)) {
        tableCounts.changed++;
        if (incoming.has(record.id)) tableCounts.unchanged--;
      }
      written.set(record.id, record);
    }
    if (folded.length > 0) records.workers = [...written.values()];
  }

  const eventIds = new Set(local.events.map((e) => e.id));
  const events = content.events.filter((e) => !eventIds.has(e.id) && (eventIds.add(e.id), true));
  counts['events'] = { added: events.length, changed: 0, unchanged: content.events.length - events.length };
  // Audit and statistics only flow towards the coordinator.
  const acceptsLogs = local.role === 'coordinator';
  const auditIds = new Set(local.auditIds);
  const audit = acceptsLogs ? content.audit.filter((a) => !auditIds.has(a.id) && (auditIds.add(a.id), true)) : [];
  counts['audit'] = { added: audit.length, changed: 0, unchanged: content.audit.length - audit.length };
  const statisticIds = new Set(local.statisticIds);
  const statistics = acceptsLogs ? content.statistics.filter((s) => !statisticIds.has(s.id) && (statisticIds.add(s.id), true)) : [];
  counts['statistics'] = { added: statistics.length, changed: 0, unchanged: content.statistics.length - statistics.length };

  const caseload = content.caseload;
  const purge =
    caseload && local.role === 'counselor' && manifest.sender.role === 'coordinator'
      ? decidePurges({ records: local.records, events: local.events, audit: [], statistics: [] }, caseload, manifest.knows)
      : null;
  const conflictsPut = [...put.values()];
  return {
    counts,
    records,
    events,
    audit,
    statistics,
    conflicts: { put: conflictsPut, remove: [...remove] },
    newConflicts: conflictsPut.filter((c) => c.differs).length,
    purge,
    caseload,
    recoveryKeys: acceptsLogs ? content.recoveryKeys : [],
    maxHlc: bundle.maxHlc,
    ignoredDeviceRecords,
  };
}
