// The jobs the report Web Worker computes, run here on the March test input: the same function the
// worker calls.
import { describe, expect, it } from 'vitest';
import { MARCH, marchInput } from '../../shared/reports/testing';
import { computeReportJob } from './reportJob';

describe('report jobs', () => {
  it('computes both views and reports progress to the end', () => {
    const progress: number[] = [];
    const result = computeReportJob({ kind: 'report', period: MARCH, threshold: 3 }, marchInput(), (done) => progress.push(done));
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    expect(result.value.internal.view).toBe('internal');
    expect(result.value.external.tables.find((t) => t.id === 'enrolledBySex')?.total?.cells[0]?.value).toBe(7);
    expect(progress.at(-1)).toBe(1);
  });

  it('computes the dashboard', () => {
    const result = computeReportJob({ kind: 'dashboard', asOf: '2019-03-31' }, marchInput(), () => {});
    expect(result.kind === 'dashboard' && result.value.enrolled).toBe(7);
  });
});
