// What the report Web Worker does, as plain messages. First a load: the worker opens the database
// with the data key and answers with the names and dates a screen shows. Then any number of jobs (a
// period's report, the dashboard as of a day). Answers already given on the same records are read
// back sealed from `meta` (reportResultCache.ts); otherwise the worker reads the scope's records
// once from the snapshot kept in step with them (reportSnapshot.ts: only the parts written since are
// read again from the records), keeps them, computes and stores the answer. The same engine runs in the
// worker and, where no worker exists (unit tests, a failed worker start), on the caller's thread.
// Progress is reported as a share from 0 to 1.
import { computeDashboard, type Dashboard } from '../../shared/reports/dashboard';
import { computeMonitoringReport } from '../../shared/reports/report';
import { pseudonymise } from '../../shared/reports/suppression';
import type { MonitoringReport, Period, ReportInput } from '../../shared/reports/types';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import type { ReadScope } from '../db/scope';
import type { ReportFacts } from './reportSource';
import { loadReportSnapshot } from './reportSnapshot';
import { readEpoch, readFacts, readResult, writeFacts, writeResult } from './reportResultCache';

/** Where the records are: the database by name, the key that opens them, and whose they are. */
export interface ReportSource {
  databaseName: string;
  dataKey: CryptoKey;
  scope: ReadScope;
}

export type ReportJob = { kind: 'report'; period: Period; threshold: number } | { kind: 'dashboard'; asOf: string };

export type ReportRequest = { id: number } & ({ kind: 'load'; source: ReportSource } | ReportJob);

/** Both views of a report: the internal one (lists behind figures) and the external one. */
export interface ReportPair {
  internal: MonitoringReport;
  external: MonitoringReport;
}

export type ReportResult = { kind: 'report'; value: ReportPair } | { kind: 'dashboard'; value: Dashboard };

export type ReportReply = { kind: 'loaded'; value: ReportFacts } | ReportResult;

export type ReportResponse = { id: number; type: 'progress'; done: number } | { id: number; type: 'done'; result: ReportReply } | { id: number; type: 'failed'; message: string };

/** An open connection to the records of a source. */
export interface OpenedSource {
  db: PcoDatabase;
  codec: RecordCodec;
  /** Called once the records are read. */
  release(): void;
}

export function computeReportJob(job: ReportJob, input: ReportInput, onProgress: (done: number) => void): ReportResult {
  if (job.kind === 'dashboard') return { kind: 'dashboard', value: computeDashboard(input, job.asOf, onProgress) };
  const internal = computeMonitoringReport(input, job.period, { onProgress });
  return { kind: 'report', value: { internal, external: pseudonymise(internal, job.threshold) } };
}

export interface ReportEngine {
  handle(request: ReportRequest, onProgress: (done: number) => void): Promise<ReportReply>;
}

export function createReportEngine(open: (source: ReportSource) => OpenedSource): ReportEngine {
  let source: ReportSource | undefined;
  // Read on the first job the stored answers do not serve; kept for the next ones.
  let input: ReportInput | undefined;
  /** The epoch the input was read at: its answers are stored under it. */
  let inputEpoch = '';
  // Requests are handled one after another, in the order they came: a job waits for the load before it.
  let queue: Promise<unknown> = Promise.resolve();

  async function withSource<T>(task: (opened: OpenedSource, from: ReportSource) => Promise<T>): Promise<T> {
    if (!source) throw new Error('Report data not loaded');
    const from = source;
    const opened = open(from);
    try {
      return await task(opened, from);
    } finally {
      opened.release();
    }
  }

  async function readInput({ db, codec }: OpenedSource, scope: ReadScope, onProgress: (done: number) => void): Promise<ReportFacts> {
    input = undefined; // the previous one, if any, can be collected while the new one is read
    const epoch = await readEpoch(db);
    const { loaded } = await loadReportSnapshot(db, codec, scope, onProgress);
    input = loaded.input;
    inputEpoch = epoch;
    return loaded.facts;
  }

  async function handleNow(request: ReportRequest, onProgress: (done: number) => void): Promise<ReportReply> {
    if (request.kind === 'load') {
      source = request.source;
      input = undefined;
      return withSource(async (opened, { scope }) => {
        const stored = await readFacts(opened.db, opened.codec, scope).catch(() => undefined);
        if (stored) {
          onProgress(1);
          return { kind: 'loaded', value: stored };
        }
        const facts = await readInput(opened, scope, onProgress);
        // A failure to store costs the next opening time, never this one its answer.
        await writeFacts(opened.db, opened.codec, scope, inputEpoch, facts).catch(() => undefined);
        return { kind: 'loaded', value: facts };
      });
    }
    const { id: _id, ...job } = request;
    return withSource(async (opened, { scope }) => {
      const stored = await readResult(opened.db, opened.codec, scope, job).catch(() => undefined);
      if (stored) {
        onProgress(1);
        return stored;
      }
      const reading = input === undefined;
      if (reading) await readInput(opened, scope, (done) => onProgress(0.8 * done));
      if (!input) throw new Error('Report data not loaded');
      const result = computeReportJob(job, input, reading ? (done) => onProgress(0.8 + 0.2 * done) : onProgress);
      await writeResult(opened.db, opened.codec, scope, inputEpoch, job, result).catch(() => undefined);
      return result;
    });
  }

  return {
    handle(request, onProgress) {
      const answer = queue.then(() => handleNow(request, onProgress));
      queue = answer.catch(() => {});
      return answer;
    },
  };
}
