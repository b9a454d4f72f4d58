// Version vectors: per origin device, the highest HLC held. The origin is the HLC's node part.
import type { SyncData, VersionVector } from './types';

/** `PPPPPPPPPPPPPPP-CCCC-` is 21 characters wide (hlc.ts), the node follows. */
const NODE_OFFSET = 21;

export function originOf(hlc: string): string {
  return hlc.slice(NODE_OFFSET);
}

/** True when the receiver that knows `knows` has not seen this change yet. */
export function isNewFor(knows: VersionVector, hlc: string): boolean {
  const seen = knows[originOf(hlc)];
  return seen === undefined || hlc > seen;
}

function raise(vector: Record<string, string>, hlc: string | null | undefined): void {
  if (!hlc) return;
  const origin = originOf(hlc);
  const seen = vector[origin];
  if (seen === undefined || hlc > seen) vector[origin] = hlc;
}

/** A vector built from rows seen one at a time (data read a page at a time). */
export interface VectorAccumulator {
  record(record: { readonly clock: Readonly<Record<string, string>>; readonly deletedAt: string | null }): void;
  /** An event's or an audit entry's clock. */
  hlc(hlc: string): void;
  readonly vector: VersionVector;
}

export function vectorAccumulator(): VectorAccumulator {
  const vector: Record<string, string> = {};
  return {
    record(record) {
      raise(vector, record.deletedAt);
      for (const hlc of Object.values(record.clock)) raise(vector, hlc);
    },
    hlc: (hlc) => raise(vector, hlc),
    vector,
  };
}

export function vectorOf(data: SyncData): VersionVector {
  const seen = vectorAccumulator();
  for (const records of Object.values(data.records)) for (const record of records ?? []) seen.record(record);
  for (const event of data.events) seen.hlc(event.hlc);
  for (const entry of data.audit) seen.hlc(entry.hlc);
  return seen.vector;
}

/**
 * What a laptop tells a peer it has seen. The clocks it holds say most of it, but not all: a value
 * overwritten later (by a merge of two files, by an edit on another laptop) no longer shows its
 * writer's clock. The coordinator therefore adds the `knows` of every bundle it applied from a
 * counselor laptop: such a bundle carries everything that laptop held and the coordinator had not
 * seen, so once applied the coordinator has seen all it knew. (A counselor laptop receives only its
 * caseload, so it cannot claim what the coordinator knew.)
 */
export function knowsForExport(data: SyncData, received: readonly VersionVector[]): VersionVector {
  let knows = vectorOf(data);
  for (const vector of received) knows = mergeVectors(knows, vector);
  return knows;
}

/** Per-origin maximum of both. */
export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const merged: Record<string, string> = { ...a };
  for (const hlc of Object.values(b)) raise(merged, hlc);
  return merged;
}

/** True when `a` has seen everything `b` has (a ≥ b). */
export function vectorCovers(a: VersionVector, b: VersionVector): boolean {
  for (const [origin, hlc] of Object.entries(b)) {
    const seen = a[origin];
    if (seen === undefined || seen < hlc) return false;
  }
  return true;
}

export type VectorOrder = 'equal' | 'before' | 'after' | 'concurrent';

/** How `a` relates to `b`: 'before' means b has seen strictly more. */
export function compareVectors(a: VersionVector, b: VersionVector): VectorOrder {
  const aCoversB = vectorCovers(a, b);
  const bCoversA = vectorCovers(b, a);
  if (aCoversB && bCoversA) return 'equal';
  if (aCoversB) return 'after';
  if (bCoversA) return 'before';
  return 'concurrent';
}

/** True when `knows` covers every clock of the record. */
export function recordCoveredBy(knows: VersionVector, record: { clock: Readonly<Record<string, string>>; deletedAt: string | null }): boolean {
  if (record.deletedAt && isNewFor(knows, record.deletedAt)) return false;
  for (const hlc of Object.values(record.clock)) if (isNewFor(knows, hlc)) return false;
  return true;
}
