import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './hlc';
import { createRecord } from './record';
import { caseloadOf, selectChanges } from './scope';
import { decidePurges } from './purge';
import type { SyncData, SyncEvent } from './types';

const hlc = (millis: number, node = 'coord') => formatTimestamp({ millis, counter: 0, node });
const author = { counselorId: 'c0', deviceId: 'coord', nowIso: '2019-06-01T00:00:00.000Z' };
const rec = (id: string, data: Record<string, unknown>, at: number, node = 'coord') => createRecord(id, data, hlc(at, node), author);
const event = (id: string, subjectId: string, at: number, node = 'coord') => ({ id, subjectId, hlc: hlc(at, node) }) as SyncEvent;

const data: SyncData = {
  records: {
    workers: [rec('w1', { counselorId: 'c1' }, 1), rec('w2', { counselorId: 'c2' }, 2), rec('w3', { counselorId: 'c1' }, 3)],
    candidacies: [rec('k1', { workerId: 'w1' }, 4), rec('k2', { workerId: 'w2' }, 5)],
    meetings: [rec('m1', { candidacyIds: ['k1', 'k2'] }, 6), rec('m2', { candidacyIds: ['k2'] }, 7)],
    employers: [rec('e1', { name: 'Acme' }, 8)],
  },
  events: [event('v1', 'w1', 9), event('v2', 'w2', 10), event('v3', 'k1', 11), event('v4', 'e1', 12)],
  audit: [{ id: 'a1', hlc: hlc(13) } as never],
  statistics: [{ id: 's1' } as never],
};

const ids = (rows: readonly { id: string }[] | undefined) => (rows ?? []).map((r) => r.id).sort();

describe('change selection', () => {
  it('sends a counselor only its caseload, their rows and events, and the catalogue', () => {
    const content = selectChanges(data, { knows: {}, to: { role: 'counselor', counselorId: 'c1', previousCaseload: [] } });
    expect(ids(content.records.workers)).toEqual(['w1', 'w3']);
    expect(ids(content.records.candidacies)).toEqual(['k1']);
    expect(ids(content.records.meetings)).toEqual(['m1']);
    expect(ids(content.records.employers)).toEqual(['e1']);
    expect(ids(content.events)).toEqual(['v1', 'v3', 'v4']);
    expect(content.audit).toEqual([]);
    expect(content.statistics).toEqual([]);
    expect(content.caseload).toEqual({ counselorId: 'c1', workerIds: ['w1', 'w3'] });
    expect(caseloadOf(data, 'c2')).toEqual(['w2']);
  });

  it('sends only what the receiver has not seen, except workers entering the caseload, which travel whole', () => {
    const knows = { coord: hlc(20) };
    const content = selectChanges(data, { knows, to: { role: 'counselor', counselorId: 'c1', previousCaseload: ['w1'] } });
    expect(ids(content.records.workers)).toEqual(['w3']);
    expect(content.records.employers).toBeUndefined();
    expect(content.events).toEqual([]);
    expect(ids(selectChanges(data, { knows, to: { role: 'coordinator' } }).records.workers)).toEqual([]);
  });

  it('sends the coordinator everything new, audit and statistics included, with the held caseload', () => {
    const content = selectChanges(data, { knows: { coord: hlc(9) }, to: { role: 'coordinator', reportCaseloadOf: 'c1' } });
    expect(ids(content.events)).toEqual(['v2', 'v3', 'v4']);
    expect(ids(content.audit)).toEqual(['a1']);
    expect(ids(content.statistics)).toEqual(['s1']);
    expect(content.caseload?.workerIds).toEqual(['w1', 'w2', 'w3']);
  });
});

describe('purge of workers leaving a caseload', () => {
  const laptop: SyncData = {
    records: {
      workers: [rec('w1', { counselorId: 'c1' }, 1), rec('w3', { counselorId: 'c1' }, 3), rec('w9', { counselorId: 'c1' }, 30, 'lap1')],
      candidacies: [rec('k1', { workerId: 'w1' }, 4)],
      meetings: [rec('m1', { candidacyIds: ['k1'] }, 6)],
    },
    events: [event('v1', 'w1', 9), event('v3', 'k1', 11, 'lap1'), event('v5', 'w3', 25, 'lap1')],
    audit: [],
    statistics: [],
  };

  it('deletes a leaving worker and its rows once the coordinator holds everything about it', () => {
    const plan = decidePurges(laptop, { counselorId: 'c1', workerIds: ['w3'] }, { coord: hlc(20), lap1: hlc(11, 'lap1') });
    expect(plan.workerIds).toEqual(['w1']);
    expect(plan.records).toEqual({ workers: ['w1'], candidacies: ['k1'], meetings: ['m1'] });
    expect(plan.eventIds).toEqual(['v1', 'v3']);
    expect(plan.kept).toEqual([]);
  });

  it('keeps a leaving worker with unsent changes, and ignores workers created here and not exported yet', () => {
    const plan = decidePurges(laptop, { counselorId: 'c1', workerIds: [] }, { coord: hlc(20), lap1: hlc(11, 'lap1') });
    expect(plan.workerIds).toEqual(['w1']);
    expect(plan.kept).toEqual([{ workerId: 'w3', reason: 'unsentChanges' }]);
  });
});
