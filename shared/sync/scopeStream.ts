// What a receiver gets, chosen from data read a page at a time (IndexedDB at 30,000 workers, where
// holding every row at once takes more than a gigabyte). For a counselor laptop a first pass over
// the records as stored builds its scope (ids only); each payload pass then reads the pages again,
// decides every row by the same SelectionRule as selectChanges, opens only the rows that go, and
// notes the clocks of all it read (the vector of everything held, told in the manifest).
import type { AuditEntry } from '../domain/audit';
import type { StatisticalRecord } from '../gdpr/statisticalRecord';
import type { BundleLine } from './bundle/manifest';
import { counselorScopeBuilder, selectionRule, SCOPE_TABLE_ORDER, type SelectionRule, type SelectRequest } from './scope';
import { vectorAccumulator } from './vector';
import { SYNC_TABLES, type AnyRecord, type CaseloadLine, type DocumentContentRef, type SyncData, type SyncEvent, type SyncTable, type VersionVector } from './types';

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
}

/**
 * What must be known before the first line: a counselor laptop's scope, read from the records as
 * stored (nothing is opened, events are not read). A coordinator receives by clock alone.
 */
export async function planSelection(source: SyncPageSource, request: SelectRequest, cancelled: () => boolean = () => false): Promise<SelectionPlan> {
  const { to } = request;
  if (to.role !== 'counselor') return { rule: selectionRule(request, null) };
  const builder = counselorScopeBuilder(to.counselorId, to.previousCaseload);
  for (const table of SCOPE_TABLE_ORDER) {
    for await (const page of source.records(table)) {
      stopIf(cancelled);
      for (const record of page.rows) builder.add(table, record);
    }
  }
  return { rule: selectionRule(request, builder.finish()) };
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

/** One pass over the selected payload: its lines in the order of eachPayloadLine, and what the pass learnt on the way. */
export interface SelectedPayload {
  readonly lines: AsyncIterable<BundleLine>;
  /** The documents whose bytes follow the lines: complete once `lines` has ended. */
  readonly documentContents: readonly DocumentContentRef[];
  /** vectorOf everything read (every row, whether it goes or not): complete once `lines` has ended. */
  readonly held: VersionVector;
  /** The caseload line, once it was written. */
  readonly caseload: () => CaseloadLine | null;
}

/** The payload `plan` selects, read from `source` afresh: a page of rows at a time, only the rows that go opened. */
export function selectedPayload(source: SyncPageSource, plan: SelectionPlan, cancelled: () => boolean = () => false): SelectedPayload {
  const { rule } = plan;
  const documentContents: DocumentContentRef[] = [];
  const seen = vectorAccumulator();
  let caseload: CaseloadLine | null = null;
  async function* lines(): AsyncGenerator<BundleLine> {
    // Ids of every worker held: the caseload a counselor laptop reports to the coordinator.
    const workerIds: string[] = [];
    for (const table of SYNC_TABLES) {
      for await (const page of source.records(table)) {
        stopIf(cancelled);
        for (const record of page.rows) seen.record(record);
        if (table === 'workers') for (const record of page.rows) workerIds.push(record.id);
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
      for (const event of page.rows) seen.hlc(event.hlc);
      const going = page.rows.filter(rule.event);
      if (going.length > 0) for (const event of await page.open(going)) yield { t: 'event', event };
    }
    for await (const page of source.audit()) {
      for (const entry of page) seen.hlc(entry.hlc);
      for (const entry of page) if (rule.audit(entry)) yield { t: 'audit', entry };
    }
    if (rule.statistics) for await (const page of source.statistics()) for (const record of page) yield { t: 'statistic', record };
    caseload = rule.caseload(() => workerIds);
    if (caseload) yield { t: 'caseload', counselorId: caseload.counselorId, workerIds: [...caseload.workerIds] };
    for (const key of rule.recoveryKeys) yield { t: 'recoveryKey', deviceId: key.deviceId, wrappedDataKey: key.wrappedDataKey };
  }
  return { lines: lines(), documentContents, held: seen.vector, caseload: () => caseload };
}

/** The payload read as often as the encoder asks; the first reading is kept for what it learnt (the manifest's vector, the caseload sent). */
export function payloadReadings(source: SyncPageSource, plan: SelectionPlan, cancelled: () => boolean = () => false): { read(): SelectedPayload; first(): SelectedPayload | null } {
  const readings: SelectedPayload[] = [];
  return {
    read() {
      const reading = selectedPayload(source, plan, cancelled);
      if (readings.length === 0) readings.push(reading);
      return reading;
    },
    first: () => readings[0] ?? null,
  };
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
