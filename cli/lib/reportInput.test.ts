import { describe, expect, it } from 'vitest';
import { createRecord, tombstone, EMPTY_MEMORY_STATE, type MemoryState, type SyncEvent } from '../../shared/sync';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { CliError } from '../io';
import { reportInputFromStore } from './reportInput';

const demo = generateDemoProgramme({ workers: 3, seed: 5, variant: 'historical' });
const author = { counselorId: 'c0', deviceId: 'coord', nowIso: '2019-06-01T00:00:00.000Z' };
const hlc = (n: number) => `${String(1559347200000 + n).padStart(15, '0')}-0000-coord`;

function event(id: string, subjectId: string, kind: 'worker.interviewHeld' | 'worker.consentRecorded'): SyncEvent {
  const payload =
    kind === 'worker.interviewHeld'
      ? { kind, interviewType: 'follow_up' as const, durationMinutes: 30, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] }
      : { kind, given: true };
  return { id, subjectId, occurredOn: '2019-06-03', hlc: hlc(50), recordedBy: 'c0', deviceId: 'coord', kind, payload } as SyncEvent;
}

describe('reportInputFromStore', () => {
  it('reads live files, counts erased ones by their events only, and keeps only the kinds reports read', () => {
    const [a, b, c] = demo.workers as [(typeof demo.workers)[number], (typeof demo.workers)[number], (typeof demo.workers)[number]];
    const live = createRecord(a.id, { ...a.worker }, hlc(1), author);
    const erased = { ...tombstone(createRecord(b.id, { ...b.worker }, hlc(2), author), hlc(3), author), data: {} };
    const deleted = tombstone(createRecord(c.id, { ...c.worker }, hlc(4), author), hlc(5), author);
    const state: MemoryState = {
      ...EMPTY_MEMORY_STATE,
      records: { programme: [createRecord('programme', { ...demo.programme }, hlc(0), author)], workers: [live, erased, deleted] },
      events: [event('e1', a.id, 'worker.interviewHeld'), event('e2', b.id, 'worker.interviewHeld'), event('e3', c.id, 'worker.interviewHeld'), event('e4', a.id, 'worker.consentRecorded')],
    };
    const input = reportInputFromStore(state);
    expect(input.workers.map((w) => w.id)).toEqual([a.id]);
    expect(input.workers[0]?.cigsEnd).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(input.erasedWorkerIds).toEqual([b.id]);
    const events = [...input.events];
    expect(events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(events[0]).not.toHaveProperty('kind');
  });

  it('refuses a store without the programme record', () => {
    expect(() => reportInputFromStore(EMPTY_MEMORY_STATE)).toThrow(CliError);
  });
});
