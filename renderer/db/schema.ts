// Dexie schema history. Every version stays listed: Dexie upgrades a database written by any
// earlier version step by step, and each step with a data change has its migration here.
import type { Dexie, Transaction } from 'dexie';
import { cigsEndDate, effectiveCigsPeriods, type Programme } from '../../shared/domain/programme';
import type { ProgrammeRow, WorkerRow } from './rows';
import { WORKER_LIST_TABLE, workerListRow } from './workerList';
import type { Worker } from '../../shared/domain/worker';

/** A worker row as v1/v2 wrote it: every field in clear. */
type LegacyWorkerRow = { data: Worker; cigsEnd: string };

export const DATABASE_NAME = 'pco-desk';

/**
 * Meta key set when a v1/v2 database is upgraded: its rows still hold fields in clear until
 * `sealLegacyRows` runs after unlock. Without it that function has nothing to look for, so an
 * unlock never scans every table of a database that was encrypted from its first day.
 */
export const LEGACY_ROWS_META_KEY = 'legacyRowsToSeal';

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

/**
 * v3: encryption at rest. Sensitive fields move into a sealed blob per row; the upgrade cannot
 * seal (the data key is not available before unlock), so rows written by v1/v2 keep their
 * fields in clear until `sealLegacyRows` runs right after the first unlock. Adds the audit log
 * and the anonymous statistical records left by GDPR erasure.
 */
const V3 = {
  ...V2,
  audit: '&id, at, actorId, subjectId, action',
  statistics: '&id',
};

/** v4: case work: offers, action plans, courses and enrolments, ventures, candidacies, meetings, CVs. */
const V4 = {
  ...V3,
  offers: '&id, employerId, state, deletedAt',
  actionPlans: '&id, workerId, deletedAt',
  courses: '&id, deletedAt',
  enrolments: '&id, courseId, workerId, deletedAt',
  ventures: '&id, workerId, deletedAt',
  candidacies: '&id, workerId, offerId, deletedAt',
  meetings: '&id, employerId, date, deletedAt',
  cvs: '&id, workerId, deletedAt',
};

/**
 * v5: sync by bundle files. Devices of the programme (synced, coordinator-kept), the bundles sent and
 * received, what each peer has seen (version vectors), field conflicts for review, the laptops' data
 * keys escrowed to the programme key, the ids of applied bundles, and programme-wide settings records
 * (matching weights and synonyms, report thresholds) that travel like any other record.
 */
const V5 = {
  ...V4,
  devices: '&id, deletedAt',
  syncHistory: '&id, at, peerDeviceId, direction',
  peers: '&deviceId',
  conflicts: '&id, table, recordId, resolvedAt',
  recoveryKeys: '&deviceId',
  appliedBundles: '&bundleId, senderDeviceId',
  programmeSettings: '&id, deletedAt',
};

/**
 * v6: the worker list's own compact table (see workerList.ts), derived from `workers`: start-up
 * reads it instead of every full worker record. Filled here from the existing workers.
 */
const V6 = {
  ...V5,
  workerList: '&id, counselorId',
};

/**
 * v7: a worker file may exist before its person joins the PCO (shared/domain/participation.ts); the
 * list rows carry their participation (not enrolled, awaiting consent, consent withdrawn,
 * participant), read from the worker's clear fields. Same stores; the list rows are written again.
 */
const V7 = V6;

/**
 * v8: documents on a file (shared/documents): their metadata, a synced kind, indexed by the worker
 * and the record they are attached to; their bytes in sealed chunks, keyed by document and place,
 * local only (bundles carry them as chunk lines beside the record).
 */
const V8 = {
  ...V7,
  documents: '&id, workerId, ownerId, deletedAt',
  documentChunks: '&[documentId+index], documentId',
};

/**
 * v9: appointments a counselor books (shared/domain/appointment.ts), a synced kind, indexed by the
 * counselor whose agenda holds them, their day and (multi-entry) the workers they name.
 */
const V9 = {
  ...V8,
  appointments: '&id, counselorId, date, *workerIds, deletedAt',
};

/**
 * v10: worker rows get `personKey`, the blind index of their codice fiscale (see personKey.ts), so
 * the duplicate check on a save reads a few rows instead of opening every worker. The upgrade cannot
 * compute it (no data key before unlock): it leaves a marker, and the rows get it after unlock.
 */
const V10 = {
  ...V9,
  workers: '&id, status, primaryTrack, counselorId, cigsEnd, deletedAt, personKey',
};

/**
 * v11: events get a compound index of kind, subject and day, so Oggi and the menu's counter find the
 * latest interview of each worker and the latest contact of each employer from the index alone,
 * instead of reading (and opening) every interview of the programme at each unlock.
 */
const V11 = {
  ...V10,
  events: '&id, subjectId, hlc, kind, [kind+subjectId+occurredOn]',
};

/** Meta key set when a database from before v10 is upgraded: its worker rows lack `personKey` until filled. */
export const PERSON_KEYS_META_KEY = 'personKeysToFill';

export const SCHEMA_VERSIONS = [
  { version: 1, stores: V1 },
  { version: 2, stores: V2, upgrade: fillCigsEnd },
  { version: 3, stores: V3, upgrade: markLegacyRows },
  { version: 4, stores: V4 },
  { version: 5, stores: V5 },
  { version: 6, stores: V6, upgrade: fillWorkerList },
  { version: 7, stores: V7, upgrade: fillWorkerList },
  { version: 8, stores: V8 },
  { version: 9, stores: V9 },
  { version: 10, stores: V10, upgrade: markPersonKeysToFill },
  { version: 11, stores: V11 },
] as const;

export const CURRENT_SCHEMA_VERSION = 11;

export function declareSchema(db: Dexie): void {
  for (const step of SCHEMA_VERSIONS) {
    const version = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) version.upgrade(step.upgrade);
  }
}

async function fillWorkerList(tx: Transaction): Promise<void> {
  const workers = (await tx.table('workers').toArray()) as WorkerRow[];
  await tx.table(WORKER_LIST_TABLE).bulkPut(workers.map(workerListRow));
}

async function markPersonKeysToFill(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: PERSON_KEYS_META_KEY, value: true });
}

async function markLegacyRows(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: LEGACY_ROWS_META_KEY, value: true });
}

async function fillCigsEnd(tx: Transaction): Promise<void> {
  const programmes = (await tx.table('programme').toArray()) as ProgrammeRow[];
  const programme: Programme | undefined = programmes[0]?.data;
  await tx
    .table('workers')
    .toCollection()
    .modify((row: LegacyWorkerRow) => {
      row.cigsEnd = cigsEndDate(effectiveCigsPeriods(row.data.cigsPeriods, programme?.cigsPeriods ?? [])) ?? '';
    });
}
