// The monthly monitoring report (or any period): every table, in the internal view, each figure
// with the list behind it. `pseudonymise` (suppression.ts) turns it into the external view.
import { activityTables } from './activity';
import { CIGS_BANDS, cigsAlerts } from './cigs';
import { buildContext, statusOn, type ReportContext } from './context';
import { kilometreDistanceBands, type DistanceBands } from './distance';
import { enrolledMembers, enrolledTables } from './enrolled';
import { placementTables } from './placements';
import { countTable, WORKERS } from './table';
import { countedBy } from './reportWorker';
import type { MonitoringReport, Period, ReportInput, ReportTable } from './types';

export interface ReportOptions {
  /** How workplaces are banded by distance from the plant; swappable for a kilometre-based one. */
  distance?: DistanceBands;
  /** Called after each step with the share done (0..1): the Web Worker turns it into a progress bar. */
  onProgress?: (done: number) => void;
}

export function cigsTable(context: ReportContext, period: Period): ReportTable {
  const enrolled = context.input.workers.filter((worker) => countedBy(worker, period.end));
  const candidates = enrolled.map((worker) => ({ id: worker.id, counselorId: worker.data.counselorId, status: worker.data.status, cigsEnd: worker.cigsEnd, worker }));
  const alerts = cigsAlerts(candidates, period.end, (candidate) => statusOn(context, candidate.worker, period.end));
  return countTable('cigsEnding', 'cigsBand', CIGS_BANDS, [
    { column: WORKERS, entries: alerts.map((alert) => [alert.band, { workerId: alert.workerId, date: alert.cigsEnd, amount: alert.daysLeft }] as const) },
  ]);
}

export function computeMonitoringReport(input: ReportInput, period: Period, options: ReportOptions = {}): MonitoringReport {
  const progress = options.onProgress ?? (() => {});
  const steps: ((context: ReportContext) => ReportTable[])[] = [];
  const context = buildContext(input);
  progress(0.2);
  const members = enrolledMembers(context, period);
  steps.push(() => enrolledTables(members));
  steps.push((c) => placementTables(c, period, members, options.distance ?? kilometreDistanceBands));
  steps.push((c) => activityTables(c, period));
  steps.push((c) => [cigsTable(c, period)]);
  const tables: ReportTable[] = [];
  steps.forEach((step, index) => {
    tables.push(...step(context));
    progress(0.2 + (0.8 * (index + 1)) / steps.length);
  });
  return { programmeName: input.programme.name, period, referenceDate: period.end, view: 'internal', tables };
}
