import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../demo/generator';
import { demoSyncData } from './demoData';
import { createRecord } from './record';
import { formatTimestamp } from './hlc';
import { counselorScopeBuilder, SCOPE_FIELDS, selectChanges, type SelectRequest } from './scope';
import { memoryPageSource, planSelection, selectedPayload, SyncCancelledError, type SyncPageSource } from './scopeStream';
import { SYNCED_KINDS } from './registry';
import { vectorOf } from './vector';
import { eachPayloadLine } from './bundle/encode';
import type { BundleLine } from './bundle/manifest';
import type { SyncData, VersionVector } from './types';

const data: SyncData = demoSyncData(generateDemoProgramme({ workers: 40, seed: 7, variant: 'historical' }));
const counselors = [...new Set((data.records.workers ?? []).map((worker) => String(worker.data['counselorId'])))];
const middleHlc = [...data.events].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))[Math.floor(data.events.length / 2)]!.hlc;
const someOrigin = middleHlc.slice(21);

async function streamed(source: SyncPageSource, request: SelectRequest): Promise<{ lines: BundleLine[]; documents: unknown[]; held: VersionVector }> {
  const plan = await planSelection(source, request);
  const payload = selectedPayload(source, plan);
  const lines: BundleLine[] = [];
  for await (const line of payload.lines) lines.push(line);
  return { lines, documents: [...payload.documentContents], held: payload.held };
}

const requests: [string, SelectRequest][] = [
  ['the coordinator, from nothing', { knows: {}, to: { role: 'coordinator' } }],
  ['the coordinator, half known, with the caseload reported', { knows: { [someOrigin]: middleHlc }, to: { role: 'coordinator', reportCaseloadOf: counselors[0]! } }],
  ['a counselor laptop, from nothing', { knows: {}, to: { role: 'counselor', counselorId: counselors[0]!, previousCaseload: [] } }],
  [
    'a counselor laptop, half known, some workers entering',
    { knows: { [someOrigin]: middleHlc }, to: { role: 'counselor', counselorId: counselors[1] ?? counselors[0]!, previousCaseload: (data.records.workers ?? []).slice(0, 10).map((w) => w.id) } },
  ],
];

describe('selection read a page at a time', () => {
  it.each(requests)('chooses for %s the lines selectChanges chooses, in the same order', async (_name, request) => {
    const whole = selectChanges(data, { ...request, recoveryKeys: [{ deviceId: 'd1', wrappedDataKey: 'k' }] });
    // A page size that cuts every table somewhere inside it.
    const result = await streamed(memoryPageSource(data, 7), { ...request, recoveryKeys: [{ deviceId: 'd1', wrappedDataKey: 'k' }] });
    expect(result.lines).toEqual([...eachPayloadLine(whole)]);
    expect(result.documents).toEqual(whole.documentContents);
    expect(result.lines.length).toBeGreaterThan(0);
  });

  it('learns the vector of everything held, whatever goes', async () => {
    const { held } = await streamed(memoryPageSource(data, 50), { knows: {}, to: { role: 'counselor', counselorId: counselors[0]!, previousCaseload: [] } });
    expect(held).toEqual(vectorOf(data));
  });

  it('opens only the rows that go', async () => {
    const source = memoryPageSource(data, 25);
    let opened = 0;
    const counting: SyncPageSource = {
      ...source,
      records: async function* (table) {
        for await (const page of source.records(table)) yield { rows: page.rows, open: (rows) => ((opened += rows.length), page.open(rows)) };
      },
    };
    const request: SelectRequest = { knows: {}, to: { role: 'counselor', counselorId: counselors[0]!, previousCaseload: [] } };
    const { lines } = await streamed(counting, request);
    expect(opened).toBe(lines.filter((line) => line.t === 'record').length);
    const all = Object.values(data.records).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);
    expect(opened).toBeLessThan(all);
  });

  it('stops when cancelled', async () => {
    let calls = 0;
    const plan = planSelection(memoryPageSource(data, 5), { knows: {}, to: { role: 'counselor', counselorId: counselors[0]!, previousCaseload: [] } }, () => ++calls > 3);
    await expect(plan).rejects.toBeInstanceOf(SyncCancelledError);
    const source = memoryPageSource(data, 5);
    const payload = selectedPayload(source, await planSelection(source, { knows: {}, to: { role: 'coordinator' } }), () => ++calls > 10);
    const reading = (async () => {
      for await (const _line of payload.lines);
    })();
    await expect(reading).rejects.toBeInstanceOf(SyncCancelledError);
  });
});

describe('the scope rule', () => {
  it('reads only fields kept in clear at rest', () => {
    for (const kind of Object.values(SYNCED_KINDS)) for (const field of SCOPE_FIELDS) expect(kind.sealed ?? []).not.toContain(field);
  });

  it('refuses a worker seen after the rows that hang on the caseload', () => {
    const hlc = formatTimestamp({ millis: 1, counter: 0, node: 'coord' });
    const author = { counselorId: 'c0', deviceId: 'coord', nowIso: '2019-06-01T00:00:00.000Z' };
    const builder = counselorScopeBuilder('c1', []);
    builder.add('candidacies', createRecord('k1', { workerId: 'w1' }, hlc, author));
    expect(() => builder.add('workers', createRecord('w1', { counselorId: 'c1' }, hlc, author))).toThrow();
  });
});
