// What a receiver gets: every change it has not seen (by version vector), limited for a counselor
// laptop to its caseload and the shared catalogue. A worker entering the caseload travels with its
// whole history, whatever the vector says: the receiver never held it.
import { isNewFor, recordCoveredBy } from './vector';
import { redirectsOf, resolveWorker } from './merges';
import { SYNCED_KINDS } from './registry';
import {
  CATALOGUE_TABLES,
  SYNC_TABLES,
  WORKER_OWNED_TABLES,
  type AnyRecord,
  type BundleContent,
  type DocumentContentRef,
  type RecoveryKeyLine,
  type SyncData,
  type SyncTable,
  type VersionVector,
} from './types';

export type ReceiverScope =
  /** `reportCaseloadOf`: a counselor laptop names itself so the bundle lists the worker ids it holds. */
  | { readonly role: 'coordinator'; readonly reportCaseloadOf?: string }
  | { readonly role: 'counselor'; readonly counselorId: string; readonly previousCaseload: readonly string[] };

export interface SelectRequest {
  /** What the receiver is known to hold: the `knows` of the last bundle applied from it ({} when none). */
  readonly knows: VersionVector;
  readonly to: ReceiverScope;
  readonly recoveryKeys?: readonly RecoveryKeyLine[];
  /** Documents whose bytes this laptop holds (a record can arrive before its bytes); default: all. */
  readonly heldDocuments?: ReadonlySet<string>;
}

/**
 * The documents whose bytes go with the selected records: live ones the receiver lacks (their
 * bytes were set after what it knows, or their worker enters its caseload) and this laptop holds.
 * A document's bytes never change, so its `sha256` field's clock dates them.
 */
function documentContents(selected: readonly AnyRecord[] | undefined, lacks: (record: AnyRecord) => boolean, held: ReadonlySet<string> | undefined): DocumentContentRef[] {
  const refs: DocumentContentRef[] = [];
  for (const record of selected ?? []) {
    const { bytes, sha256 } = record.data;
    if (record.deletedAt !== null || typeof bytes !== 'number' || typeof sha256 !== 'string') continue;
    if ((held && !held.has(record.id)) || !lacks(record)) continue;
    refs.push({ documentId: record.id, bytes, sha256 });
  }
  return refs;
}

/**
 * Ids of the workers (tombstoned ones included, so their deletion travels) assigned to a counselor.
 * A file merged into another goes where the survivor goes, with its rows and events, so the
 * survivor's laptop holds its whole history.
 */
export function caseloadOf(data: SyncData, counselorId: string): string[] {
  const workers = data.records.workers ?? [];
  const redirects = redirectsOf(workers);
  const byId = new Map(workers.map((worker) => [worker.id, worker]));
  const counselorOf = (worker: AnyRecord) => (byId.get(resolveWorker(worker.id, redirects)) ?? worker).data['counselorId'];
  return workers.filter((worker) => counselorOf(worker) === counselorId).map((worker) => worker.id);
}

const CATALOGUE = new Set<SyncTable>(CATALOGUE_TABLES);
const WORKER_OWNED = new Set<SyncTable>(WORKER_OWNED_TABLES);
/** Rows that group candidacies (meetings): they go where one of their candidacies goes. */
const CANDIDACY_GROUP = SYNC_TABLES.filter((table) => SYNCED_KINDS[table].scope === 'candidacyGroup');

/** Rows of a counselor and of workers (appointments): they go to that counselor and where one of the workers goes. */
const COUNSELOR_AND_WORKERS = SYNC_TABLES.filter((table) => SYNCED_KINDS[table].scope === 'counselorAndWorkers');

const idsIn = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Which rows of a counselor's scope exist, and which of them belong to workers entering it. */
interface ScopeIndex {
  readonly inScope: Set<string>;
  readonly entering: Set<string>;
}

function counselorScope(data: SyncData, counselorId: string, caseload: readonly string[], previous: readonly string[]): ScopeIndex {
  const inScope = new Set(caseload);
  const before = new Set(previous);
  const entering = new Set(caseload.filter((id) => !before.has(id)));
  for (const table of WORKER_OWNED) {
    for (const record of data.records[table] ?? []) {
      const workerId = String(record.data['workerId']);
      // A row about no worker (an employer's document) is shared like the catalogue.
      if (workerId === '') inScope.add(record.id);
      if (!inScope.has(workerId)) continue;
      inScope.add(record.id);
      if (entering.has(workerId)) entering.add(record.id);
    }
  }
  for (const table of CANDIDACY_GROUP) {
    for (const group of data.records[table] ?? []) {
      const candidacies = Array.isArray(group.data['candidacyIds']) ? (group.data['candidacyIds'] as unknown[]).map(String) : [];
      if (candidacies.some((id) => inScope.has(id))) inScope.add(group.id);
      if (candidacies.some((id) => entering.has(id))) entering.add(group.id);
    }
  }
  for (const table of COUNSELOR_AND_WORKERS) {
    for (const row of data.records[table] ?? []) {
      const workers = idsIn(row.data['workerIds']);
      if (row.data['counselorId'] === counselorId || workers.some((id) => inScope.has(id))) inScope.add(row.id);
      if (workers.some((id) => entering.has(id))) entering.add(row.id);
    }
  }
  // Events about catalogue rows (employer contacts) are shared like the catalogue itself.
  for (const table of CATALOGUE_TABLES) for (const record of data.records[table] ?? []) inScope.add(record.id);
  return { inScope, entering };
}

export function selectChanges(data: SyncData, request: SelectRequest): BundleContent {
  const { knows, to } = request;
  const fresh = (record: AnyRecord) => !recordCoveredBy(knows, record);
  const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  if (to.role === 'coordinator') {
    for (const table of SYNC_TABLES) {
      const selected = (data.records[table] ?? []).filter(fresh);
      if (selected.length > 0) records[table] = selected;
    }
    return {
      records,
      events: data.events.filter((e) => isNewFor(knows, e.hlc)),
      audit: data.audit.filter((a) => isNewFor(knows, a.hlc)),
      // Statistical rows carry no clock; they are few (one per erased worker) and merge by id.
      statistics: [...data.statistics],
      caseload: to.reportCaseloadOf ? { counselorId: to.reportCaseloadOf, workerIds: (data.records.workers ?? []).map((w) => w.id) } : null,
      recoveryKeys: [...(request.recoveryKeys ?? [])],
      documentContents: documentContents(records.documents, (record) => isNewFor(knows, record.clock['sha256'] ?? ''), request.heldDocuments),
    };
  }
  const caseload = caseloadOf(data, to.counselorId);
  const scope = counselorScope(data, to.counselorId, caseload, to.previousCaseload);
  for (const table of SYNC_TABLES) {
    const all = data.records[table] ?? [];
    const selected = CATALOGUE.has(table) ? all.filter(fresh) : all.filter((r) => scope.inScope.has(r.id) && (scope.entering.has(r.id) || fresh(r)));
    if (selected.length > 0) records[table] = selected;
  }
  const events = data.events.filter((e) => scope.inScope.has(e.subjectId) && (scope.entering.has(e.subjectId) || isNewFor(knows, e.hlc)));
  const contents = documentContents(records.documents, (record) => scope.entering.has(record.id) || isNewFor(knows, record.clock['sha256'] ?? ''), request.heldDocuments);
  return {
    records,
    events,
    audit: [],
    statistics: [],
    caseload: { counselorId: to.counselorId, workerIds: caseload },
    recoveryKeys: [...(request.recoveryKeys ?? [])],
    documentContents: contents,
  };
}
