import { describe, expect, it } from 'vitest';
import { computeDashboard } from './dashboard';
import { marchInput } from './testing';

describe('dashboard as of 31 March 2019', () => {
  const dashboard = computeDashboard(marchInput(), '2019-03-31');

  it('counts enrolled workers by track and status', () => {
    expect(dashboard.enrolled).toBe(7);
    const relocation = dashboard.byTrackAndStatus.find((row) => row.track === 'relocation');
    expect(relocation?.counts).toMatchObject({ placed: 2, active: 0 });
  });

  it('places hirings month by month, with placed workers to date', () => {
    // January none; February w2 and w3; March w1, w2 again, x9. Placed workers (first hirings): 0, 2, 4.
    expect(dashboard.placementsByMonth).toEqual([
      { month: '2019-01', placements: 0, placedToDate: 0 },
      { month: '2019-02', placements: 2, placedToDate: 2 },
      { month: '2019-03', placements: 3, placedToDate: 4 },
    ]);
  });

  it('gives the candidacy funnel: candidacies reaching at least each stage', () => {
    // C1 hired, C2 hired (through a trial), C3 met the employer then was rejected, C4 only proposed.
    expect(dashboard.funnel.map((step) => step.candidacies)).toEqual([4, 3, 3, 3, 2, 2]);
  });

  it('lists the wage guarantees ending soon and the month’s activity', () => {
    expect(dashboard.cigs.map((alert) => alert.workerId)).toEqual(['w5', 'w3']);
    expect(dashboard.activity.rows.find((row) => row.key === 'interviews')?.cells[0]?.value).toBe(4);
    // 64, 17, 21 days: median 21.
    expect(dashboard.daysToHire.rows.find((row) => row.key === 'median')?.cells[0]?.value).toBe(21);
  });
});
