// Dexie schema history. Every version stays listed: Dexie upgrades a database written by any
// earlier version step by step, and each step with a data change has its migration here.
import type { Dexie, Transaction } from 'dexie';
import { cigsEndDate, effectiveCigsPeriods, type Programme } from '../../shared/domain/programme';
import type { WorkerRow, ProgrammeRow } from './rows';

export const DATABASE_NAME = 'pco-desk';

/** v1: first release. */
const V1 = {
  meta: '&key',
  programme: '&id',
  counselors: '&id, deletedAt',
  workers: '&id, status, primaryTrack, counselorId, deletedAt',
  employers: '&id, deletedAt',
  events: '&id, subjectId, hlc, kind',
};

/** v2: the CIGS end date becomes an index (list filter "CIGS ending"), and form drafts get a table. */
const V2 = {
  ...V1,
  workers: '&id, status, primaryTrack, counselorId, cigsEnd, deletedAt',
  drafts: '&key',
};

export const SCHEMA_VERSIONS = [
  { version: 1, stores: V1 },
  { version: 2, stores: V2, upgrade: fillCigsEnd },
] as const;

export const CURRENT_SCHEMA_VERSION = 2;

export function declareSchema(db: Dexie): void {
  for (const step of SCHEMA_VERSIONS) {
    const version = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) version.upgrade(step.upgrade);
  }
}

async function fillCigsEnd(tx: Transaction): Promise<void> {
  const programmes = (await tx.table('programme').toArray()) as ProgrammeRow[];
  const programme: Programme | undefined = programmes[0]?.data;
  await tx
    .table('workers')
    .toCollection()
    .modify((row: WorkerRow) => {
      row.cigsEnd = cigsEndDate(effectiveCigsPeriods(row.data.cigsPeriods, programme?.cigsPeriods ?? [])) ?? '';
    });
}
