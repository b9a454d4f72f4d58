// The reports' maintained copy of their input (renderer/reports/reportSnapshot.ts) is cut into a
// fixed number of parts by a hash of each row's subject: a worker file and the events about it fall
// in the same part, a candidacy or an enrolment and their events in another. A write marks only the
// parts of the rows it touches, so the next opening reads again a few dozen rows, not 30,000 files
// and 720,000 events. Pure: the Dexie middleware that marks parts and the reader share it.

/** Parts of the snapshot: at 30,000 workers ≈ 60 files and ≈ 1,400 events each. */
export const SNAPSHOT_PARTS = 512;

/** Tables whose rows the snapshot holds, each row in the part of its id (events: of their subject). */
export const SNAPSHOT_TABLES = ['workers', 'events', 'candidacies', 'enrolments', 'ventures', 'offers', 'employers', 'meetings', 'courses'] as const;

export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/** FNV-1a over the UTF-16 code units: stable across runs and builds, cheap for 720,000 ids. */
export function partOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SNAPSHOT_PARTS;
}

/** The id a row is placed by: its subject for an event, its own id otherwise. */
export function partitionIdOf(table: SnapshotTable, row: { id: string; subjectId?: unknown }): string {
  return table === 'events' && typeof row.subjectId === 'string' ? row.subjectId : row.id;
}
