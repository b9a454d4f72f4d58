import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterReport, afterSending, NOTHING_HELD, type HeldCaseload } from './caseloadBelief';

describe('what the coordinator assumes a counselor laptop holds', () => {
  it('counts a reported worker, less what a caseload sent since took away', () => {
    let belief = afterReport(NOTHING_HELD, ['w1', 'w2'], '2019-06-01T10:00:00.000Z');
    expect(belief.held).toEqual(['w1', 'w2']);
    belief = afterSending(belief, ['w1', 'w3']);
    expect(belief.held).toEqual(['w1']);
    // A report made before that caseload was imported still names w2: it stays out.
    belief = afterReport(belief, ['w1', 'w2'], '2019-06-01T11:00:00.000Z');
    expect(belief.held).toEqual(['w1']);
  });

  it('never adds a worker because it was sent, and ignores a report older than the last one read', () => {
    const reported = afterReport(NOTHING_HELD, ['w1'], '2019-06-02T00:00:00.000Z');
    expect(afterSending(reported, ['w1', 'w2']).held).toEqual(['w1']);
    expect(afterReport(reported, ['w1', 'w9'], '2019-06-01T00:00:00.000Z')).toBe(reported);
  });

  it('holds only workers of the newest report kept by every caseload sent after it (fast-check)', () => {
    const worker = fc.constantFrom('w1', 'w2', 'w3', 'w4');
    const step = fc.oneof(fc.record({ t: fc.constant('send' as const), ids: fc.uniqueArray(worker) }), fc.record({ t: fc.constant('report' as const), ids: fc.uniqueArray(worker), minute: fc.nat(59) }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let belief: HeldCaseload = NOTHING_HELD;
        // Every caseload sent since the newest report read: any may still be imported and purge.
        let sentSince: (readonly string[])[] = [];
        let newest: { ids: readonly string[]; at: string } | null = null;
        for (const s of steps) {
          if (s.t === 'send') {
            belief = afterSending(belief, s.ids);
            sentSince.push(s.ids);
          } else {
            const at = `2019-06-01T10:${String(s.minute).padStart(2, '0')}:00.000Z`;
            belief = afterReport(belief, s.ids, at);
            if (!newest || at > newest.at) {
              newest = { ids: s.ids, at };
              sentSince = [];
            }
          }
          for (const id of belief.held) {
            expect(newest?.ids).toContain(id);
            for (const sent of sentSince) expect(sent).toContain(id);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
