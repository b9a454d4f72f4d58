// The synchronous path of the report runner (no Web Worker in Node): the same job, the same result.
import { describe, expect, it } from 'vitest';
import { MARCH, marchInput } from '../../shared/reports/testing';
import { createReportRunner } from './reportRunner';

describe('report runner without a Web Worker', () => {
  it('computes both views and reports progress to the end', async () => {
    const progress: number[] = [];
    const result = await createReportRunner().run({ kind: 'report', input: marchInput(), period: MARCH, threshold: 3 }, (done) => progress.push(done));
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    expect(result.value.internal.view).toBe('internal');
    expect(result.value.external.tables.find((t) => t.id === 'enrolledBySex')?.total?.cells[0]?.value).toBe(7);
    expect(progress.at(-1)).toBe(1);
  });

  it('computes the dashboard', async () => {
    const result = await createReportRunner().run({ kind: 'dashboard', input: marchInput(), asOf: '2019-03-31' }, () => {});
    expect(result.kind === 'dashboard' && result.value.enrolled).toBe(7);
  });
});
