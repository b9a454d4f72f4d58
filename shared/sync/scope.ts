// What a receiver gets: every change it has not seen (by version vector), limited for a counselor
// laptop to its caseload and the shared catalogue. A worker entering the caseload travels with its
// whole history, whatever the vector says: the receiver never held it.
import { isNewFor, recordCoveredBy } from './vector';
import { MERGED_INTO, redirectsOf, resolveWorker } from './merges';
import { SYNCED_KINDS } from './registry';
import {
  CATALOGUE_TABLES,
  SYNC_TABLES,
  WORKER_OWNED_TABLES,
  type AnyRecord,
  type BundleContent,
  type CaseloadLine,
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
export interface ScopeIndex {
  readonly caseload: readonly string[];
  readonly inScope: ReadonlySet<string>;
  readonly entering: ReadonlySet<string>;
}

/**
 * The tables in the order a counselor's scope is built from them: the workers (who is in the
 * caseload), then the rows that hang on a worker, then the groups of those rows, then the rest.
 */
export const SCOPE_TABLE_ORDER: readonly SyncTable[] = [
  'workers',
  ...SYNC_TABLES.filter((table) => WORKER_OWNED.has(table)),
  ...CANDIDACY_GROUP,
  ...COUNSELOR_AND_WORKERS,
  ...SYNC_TABLES.filter((table) => CATALOGUE.has(table)),
];

/** The fields of a row the scope reads; none of them is sealed at rest (a test holds it), so the stored clear part is enough. */
export const SCOPE_FIELDS = ['counselorId', MERGED_INTO, 'workerId', 'candidacyIds', 'workerIds'] as const;

/** Builds a counselor's ScopeIndex from rows seen one at a time, table by table in SCOPE_TABLE_ORDER; only ids are kept. */
export interface ScopeBuilder {
  add(table: SyncTable, record: AnyRecord): void;
  finish(): ScopeIndex;
}

export function counselorScopeBuilder(counselorId: string, previous: readonly string[]): ScopeBuilder {
  // Workers as the caseload needs them (id, tombstone, counselor, merge pointer): their rows come first.
  const workers: AnyRecord[] = [];
  let caseload: string[] | null = null;
  const inScope = new Set<string>();
  const entering = new Set<string>();
  const settle = (): string[] => {
    if (caseload) return caseload;
    caseload = caseloadOf({ records: { workers }, events: [], audit: [], statistics: [] }, counselorId);
    const before = new Set(previous);
    for (const id of caseload) {
      inScope.add(id);
      if (!before.has(id)) entering.add(id);
    }
    workers.length = 0;
    return caseload;
  };
  return {
    add(table, record) {
      if (table === 'workers') {
        if (caseload) throw new Error('a worker came after the rows that depend on the caseload');
        workers.push({ ...record, data: { counselorId: record.data['counselorId'], [MERGED_INTO]: record.data[MERGED_INTO] } });
        return;
      }
      settle();
      const scope = SYNCED_KINDS[table].scope;
      if (WORKER_OWNED.has(table)) {
        const workerId = String(record.data['workerId']);
        // A row about no worker (an employer's document) is shared like the catalogue.
        if (workerId === '') inScope.add(record.id);
        if (!inScope.has(workerId)) return;
        inScope.add(record.id);
        if (entering.has(workerId)) entering.add(record.id);
      } else if (scope === 'candidacyGroup') {
        const candidacies = idsIn(record.data['candidacyIds']);
        if (candidacies.some((id) => inScope.has(id))) inScope.add(record.id);
        if (candidacies.some((id) => entering.has(id))) entering.add(record.id);
      } else if (scope === 'counselorAndWorkers') {
        const workerIds = idsIn(record.data['workerIds']);
        if (record.data['counselorId'] === counselorId || workerIds.some((id) => inScope.has(id))) inScope.add(record.id);
        if (workerIds.some((id) => entering.has(id))) entering.add(record.id);
      } else if (CATALOGUE.has(table)) {
        // Events about catalogue rows (employer contacts) are shared like the catalogue itself.
        inScope.add(record.id);
      }
    },
    finish: () => ({ caseload: settle(), inScope, entering }),
  };
}

function counselorScope(data: SyncData, counselorId: string, previous: readonly string[]): ScopeIndex {
  const builder = counselorScopeBuilder(counselorId, previous);
  for (const table of SCOPE_TABLE_ORDER) for (const record of data.records[table] ?? []) builder.add(table, record);
  return builder.finish();
}

/**
 * The one selection rule, row by row: whether each record, event and audit entry goes, and which
 * documents' bytes go with the records selected. Used whole (selectChanges) and streaming
 * (scopeStream.ts), so both always choose the same rows.
 */
export interface SelectionRule {
  record(table: SyncTable, record: Pick<AnyRecord, 'id' | 'clock' | 'deletedAt'>): boolean;
  event(event: { readonly subjectId: string; readonly hlc: string }): boolean;
  audit(entry: { readonly hlc: string }): boolean;
  /** Statistical rows carry no clock; they are few (one per erased worker) and merge by id: all or none. */
  readonly statistics: boolean;
  /** A selected document record whose bytes go too (or null). */
  documentContent(record: AnyRecord): DocumentContentRef | null;
  /** The caseload line, given the ids of every worker this laptop holds (read only when a counselor laptop reports its own). */
  caseload(heldWorkerIds: () => readonly string[]): CaseloadLine | null;
  readonly recoveryKeys: readonly RecoveryKeyLine[];
}

/** `scope`: the receiver's ScopeIndex, needed (only) when it is a counselor laptop. */
export function selectionRule(request: SelectRequest, scope: ScopeIndex | null): SelectionRule {
  const { knows, to } = request;
  const fresh = (record: Pick<AnyRecord, 'clock' | 'deletedAt'>) => !recordCoveredBy(knows, record);
  const held = request.heldDocuments;
  const contentOf = (record: AnyRecord, lacks: boolean): DocumentContentRef | null => {
    const { bytes, sha256 } = record.data;
    if (record.deletedAt !== null || typeof bytes !== 'number' || typeof sha256 !== 'string') return null;
    if ((held && !held.has(record.id)) || !lacks) return null;
    return { documentId: record.id, bytes, sha256 };
  };
  // A document's bytes never change, so its `sha256` field's clock dates them.
  const bytesNew = (record: AnyRecord) => isNewFor(knows, record.clock['sha256'] ?? '');
  const recoveryKeys = [...(request.recoveryKeys ?? [])];
  if (to.role === 'coordinator') {
    return {
      record: (_table, record) => fresh(record),
      event: (event) => isNewFor(knows, event.hlc),
      audit: (entry) => isNewFor(knows, entry.hlc),
      statistics: true,
      documentContent: (record) => contentOf(record, bytesNew(record)),
      caseload: (held) => (to.reportCaseloadOf ? { counselorId: to.reportCaseloadOf, workerIds: [...held()] } : null),
      recoveryKeys,
    };
  }
  if (!scope) throw new Error('a counselor laptop is sent its scope only');
  const { inScope, entering } = scope;
  return {
    record: (table, record) => (CATALOGUE.has(table) ? fresh(record) : inScope.has(record.id) && (entering.has(record.id) || fresh(record))),
    event: (event) => inScope.has(event.subjectId) && (entering.has(event.subjectId) || isNewFor(knows, event.hlc)),
    audit: () => false,
    statistics: false,
    documentContent: (record) => contentOf(record, entering.has(record.id) || bytesNew(record)),
    caseload: () => ({ counselorId: to.counselorId, workerIds: [...scope.caseload] }),
    recoveryKeys,
  };
}

/** The rule for `request` over data held whole. */
export function selectionRuleFor(data: SyncData, request: SelectRequest): SelectionRule {
  const { to } = request;
  return selectionRule(request, to.role === 'counselor' ? counselorScope(data, to.counselorId, to.previousCaseload) : null);
}

/** Everything `request` selects from data held whole (tests, the command line, the in-memory laptops). */
export function selectChanges(data: SyncData, request: SelectRequest): BundleContent {
  const rule = selectionRuleFor(data, request);
  const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  for (const table of SYNC_TABLES) {
    const selected = (data.records[table] ?? []).filter((record) => rule.record(table, record));
    if (selected.length > 0) records[table] = selected;
  }
  return {
    records,
    events: data.events.filter(rule.event),
    audit: data.audit.filter(rule.audit),
    statistics: rule.statistics ? [...data.statistics] : [],
    caseload: rule.caseload(() => (data.records.workers ?? []).map((worker) => worker.id)),
    recoveryKeys: [...rule.recoveryKeys],
    documentContents: (records.documents ?? []).flatMap((record) => rule.documentContent(record) ?? []),
  };
}
