// How a sync history row reads: its refusal reason, whether that was harmless (a replay, an older
// bundle: nothing to fix, not a red line), and whether the sender it names was verified.
import { HARMLESS_REFUSALS, refusalReasonSchema, type RefusalReason } from '../../shared/sync';
import type { SyncHistoryRow } from '../db/rows';

export function refusalOf(row: SyncHistoryRow): RefusalReason | null {
  if (!row.outcome.startsWith('refused:')) return null;
  const parsed = refusalReasonSchema.safeParse(row.outcome.slice('refused:'.length));
  return parsed.success ? parsed.data : null;
}

/** '' for sent and applied, 'harmless' for a replay or an older bundle, 'refused' otherwise. */
export function historyRowTone(row: SyncHistoryRow): '' | 'harmless' | 'refused' {
  if (!row.outcome.startsWith('refused')) return '';
  const reason = refusalOf(row);
  return reason && HARMLESS_REFUSALS.includes(reason) ? 'harmless' : 'refused';
}

/**
 * Whether `peerDeviceId` is a sender whose signature was checked. Rows written before this was
 * recorded: sent and applied bundles were verified, and harmless refusals come after the signature
 * check; any other refusal may have stopped before it, so its sender counts as a claim.
 */
export function historyPeerVerified(row: SyncHistoryRow): boolean {
  if (row.peerVerified !== undefined) return row.peerVerified;
  return historyRowTone(row) !== 'refused';
}
