import { describe, expect, it } from 'vitest';
import { createRecord } from './record';
import { counselorScopeProblem } from './senderScope';
import { create, createWorld, exportBundle, importBundle } from './testing';
import type { AnyRecord, BundleContent } from './types';

const SENDER = { deviceId: 'lapA', counselorId: 'c1' };
const hlc = (node: string, ms = 1) => `${String(ms).padStart(15, '0')}-0000-${node}`;
const author = { counselorId: 'x', deviceId: 'x', nowIso: '2019-05-01T00:00:00.000Z' };
const record = (id: string, data: Record<string, unknown>, node: string): AnyRecord => createRecord(id, data, hlc(node), author);
const content = (records: BundleContent['records']): BundleContent => ({ records, events: [], audit: [], statistics: [], caseload: null, recoveryKeys: [] });

describe("a counselor laptop's bundle stays within the counselor's role", () => {
  it('lets through caseload work and values written elsewhere that the laptop only carries', () => {
    expect(counselorScopeProblem(content({ workers: [record('w1', { counselorId: 'c1', phone: '1' }, 'lapA')], programme: [record('p', { name: 'PCO' }, 'coord')] }), SENDER)).toBeNull();
    expect(counselorScopeProblem(content({ workers: [record('w2', { counselorId: 'c2' }, 'coord')] }), SENDER)).toBeNull();
  });

  it('refuses changes to the programme, counselors or settings, a deletion of them, and a reassignment', () => {
    expect(counselorScopeProblem(content({ programme: [record('p', { name: 'PCO' }, 'lapA')] }), SENDER)).toMatch(/^programme p /);
    expect(counselorScopeProblem(content({ counselors: [record('c2', { displayName: 'X' }, 'lapA')] }), SENDER)).toMatch(/^counselors c2 /);
    const setting = { ...record('matching.weights', { value: 1 }, 'coord'), deletedAt: hlc('lapA', 2) };
    expect(counselorScopeProblem(content({ programmeSettings: [setting] }), SENDER)).toMatch(/^programmeSettings /);
    expect(counselorScopeProblem(content({ workers: [record('w3', { counselorId: 'c2' }, 'lapA')] }), SENDER)).toMatch(/^workers w3 assigned/);
  });

  it('refuses a change of the programme CIGS periods recorded on a counselor laptop, and carries one the coordinator recorded', () => {
    const change = (deviceId: string) => ({
      id: `ev-${deviceId}`, subjectId: 'p', occurredOn: '2019-05-01', hlc: hlc(deviceId), recordedBy: 'x', deviceId, kind: 'programme.cigsPeriodsChanged' as const,
      payload: { kind: 'programme.cigsPeriodsChanged' as const, from: [], to: [{ start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' as const }] },
    });
    expect(counselorScopeProblem({ ...content({}), events: [change('lapA')] }, SENDER)).toMatch(/^event ev-lapA about the programme/);
    expect(counselorScopeProblem({ ...content({}), events: [change('coord')] }, SENDER)).toBeNull();
  });

  it('refuses a merge of two files made on a counselor laptop, and lets a coordinator merge travel through it', () => {
    const merged = { ...record('w4', { counselorId: 'c1', mergedInto: 'w1' }, 'lapA'), deletedAt: hlc('lapA', 2) };
    expect(counselorScopeProblem(content({ workers: [merged] }), SENDER)).toMatch(/^workers w4 merged/);
    const carried = { ...record('w5', { counselorId: 'c1', mergedInto: 'w1' }, 'coord'), deletedAt: hlc('coord', 2) };
    expect(counselorScopeProblem(content({ workers: [carried] }), SENDER)).toBeNull();
  });

  it('is enforced by the coordinator on import: the bundle is refused as out of scope and nothing changes', async () => {
    const world = await createWorld(1);
    const laptop = world.counselors[0]!;
    create(world, laptop, 'programme', 'prog', { name: 'Renamed by a laptop' });
    const before = world.coordinator.state;
    const result = await importBundle(world, world.coordinator, await exportBundle(world, laptop, world.coordinator));
    expect(result.decoded.ok ? 'applied' : result.decoded.reason).toBe('outOfScope');
    expect(world.coordinator.state).toBe(before);
  });
});
