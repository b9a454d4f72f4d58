// What the coordinator may assume a counselor laptop holds, so that a bundle to it can leave out
// the history of workers already there. A worker counts as held only when the laptop's own bundle
// said so AND every caseload sent to it since then kept the worker: a caseload without the worker
// may have been imported (purging the worker) at any time, and a bundle made is not a bundle
// imported. Assuming too little only sends a worker whole again; assuming too much loses history.
export interface HeldCaseload {
  /** Workers the laptop is assumed to hold. */
  readonly held: readonly string[];
  /** The workers kept by every caseload sent since the last report; null when none was sent. */
  readonly keptSinceReport: readonly string[] | null;
  /** `createdAt` of the laptop's bundle that last reported its caseload; null before any. */
  readonly reportedAt: string | null;
}

export const NOTHING_HELD: HeldCaseload = { held: [], keptSinceReport: null, reportedAt: null };

const within = (ids: readonly string[], allowed: readonly string[]): string[] => {
  const keep = new Set(allowed);
  return ids.filter((id) => keep.has(id));
};

/** A bundle carrying `sent` as the laptop's caseload was written: never adds, may take away. */
export function afterSending(belief: HeldCaseload, sent: readonly string[]): HeldCaseload {
  return { held: within(belief.held, sent), keptSinceReport: within(belief.keptSinceReport ?? sent, sent), reportedAt: belief.reportedAt };
}

/**
 * The laptop's bundle, made at `createdAt`, says it holds `reported`. An older report than the one
 * already read changes nothing; a newer one counts, less what a caseload sent meanwhile took away.
 */
export function afterReport(belief: HeldCaseload, reported: readonly string[], createdAt: string): HeldCaseload {
  if (belief.reportedAt !== null && createdAt <= belief.reportedAt) return belief;
  const held = belief.keptSinceReport === null ? [...reported] : within(reported, belief.keptSinceReport);
  return { held, keptSinceReport: null, reportedAt: createdAt };
}
