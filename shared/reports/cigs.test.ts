import { describe, expect, it } from 'vitest';
import { cigsAlerts, cigsBandOf } from './cigs';

const worker = (id: string, cigsEnd: string, status: 'active' | 'in_training' | 'placed' | 'withdrawn' | 'self_employed' = 'active', counselorId = 'c1') => ({ id, counselorId, status, cigsEnd });

describe('CIGS alerts', () => {
  it('bands days left at 30, 60 and 90, inclusive', () => {
    expect([0, 30, 31, 60, 61, 90, 91, -1].map(cigsBandOf)).toEqual(['d0_30', 'd0_30', 'd31_60', 'd31_60', 'd61_90', 'd61_90', undefined, undefined]);
  });

  it('lists workers still looking for work, soonest end first', () => {
    const alerts = cigsAlerts(
      [worker('a', '2019-03-01'), worker('b', '2019-01-20', 'in_training'), worker('c', '2019-01-15', 'placed'), worker('d', '2019-02-01', 'withdrawn'), worker('e', '2019-02-01', 'self_employed'), worker('f', '2019-06-30'), worker('g', '2019-01-09'), worker('h', '')],
      '2019-01-10',
    );
    // a: 50 days; b: 10 days; f is 171 days away; g ended yesterday; h has no CIGS.
    expect(alerts.map((alert) => [alert.workerId, alert.daysLeft, alert.band])).toEqual([
      ['b', 10, 'd0_30'],
      ['a', 50, 'd31_60'],
    ]);
  });

  it('asks for the status on the reference day when given', () => {
    // Placed now, but active on the reference day (e.g. a report for an earlier month).
    expect(cigsAlerts([worker('a', '2019-02-01', 'placed')], '2019-01-10', () => 'active')).toHaveLength(1);
  });
});
