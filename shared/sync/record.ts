// The stored shape of every edited record: its fields, one HLC per field, and a tombstone.
// Merge is field by field, last writer by HLC wins; the loser is reported, never dropped.

export interface RecordMeta {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Counselor who made the last change. */
  readonly updatedBy: string;
  /** Device that made the last change. */
  readonly deviceId: string;
  /** HLC of the last write to each field. */
  readonly clock: Readonly<Record<string, string>>;
  /** HLC of the deletion; a deleted record stays as a tombstone so the deletion travels. */
  readonly deletedAt: string | null;
}

export interface VersionedRecord<T extends object> extends RecordMeta {
  readonly data: T;
}

export interface Author {
  readonly counselorId: string;
  readonly deviceId: string;
  /** Wall time in ISO form, for createdAt/updatedAt display. */
  readonly nowIso: string;
}

export function createRecord<T extends object>(id: string, data: T, hlc: string, author: Author): VersionedRecord<T> {
  const clock: Record<string, string> = {};
  for (const key of Object.keys(data)) clock[key] = hlc;
  return { id, data, clock, deletedAt: null, createdAt: author.nowIso, updatedAt: author.nowIso, updatedBy: author.counselorId, deviceId: author.deviceId };
}

/** Apply a local edit: only fields whose value changed get the new HLC. Returns the same record when nothing changed. */
export function editRecord<T extends object>(record: VersionedRecord<T>, next: T, hlc: string, author: Author): VersionedRecord<T> {
  const clock: Record<string, string> = { ...record.clock };
  let changed = false;
  const keys = new Set([...Object.keys(record.data), ...Object.keys(next)]);
  for (const key of keys) {
    const before = (record.data as Record<string, unknown>)[key];
    const after = (next as Record<string, unknown>)[key];
    if (!sameValue(before, after)) {
      clock[key] = hlc;
      changed = true;
    }
  }
  if (!changed) return record;
  return { ...record, data: next, clock, updatedAt: author.nowIso, updatedBy: author.counselorId, deviceId: author.deviceId };
}

export function tombstone<T extends object>(record: VersionedRecord<T>, hlc: string, author: Author): VersionedRecord<T> {
  return { ...record, deletedAt: hlc, updatedAt: author.nowIso, updatedBy: author.counselorId, deviceId: author.deviceId };
}

/** Structural equality for JSON-like field values (strings, numbers, booleans, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Latest HLC anywhere in the record: what a version vector or a sync cursor compares. */
export function latestClock(record: RecordMeta): string {
  let latest = record.deletedAt ?? '';
  for (const value of Object.values(record.clock)) if (value > latest) latest = value;
  return latest;
}

/** The stored shape only: index columns a storage layer adds to its rows are left out. */
export function recordPart<T extends object>(record: VersionedRecord<T>): VersionedRecord<T> {
  const { id, createdAt, updatedAt, updatedBy, deviceId, clock, deletedAt, data } = record;
  return { id, createdAt, updatedAt, updatedBy, deviceId, clock, deletedAt, data };
}
