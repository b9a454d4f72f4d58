// What the report Web Worker computes, as plain messages: the same function runs in the worker
// and, where no worker exists (unit tests, a failed worker start), synchronously on the caller's
// thread. Progress is reported as a share from 0 to 1.
import { computeDashboard, type Dashboard } from '../../shared/reports/dashboard';
import { computeMonitoringReport } from '../../shared/reports/report';
import { pseudonymise } from '../../shared/reports/suppression';
import type { MonitoringReport, Period, ReportInput } from '../../shared/reports/types';

export type ReportRequest =
  | { id: number; kind: 'report'; input: ReportInput; period: Period; threshold: number }
  | { id: number; kind: 'dashboard'; input: ReportInput; asOf: string };

/** A request before the runner numbers it. */
export type ReportJob = Omit<Extract<ReportRequest, { kind: 'report' }>, 'id'> | Omit<Extract<ReportRequest, { kind: 'dashboard' }>, 'id'>;

/** Both views of a report: the internal one (lists behind figures) and the external one. */
export interface ReportPair {
  internal: MonitoringReport;
  external: MonitoringReport;
}

export type ReportResult = { kind: 'report'; value: ReportPair } | { kind: 'dashboard'; value: Dashboard };

export type ReportResponse = { id: number; type: 'progress'; done: number } | { id: number; type: 'done'; result: ReportResult } | { id: number; type: 'failed'; message: string };

export function runReportJob(request: ReportRequest, onProgress: (done: number) => void): ReportResult {
  if (request.kind === 'dashboard') return { kind: 'dashboard', value: computeDashboard(request.input, request.asOf, onProgress) };
  const internal = computeMonitoringReport(request.input, request.period, { onProgress });
  return { kind: 'report', value: { internal, external: pseudonymise(internal, request.threshold) } };
}
