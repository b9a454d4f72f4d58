// Reads what the reports are computed from, within a scope (a counselor's caseload, everyone for the
// coordinator): the workers, their events and those of their candidacies and enrolments, the shared
// catalogues, and for the coordinator the erased files' events and anonymous rows. It runs in the
// report's Web Worker, on its own connection to the database, so the page never holds the data.
// Workers are read a page at a time; events come cut down to what the reports read
// (shared/reports/reportEvent.ts), from their sealed cache where it holds (reportEventCache.ts): at
// 30,000 workers with a year of history the sealed rows would otherwise all be in memory at once,
// next to their opened copies. The same assembly (`assembleReport`) serves the rows kept in step in
// the reports' snapshot (reportSnapshot.ts): this full reading stays as the reference it is checked
// against, and as the way the snapshot is first built.
import type { Table } from 'dexie';
import { redirectsOf, type MergeableRow } from '../../shared/sync/merges';
import type { Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';
import type { Counselor } from '../../shared/domain/programme';
import type { Employer } from '../../shared/domain/employer';
import type { Offer } from '../../shared/domain/offer';
import { ReportEventColumnsBuilder } from '../../shared/reports/eventColumns';
import { createInterner, type Interner, type ReportEvent } from '../../shared/reports/reportEvent';
import { toReportWorker, type ReportWorker } from '../../shared/reports/reportWorker';
import { reportNames } from '../../shared/reports/names';
import type { Keyed, ReportData, ReportInput } from '../../shared/reports/types';
import { todayIso } from '../../shared/time/dates';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import { eachPage, PAGE_ROWS } from '../db/pages';
import type { ProgrammeRow, StatisticalRow, WorkerRow } from '../db/rows';
import { openWorker } from '../db/recordRows';
import { openOfferRow } from '../db/repositories/offerRepository';
import { withinScope, type ReadScope } from '../db/scope';
import { readReportEvents, type CacheOptions } from './reportEventCache';

/** What a report screen shows besides the figures. */
export interface ReportFacts extends ReportData {
  programmeName: string;
  /** Latest day anything was recorded (never after today): the report opens on its month. */
  latestActivity: string | undefined;
}

export interface LoadedReport {
  input: ReportInput;
  facts: ReportFacts;
}

const live = <R extends { deletedAt: string | null }>(rows: R[]) => rows.filter((row) => !row.deletedAt);

/** A worker row as the reports need it: its clear columns, and for a live file the report's copy. */
export interface RawWorker {
  id: string;
  deletedAt: string | null;
  counselorId: string;
  /** An erased file: a tombstone without sealed data. */
  erased: boolean;
  /** The clear fields of a removed file (a merged one names its survivor there). */
  clear?: Readonly<Record<string, unknown>>;
  /** The report's copy of a live file. */
  report?: ReportWorker;
}

/** The live rows of the other tables the reports read, opened, in id order. */
export interface RawTables {
  candidacies: Keyed<Candidacy>[];
  enrolments: Keyed<Enrolment>[];
  ventures: Keyed<Venture>[];
  offers: Keyed<Offer>[];
  employers: Keyed<Employer>[];
  meetings: Keyed<Meeting>[];
  courses: Keyed<Course>[];
}

export const RAW_TABLES = ['candidacies', 'enrolments', 'ventures', 'offers', 'employers', 'meetings', 'courses'] as const satisfies readonly (keyof RawTables)[];

/** What is read whole at every opening: one row, the counselors and the anonymous rows. */
export interface BaseRows {
  programme: ProgrammeRow | undefined;
  counselorNames: Map<string, string>;
  statistics: StatisticalRow[];
}

export async function readBaseRows(db: PcoDatabase, codec: RecordCodec): Promise<BaseRows> {
  const [programme, counselorRows, statistics] = await Promise.all([db.programme.toCollection().first(), db.counselors.toArray(), db.statistics.toArray()]);
  const counselors = await Promise.all(counselorRows.map((row) => codec.open<Counselor>('counselors', row)));
  return { programme, counselorNames: new Map(counselors.map((c) => [c.id, c.data.displayName])), statistics };
}

export async function rawWorkers(codec: RecordCodec, rows: readonly WorkerRow[], intern: Interner): Promise<RawWorker[]> {
  const opened = await Promise.all(rows.map((row) => (row.deletedAt ? undefined : openWorker(codec, row))));
  return rows.map((row, i) => {
    const worker = opened[i];
    const raw: RawWorker = { id: row.id, deletedAt: row.deletedAt, counselorId: row.counselorId, erased: Boolean(row.deletedAt) && row.sealed === null };
    if (row.deletedAt) raw.clear = row.data;
    if (worker) raw.report = toReportWorker(worker.id, worker.data, worker.cigsEnd, intern);
    return raw;
  });
}

/** The rows of a table: all of them, or those whose id `keep` chooses (their keys read first). */
async function rowsOf<R extends { id: string }>(table: Table<R, string>, keep: ((id: string) => boolean) | undefined): Promise<R[]> {
  if (!keep) return table.toArray();
  const ids = (await table.toCollection().primaryKeys()).filter(keep);
  return (await table.bulkGet(ids)).filter((row): row is R => row !== undefined);
}

/** The live rows of the other tables, opened (all of them, or those whose id `keep` chooses). */
export async function readRawTables(db: PcoDatabase, codec: RecordCodec, keep?: (id: string) => boolean): Promise<RawTables> {
  const [candidacyRows, enrolmentRows, ventureRows, offerRows, employerRows, meetingRows, courseRows] = await Promise.all([
    rowsOf(db.candidacies, keep),
    rowsOf(db.enrolments, keep),
    rowsOf(db.ventures, keep),
    rowsOf(db.offers, keep),
    rowsOf(db.employers, keep),
    rowsOf(db.meetings, keep),
    rowsOf(db.courses, keep),
  ]);
  const keyed = <T>(records: { id: string; data: T }[]): Keyed<T>[] => records.map((r) => ({ id: r.id, data: r.data }));
  const [candidacies, enrolments, ventures, offers, employers, meetings, courses] = await Promise.all([
    Promise.all(live(candidacyRows).map((row) => codec.open<Candidacy>('candidacies', row))),
    Promise.all(live(enrolmentRows).map((row) => codec.open<Enrolment>('enrolments', row))),
    Promise.all(live(ventureRows).map((row) => codec.open<Venture>('ventures', row))),
    Promise.all(live(offerRows).map((row) => openOfferRow(codec, row))),
    Promise.all(live(employerRows).map((row) => codec.open<Employer>('employers', row))),
    Promise.all(live(meetingRows).map((row) => codec.open<Meeting>('meetings', row))),
    Promise.all(live(courseRows).map((row) => codec.open<Course>('courses', row))),
  ]);
  return { candidacies: keyed(candidacies), enrolments: keyed(enrolments), ventures: keyed(ventures), offers: keyed(offers as { id: string; data: Offer }[]), employers: keyed(employers), meetings: keyed(meetings), courses: keyed(courses) };
}

/**
 * The report's input within a scope, from the rows: workers and tables in id order, and the events
 * of a reported kind, in id order, handed one at a time by `events` to the function it is given.
 */
export async function assembleReport(base: BaseRows, workerRows: readonly RawWorker[], tables: RawTables, events: (keep: (event: ReportEvent) => void) => Promise<void>, scope: ReadScope): Promise<LoadedReport> {
  if (!base.programme) throw new Error('No programme');
  const coordinator = scope.role === 'coordinator';
  const workers: ReportWorker[] = [];
  // An erased file is a tombstone without sealed data; its events still count (redacted).
  const erasedWorkerIds: string[] = [];
  // Files merged into another: their pointers (in clear), read as the survivor's below.
  const tombstones: MergeableRow[] = [];
  for (const row of workerRows) {
    if (row.deletedAt) tombstones.push({ id: row.id, deletedAt: row.deletedAt, data: row.clear ?? {} });
    if (!withinScope(scope, row)) continue;
    if (row.erased) erasedWorkerIds.push(row.id);
    if (!row.deletedAt && row.report) workers.push(row.report);
  }

  const mergedWorkers = redirectsOf(tombstones);
  const survivors = new Set(workers.map((w) => w.id));
  const absorbed = [...mergedWorkers].filter(([, survivor]) => survivors.has(survivor)).map(([id]) => id);
  const inScope = new Set([...survivors, ...erasedWorkerIds, ...absorbed]);
  const owned = <T extends { workerId?: string }>(rows: Keyed<T>[]) => rows.filter((row) => inScope.has(row.data.workerId ?? ''));
  const candidacies = owned(tables.candidacies);
  const enrolments = owned(tables.enrolments);
  const ventures = owned(tables.ventures);

  const subjects = new Set([...inScope, ...candidacies.map((c) => c.id), ...enrolments.map((e) => e.id)]);
  const columns = new ReportEventColumnsBuilder();
  const today = todayIso();
  let latestActivity: string | undefined;
  await events((event) => {
    if (!subjects.has(event.subjectId)) return;
    columns.add(event);
    if (event.occurredOn <= today && (!latestActivity || event.occurredOn > latestActivity)) latestActivity = event.occurredOn;
  });

  const candidacyIds = new Set(candidacies.map((c) => c.id));
  const input: ReportInput = {
    programme: base.programme.data,
    workers,
    erasedWorkerIds,
    mergedWorkers,
    // In the order recorded (ids are time-ordered), as columns: the worker keeps them while its screen is open.
    events: columns.build(),
    offers: tables.offers,
    employers: tables.employers,
    candidacies,
    // A counselor sees the meetings of their own candidacies only.
    meetings: tables.meetings.filter((m) => coordinator || m.data.candidacyIds.some((id) => candidacyIds.has(id))),
    courses: tables.courses,
    enrolments,
    ventures,
    statistics: coordinator ? base.statistics : [],
  };
  return { input, facts: { programmeName: base.programme.data.name, latestActivity, ...reportNames(input, base.counselorNames) } };
}

/** Every record read and opened: the reference the snapshot is checked against. */
export async function loadReportInput(db: PcoDatabase, codec: RecordCodec, scope: ReadScope, onProgress: (done: number) => void = () => {}, options: CacheOptions = {}): Promise<LoadedReport> {
  const { base, workers, tables, events } = await readAllRows(db, codec, onProgress, options);
  const loaded = await assembleReport(base, workers, tables, events, scope);
  onProgress(1);
  return loaded;
}

export interface AllRows {
  base: BaseRows;
  workers: RawWorker[];
  tables: RawTables;
  /** Reads the events (from their sealed cache where it holds) when called, each with its row's id: once. */
  events: (keep: (event: ReportEvent, id: string) => void) => Promise<void>;
}

/** Every row the reports read: workers a page at a time, events streamed to whoever takes them. */
export async function readAllRows(db: PcoDatabase, codec: RecordCodec, onProgress: (done: number) => void, options: CacheOptions = {}, intern: Interner = createInterner()): Promise<AllRows> {
  const [base, tables, workerCount, eventCount] = await Promise.all([readBaseRows(db, codec), readRawTables(db, codec), db.workers.count(), db.events.count()]);
  const total = Math.max(1, workerCount + eventCount);
  let read = 0;
  const advance = (rows: number) => {
    read += rows;
    onProgress(Math.min(1, read / total));
  };
  const workers: RawWorker[] = [];
  await eachPage(db.workers, options.pageSize ?? PAGE_ROWS, async (rows) => {
    workers.push(...(await rawWorkers(codec, rows, intern)));
    advance(rows.length);
  });
  return { base, workers, tables, events: (keep) => readReportEvents(db, codec, intern, keep, advance, options) };
}
