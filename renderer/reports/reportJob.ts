// What the report Web Worker does, as plain messages. First a load: the worker opens the database
// with the data key, reads the scope's records (reportSource.ts) and keeps them; the page gets back
// only names and dates. Then any number of jobs (a period's report, the dashboard as of a day) on
// what was loaded. The same engine runs in the worker and, where no worker exists (unit tests, a
// failed worker start), on the caller's thread. Progress is reported as a share from 0 to 1.
import { computeDashboard, type Dashboard } from '../../shared/reports/dashboard';
import { computeMonitoringReport } from '../../shared/reports/report';
import { pseudonymise } from '../../shared/reports/suppression';
import type { MonitoringReport, Period, ReportInput } from '../../shared/reports/types';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import type { ReadScope } from '../db/scope';
import { loadReportInput, type ReportFacts } from './reportSource';

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
  let input: ReportInput | undefined;
  // Requests are handled one after another, in the order they came: a job waits for the load before it.
  let queue: Promise<unknown> = Promise.resolve();

  async function handleNow(request: ReportRequest, onProgress: (done: number) => void): Promise<ReportReply> {
    if (request.kind === 'load') {
      input = undefined; // the previous load, if any, can be collected while the new one is read
      const source = open(request.source);
      try {
        const loaded = await loadReportInput(source.db, source.codec, request.source.scope, onProgress);
        input = loaded.input;
        return { kind: 'loaded', value: loaded.facts };
      } finally {
        source.release();
      }
    }
    if (!input) throw new Error('Report data not loaded');
    return computeReportJob(request, input, onProgress);
  }

  return {
    handle(request, onProgress) {
      const answer = queue.then(() => handleNow(request, onProgress));
      queue = answer.catch(() => {});
      return answer;
    },
  };
}
