// Workers whose wage guarantee (CIGS) ends soon and who are still looking for work: the alert each
// counselor sees for their caseload, and the last table of the monitoring report. "Still looking"
// means active or in training: a placed, self-employed, retired or withdrawn worker needs no alert,
// and a worker whose fixed-term contract ended is active again and gets one.
import type { WorkerStatus } from '../domain/vocabulary';
import { daysBetween } from '../time/days';

export const CIGS_HORIZON_DAYS = 90;
export const CIGS_BANDS = ['d0_30', 'd31_60', 'd61_90'] as const;
export type CigsBand = (typeof CIGS_BANDS)[number];

const SEEKING: readonly WorkerStatus[] = ['active', 'in_training'];
export const isSeekingWork = (status: WorkerStatus): boolean => SEEKING.includes(status);

export interface CigsCandidate {
  id: string;
  counselorId: string;
  status: WorkerStatus;
  /** Last day of the effective CIGS periods; '' when none applies. */
  cigsEnd: string;
}

export interface CigsAlert {
  workerId: string;
  counselorId: string;
  cigsEnd: string;
  /** Days from the reference day to the last day of CIGS (0 = it ends today). */
  daysLeft: number;
  band: CigsBand;
}

export function cigsBandOf(daysLeft: number): CigsBand | undefined {
  if (daysLeft < 0 || daysLeft > CIGS_HORIZON_DAYS) return undefined;
  return daysLeft <= 30 ? 'd0_30' : daysLeft <= 60 ? 'd31_60' : 'd61_90';
}

/** Alerts for the workers given, soonest end first; `statusOf` says their status on the reference day. */
export function cigsAlerts<W extends CigsCandidate>(workers: readonly W[], referenceDate: string, statusOf: (worker: W) => WorkerStatus = (w) => w.status): CigsAlert[] {
  const alerts: CigsAlert[] = [];
  for (const worker of workers) {
    if (!worker.cigsEnd || worker.cigsEnd < referenceDate) continue;
    const daysLeft = daysBetween(referenceDate, worker.cigsEnd);
    const band = cigsBandOf(daysLeft);
    if (band && isSeekingWork(statusOf(worker))) alerts.push({ workerId: worker.id, counselorId: worker.counselorId, cigsEnd: worker.cigsEnd, daysLeft, band });
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || a.workerId.localeCompare(b.workerId));
}
