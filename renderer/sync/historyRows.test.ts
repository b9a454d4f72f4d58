import { describe, expect, it } from 'vitest';
import type { SyncHistoryRow } from '../db/rows';
import { historyPeerVerified, historyRowTone, refusalOf } from './historyRows';

const row = (outcome: string, peerVerified?: boolean): SyncHistoryRow => ({
  id: 'h',
  at: '2019-06-01T10:00:00.000Z',
  direction: 'in',
  peerDeviceId: 'lap1',
  bundleId: 'b',
  fileName: 'f.pcobundle',
  counts: {},
  bytes: 1,
  sha256: '0'.repeat(64),
  outcome,
  note: '',
  ...(peerVerified === undefined ? {} : { peerVerified }),
});

describe('sync history rows', () => {
  it('shows a replay or an older bundle as harmless, other refusals as refused', () => {
    expect(historyRowTone(row('refused:alreadyApplied'))).toBe('harmless');
    expect(historyRowTone(row('refused:stale'))).toBe('harmless');
    expect(historyRowTone(row('refused:badSignature'))).toBe('refused');
    expect(historyRowTone(row('applied'))).toBe('');
    expect(refusalOf(row('refused:nonsense'))).toBeNull();
  });

  it('names a sender as verified only when its signature was checked', () => {
    expect(historyPeerVerified(row('refused:badSignature', false))).toBe(false);
    expect(historyPeerVerified(row('refused:alreadyApplied', true))).toBe(true);
    // Rows from before the flag: harmless refusals and applied bundles were verified, others not.
    expect(historyPeerVerified(row('refused:unknownDevice'))).toBe(false);
    expect(historyPeerVerified(row('refused:stale'))).toBe(true);
    expect(historyPeerVerified(row('applied'))).toBe(true);
  });
});
