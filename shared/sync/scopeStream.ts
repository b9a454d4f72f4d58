// What a receiver gets, chosen from data read a page at a time (IndexedDB at 30,000 workers, where
// holding every row at once takes more than a gigabyte). A first pass over the rows as stored
// builds the vector of everything held and, for a counselor laptop, its scope (ids only); each
// payload pass then reads the pages again, decides every row by the same SelectionRule as
// selectChanges, and opens only the rows that go.
import type { AuditEntry } from '../domain/audit';
import type { StatisticalRecord } from '../gdpr/statisticalRecord';
import type { BundleLine } from './bundle/manifest';
import { counselorScopeBuilder, selectionRule, SCOPE_TABLE_ORDER, type ScopeIndex, type SelectionRule, type SelectRequest } from './scope';
import { vectorAccumulator } from './vector';
import { SYNC_TABLES, type AnyRecord, type DocumentContentRef, type SyncData, type SyncEvent, type SyncTable, type VersionVector } from './types';

/** Rows as stored, and how to open those that go. */
export interface RowPage<Row, Opened> {
  /** Their ids, clocks, tombstones and scope fields (SCOPE_FIELDS) are readable as they are. */
  readonly rows: readonly Row[];
  /** The rows given (some of `rows`), opened, in the same order. */
  open(rows: readonly Row[]): Promise<readonly Opened[]>;
}

/** An event as the selection sees it: its payload may stay sealed. */
export interface EventHead {
  readonly id: string;
  readonly subjectId: string;
  readonly hlc: string;
}

/** A laptop's synced data, a page at a time in id order, read afresh each time it is asked for. */
export interface SyncPageSource {
  records(table: SyncTable): AsyncIterable<RowPage<AnyRecord, AnyRecord>>;
  events(): AsyncIterable<RowPage<EventHead, SyncEvent>>;
  audit(): AsyncIterable<readonly AuditEntry[]>;
  statistics(): AsyncIterable<readonly StatisticalRecord[]>;
}

export interface SelectionPlan {
  readonly rule: SelectionRule;
  /** vectorOf everything this laptop holds. */
  readonly held: VersionVector;
  /** Ids of every worker held (a counselor laptop reports its caseload to the coordinator). */
  readonly workerIds: readonly string[];
}

/** The first pass: reads every row as stored (nothing is opened) for the vector and the receiver's scope. */
export async function planSelection(source: SyncPageSource, request: SelectRequest, cancelled: () => boolean = () => false): Promise<SelectionPlan> {
  const seen = vectorAccumulator();
  const { to } = request;
  const builder = to.role === 'counselor' ? counselorScopeBuilder(to.counselorId, to.previousCaseload) : null;
  const workerIds: string[] = [];
  for (const table of builder ? SCOPE_TABLE_ORDER : SYNC_TABLES) {
    for await (const page of source.records(table)) {
      stopIf(cancelled);
      for (const record of page.rows) {
        seen.record(record);
        builder?.add(table, record);
        if (table === 'workers' && !builder) workerIds.push(record.id);
      }
    }
  }
  for await (const page of source.events()) for (const event of page.rows) seen.hlc(event.hlc);
  for await (const page of source.audit()) for (const entry of page) seen.hlc(entry.hlc);
  const scope: ScopeIndex | null = builder ? builder.finish() : null;
  return { rule: selectionRule(request, scope), held: seen.vector, workerIds };
}

/** Thrown where a cancelled export stops. */
export class SyncCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'SyncCancelledError';
  }
}

function stopIf(cancelled: () => boolean): void {
  if (cancelled()) throw new SyncCancelledError();
}

/** One pass over the selected payload: its lines in the order of eachPayloadLine, and the documents whose bytes follow them. */
export interface SelectedPayload {
  readonly lines: AsyncIterable<BundleLine>;
  /** Filled as the document records pass: complete once `lines` has ended. */
  readonly documentContents: readonly DocumentContentRef[];
}

/** The payload `plan` selects, read from `source` afresh: a page of rows at a time, only the rows that go opened. */
export function selectedPayload(source: SyncPageSource, plan: SelectionPlan, cancelled: () => boolean = () => false): SelectedPayload {
  const { rule } = plan;
  const documentContents: DocumentContentRef[] = [];
  async function* lines(): AsyncGenerator<BundleLine> {
    for (const table of SYNC_TABLES) {
      for await (const page of source.records(table)) {
        stopIf(cancelled);
        const going = page.rows.filter((record) => rule.record(table, record));
        if (going.length === 0) continue;
        for (const record of await page.open(going)) {
          if (table === 'documents') {
            const ref = rule.documentContent(record);
            if (ref) documentContents.push(ref);
          }
          yield { t: 'record', table, record };
        }
      }
    }
    for await (const page of source.events()) {
      stopIf(cancelled);
      const going = page.rows.filter(rule.event);
      if (going.length > 0) for (const event of await page.open(going)) yield { t: 'event', event };
    }
    for await (const page of source.audit()) for (const entry of page) if (rule.audit(entry)) yield { t: 'audit', entry };
    if (rule.statistics) for await (const page of source.statistics()) for (const record of page) yield { t: 'statistic', record };
    const caseload = rule.caseload(() => plan.workerIds);
    if (caseload) yield { t: 'caseload', counselorId: caseload.counselorId, workerIds: [...caseload.workerIds] };
    for (const key of rule.recoveryKeys) yield { t: 'recoveryKey', deviceId: key.deviceId, wrappedDataKey: key.wrappedDataKey };
  }
  return { lines: lines(), documentContents };
}

function* pagesOf<T>(rows: readonly T[], size: number): Generator<readonly T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

async function* asPages<T>(rows: readonly T[], size: number): AsyncGenerator<RowPage<T, T>> {
  for (const page of pagesOf(rows, size)) yield { rows: page, open: (some) => Promise.resolve(some) };
}

/** Data held whole as a page source (tests, benchmarks): rows in the order they are held, opened as they are. */
export function memoryPageSource(data: SyncData, pageRows = 1000): SyncPageSource {
  return {
    records: (table) => asPages(data.records[table] ?? [], pageRows),
    events: () => asPages(data.events, pageRows),
    audit: async function* () {
      yield* pagesOf(data.audit, pageRows);
    },
    statistics: async function* () {
      yield* pagesOf(data.statistics, pageRows);
    },
  };
}
