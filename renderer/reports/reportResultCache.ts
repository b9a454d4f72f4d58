// A report screen opened again on the same records shows what it showed before: the facts it was
// given (names, latest activity) and the answers to its jobs (the dashboard as of a day, a period's
// report) are kept sealed in `meta`, per scope, under the data key. Reading them back is one value
// each, not 30,000 workers and 700,000 events. Any write to what the reports read drops them all in
// its own transaction (renderer/db/reportResultsGuard.ts) and stamps a new epoch; a result is
// stored only if the epoch is still the one read before its records were, so a result computed on
// records changed meanwhile is never kept. Each entry is also bound to the epoch, the database's
// schema version and the figures' format: a new app that computes a figure differently, or a
// schema upgrade that rewrote records, does not read an older answer. It is a cache: losing it
// costs time, never data.
import { isSealed, type Sealed } from '../../shared/crypto/sealed';
import { packItems, unpackItems, type Packed } from '../../shared/reports/packedItems';
import { todayIso } from '../../shared/time/dates';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import { REPORT_RESULTS_EPOCH_KEY, REPORT_RESULTS_PREFIX } from '../db/reportResultsGuard';
import type { ReadScope } from '../db/scope';
import type { ReportJob, ReportResult } from './reportJob';
import type { ReportFacts } from './reportSource';

/** Raise when a figure is computed differently, so that answers stored by an older build are not shown. */
const RESULTS_FORMAT = 2;
/** Answers kept per scope (the dashboard on a few days, a few periods' reports); the oldest go first. */
const KEPT_RESULTS = 4;

interface Stored {
  epoch: string;
  /** When stored (ms): the oldest answers are dropped first. */
  at: number;
  sealed: Sealed;
}

type StoredFacts = Omit<ReportFacts, 'counselorOf' | 'workerNames' | 'counselorNames' | 'employerNames'> & {
  /** The latest activity is counted up to today: another day may find a later one. */
  today: string;
  counselorOf: [string, string][];
  workerNames: [string, string][];
  counselorNames: [string, string][];
  employerNames: [string, string][];
};

export function buildVersion(): string {
  const version: unknown = import.meta.env?.PACKAGE_VERSION;
  return typeof version === 'string' ? version : '';
}

const scopeKey = (scope: ReadScope) => `${REPORT_RESULTS_PREFIX}${scope.role}:${scope.counselorId}:`;
const factsKey = (scope: ReadScope) => `${scopeKey(scope)}facts`;
/** Jobs as a canonical text: their fields in a fixed order. */
export function jobKey(job: ReportJob): string {
  return job.kind === 'dashboard' ? `dashboard:${job.asOf}` : `report:${job.period.start}:${job.period.end}:${job.threshold}`;
}
const resultKey = (scope: ReadScope, job: ReportJob) => `${scopeKey(scope)}job:${jobKey(job)}`;
const bindingOf = (db: PcoDatabase, key: string, epoch: string) => `${key}|${epoch}|${db.verno}|${RESULTS_FORMAT}|${buildVersion()}`;

function isStored(value: unknown): value is Stored {
  const stored = value as Partial<Stored> | null;
  return typeof stored?.epoch === 'string' && typeof stored.at === 'number' && isSealed(stored.sealed);
}

/** The epoch the records are at: read before the records, it dates what is computed from them. */
export async function readEpoch(db: PcoDatabase): Promise<string> {
  const value = (await db.meta.get(REPORT_RESULTS_EPOCH_KEY))?.value;
  return typeof value === 'string' ? value : '';
}

async function read<T>(db: PcoDatabase, codec: RecordCodec, key: string): Promise<T | undefined> {
  return db.transaction('r', db.meta, async () => {
    const [epoch, row] = await Promise.all([readEpoch(db), db.meta.get(key)]);
    if (!row || !isStored(row.value) || row.value.epoch !== epoch) return undefined;
    return { epoch, sealed: row.value.sealed };
  }).then((found) => (found ? codec.openValue<T>(bindingOf(db, key, found.epoch), found.sealed).catch(() => undefined) : undefined));
}

async function write(db: PcoDatabase, codec: RecordCodec, scope: ReadScope, key: string, epoch: string, value: unknown): Promise<void> {
  const sealed = await codec.sealValue(bindingOf(db, key, epoch), value);
  await db.transaction('rw', db.meta, async () => {
    // Records written since they were read: this answer may not hold for them.
    if ((await readEpoch(db)) !== epoch) return;
    const answers = (await db.meta.where('key').startsWith(`${scopeKey(scope)}job:`).toArray()).filter((row) => row.key !== key);
    const storedAt = (row: { value: unknown }) => (isStored(row.value) ? row.value.at : 0);
    // Later than every other answer, even within the same millisecond: the order says which go first.
    const at = Math.max(Date.now(), ...answers.map((row) => storedAt(row) + 1));
    await db.meta.put({ key, value: { epoch, at, sealed } satisfies Stored });
    const older = answers.sort((a, b) => storedAt(a) - storedAt(b));
    await db.meta.bulkDelete(older.slice(0, Math.max(0, older.length - (KEPT_RESULTS - 1))).map((row) => row.key));
  });
}

export async function readFacts(db: PcoDatabase, codec: RecordCodec, scope: ReadScope): Promise<ReportFacts | undefined> {
  const stored = await read<StoredFacts>(db, codec, factsKey(scope));
  if (!stored || stored.today !== todayIso()) return undefined;
  const { today: _today, ...kept } = stored;
  return { ...kept, counselorOf: new Map(stored.counselorOf), workerNames: new Map(stored.workerNames), counselorNames: new Map(stored.counselorNames), employerNames: new Map(stored.employerNames) };
}

export function writeFacts(db: PcoDatabase, codec: RecordCodec, scope: ReadScope, epoch: string, facts: ReportFacts): Promise<void> {
  const stored: StoredFacts = { ...facts, today: todayIso(), counselorOf: [...facts.counselorOf], workerNames: [...facts.workerNames], counselorNames: [...facts.counselorNames], employerNames: [...facts.employerNames] };
  return write(db, codec, scope, factsKey(scope), epoch, stored);
}

export async function readResult(db: PcoDatabase, codec: RecordCodec, scope: ReadScope, job: ReportJob): Promise<ReportResult | undefined> {
  const stored = await read<Packed<unknown>>(db, codec, resultKey(scope, job));
  return stored && unpackItems<ReportResult>(stored);
}

export function writeResult(db: PcoDatabase, codec: RecordCodec, scope: ReadScope, epoch: string, job: ReportJob, result: ReportResult): Promise<void> {
  // The lists behind the figures as columns: a month's report at 30,000 workers is ~9 MB, not ~45.
  return write(db, codec, scope, resultKey(scope, job), epoch, packItems(result));
}
