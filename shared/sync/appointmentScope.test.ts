import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './hlc';
import { createRecord } from './record';
import { selectChanges } from './scope';
import { decidePurges } from './purge';
import type { SyncData } from './types';

const hlc = (millis: number, node = 'coord') => formatTimestamp({ millis, counter: 0, node });
const author = { counselorId: 'c0', deviceId: 'coord', nowIso: '2019-06-01T00:00:00.000Z' };
const rec = (id: string, data: Record<string, unknown>, at: number) => createRecord(id, data, hlc(at), author);
const ids = (rows: readonly { id: string }[] | undefined) => (rows ?? []).map((r) => r.id).sort();

// c1 follows w1, c2 follows w2. Appointments: c1's own with w1 (a1), c1's with c2's worker (a2),
// c2's alone (a3), c2's with w1 (a4).
const data: SyncData = {
  records: {
    workers: [rec('w1', { counselorId: 'c1' }, 1), rec('w2', { counselorId: 'c2' }, 2)],
    appointments: [
      rec('a1', { counselorId: 'c1', workerIds: ['w1'] }, 3),
      rec('a2', { counselorId: 'c1', workerIds: ['w2'] }, 4),
      rec('a3', { counselorId: 'c2', workerIds: [] }, 5),
      rec('a4', { counselorId: 'c2', workerIds: ['w1'] }, 6),
    ],
  },
  events: [],
  audit: [],
  statistics: [],
};

describe('appointments in bundles', () => {
  it('go to the counselor whose appointments they are and to the counselors of the workers they name', () => {
    const toC1 = selectChanges(data, { knows: {}, to: { role: 'counselor', counselorId: 'c1', previousCaseload: [] } });
    expect(ids(toC1.records.appointments)).toEqual(['a1', 'a2', 'a4']);
    const toC2 = selectChanges(data, { knows: {}, to: { role: 'counselor', counselorId: 'c2', previousCaseload: [] } });
    expect(ids(toC2.records.appointments)).toEqual(['a2', 'a3', 'a4']);
    expect(ids(selectChanges(data, { knows: {}, to: { role: 'coordinator' } }).records.appointments)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('travel whole with a worker entering the caseload, and only when new otherwise', () => {
    const knows = { coord: hlc(20) };
    expect(ids(selectChanges(data, { knows, to: { role: 'counselor', counselorId: 'c1', previousCaseload: ['w1'] } }).records.appointments)).toEqual([]);
    expect(ids(selectChanges(data, { knows, to: { role: 'counselor', counselorId: 'c1', previousCaseload: [] } }).records.appointments)).toEqual(['a1', 'a4']);
  });

  it('leave a laptop with the last worker they named, unless they are its counselor’s own', () => {
    const plan = decidePurges(data, { counselorId: 'c1', workerIds: [] }, { coord: hlc(20) });
    expect(plan.workerIds).toEqual(['w1', 'w2']);
    expect(plan.records.appointments).toEqual(['a4']);
  });
});
