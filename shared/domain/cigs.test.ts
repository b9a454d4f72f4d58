// The programme's CIGS periods as the coordinator edits them: no day covered twice, and the history
// line of a change (added, removed, corrected) says exactly how to get from the old list to the new.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cigsChanges, cigsPeriodListSchema, sortedCigsPeriods, type CigsChange, type CigsPeriod } from './cigs';
import { programmeSchema } from './programme';

const dayOf = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);
const period = fc.record({ from: fc.integer({ min: 0, max: 900 }), days: fc.integer({ min: 0, max: 200 }), cause: fc.constantFrom('cessazione' as const, 'proroga' as const, 'covid19' as const) }).map(
  ({ from, days, cause }): CigsPeriod => ({ start: dayOf(from), end: dayOf(from + days), cause }),
);

const covers = (p: CigsPeriod, day: string) => p.start <= day && day <= p.end;
const overlapping = (periods: readonly CigsPeriod[]) => periods.some((a, i) => periods.some((b, j) => i !== j && (covers(a, b.start) || covers(b, a.start))));

function apply(from: readonly CigsPeriod[], changes: readonly CigsChange[]): CigsPeriod[] {
  const byStart = new Map(from.map((p) => [p.start, p]));
  for (const change of changes) {
    if (change.kind === 'removed') byStart.delete(change.before.start);
    else byStart.set(change.after.start, change.after);
  }
  return sortedCigsPeriods([...byStart.values()]);
}

describe('the programme CIGS periods', () => {
  it('refuses a period that overlaps another, and one that ends before it starts', () => {
    const ok = [
      { start: '2020-01-01', end: '2020-06-30', cause: 'proroga' },
      { start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' },
    ];
    expect(cigsPeriodListSchema.safeParse(ok).success).toBe(true);
    const overlap = cigsPeriodListSchema.safeParse([...ok, { start: '2020-06-30', end: '2020-08-31', cause: 'covid19' }]);
    expect(overlap.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['2.start', 'validation.cigsOverlap']]);
    const reversed = cigsPeriodListSchema.safeParse([{ start: '2020-09-01', end: '2020-08-31', cause: 'covid19' }]);
    expect(reversed.error?.issues.map((issue) => issue.message)).toEqual(['validation.periodEndBeforeStart']);
    expect(programmeSchema.safeParse({ name: 'PCO', siteCode: 'D583', cigsPeriods: [] }).error?.issues.map((issue) => issue.message)).toEqual(['validation.cigsNone']);
  });

  it('accepts a list exactly when no day is covered twice', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 6 }), (periods) => {
        expect(cigsPeriodListSchema.safeParse(periods).success).toBe(!overlapping(periods));
      }),
    );
  });

  it('describes a change as the lines that lead from the old list to the new one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(period, { selector: (p) => p.start, maxLength: 6 }), fc.uniqueArray(period, { selector: (p) => p.start, maxLength: 6 }), (from, to) => {
        const changes = cigsChanges(from, to);
        expect(apply(from, changes)).toEqual(sortedCigsPeriods(to));
        expect(cigsChanges(to, to)).toEqual([]);
      }),
    );
  });

  it('names an extension added and a corrected end', () => {
    const before: CigsPeriod[] = [
      { start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' },
      { start: '2020-01-01', end: '2020-06-30', cause: 'proroga' },
    ];
    const after: CigsPeriod[] = [before[0] as CigsPeriod, { start: '2020-01-01', end: '2020-06-15', cause: 'proroga' }, { start: '2020-07-01', end: '2020-08-31', cause: 'covid19' }];
    expect(cigsChanges(before, after)).toEqual([
      { kind: 'corrected', before: before[1], after: after[1] },
      { kind: 'added', after: after[2] },
    ]);
  });
});
