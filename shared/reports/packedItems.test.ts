// Packing the lists behind figures for storage gives back the same lists, field for field, and the
// same reports and dashboards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDashboard } from './dashboard';
import { packItems, unpackItems } from './packedItems';
import { computeMonitoringReport } from './report';
import { MARCH, marchInput } from './testing';
import type { DrillItem } from './types';

const text = fc.constantFrom('', 'a', 'w1', 'w2', '2019-03-01', 'follow_up', '018f0000-0000-7000-8000-00000000000a');
const item: fc.Arbitrary<DrillItem> = fc.record(
  { workerId: text, refId: text, date: text, employerId: text, code: text, amount: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  { requiredKeys: [] },
);

describe('packed lists behind figures', () => {
  it('unpack to the same lines, in any nesting', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.string(), cells: fc.array(fc.record({ value: fc.option(fc.integer()), items: fc.array(item) })) })), (rows) => {
        const stored = JSON.parse(JSON.stringify(packItems({ rows }))) as Parameters<typeof unpackItems>[0];
        expect(unpackItems(stored)).toEqual(JSON.parse(JSON.stringify({ rows })));
      }),
      { numRuns: 200 },
    );
  });

  it('give back the same report and dashboard', () => {
    const report = computeMonitoringReport(marchInput(), MARCH);
    const dashboard = computeDashboard(marchInput(), MARCH.end);
    for (const value of [report, dashboard]) expect(unpackItems(JSON.parse(JSON.stringify(packItems(value))) as Parameters<typeof unpackItems>[0])).toEqual(value);
  });
});
