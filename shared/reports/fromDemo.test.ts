// The demo year through the whole report: every figure agrees with what the generators produced.
import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../demo/generator';
import { reportInputFromDemo } from './fromDemo';
import { computeMonitoringReport } from './report';
import { pseudonymise } from './suppression';

describe('the 300-worker demo year', () => {
  const demo = generateDemoProgramme({ workers: 300, seed: 2019 });
  const input = reportInputFromDemo(demo);
  const year = computeMonitoringReport(input, { start: '2019-01-01', end: '2019-12-31' });
  const value = (id: string, key: string) => year.tables.find((t) => t.id === id)?.rows.find((r) => r.key === key)?.cells[0]?.value;

  it('counts every worker once and every placement', () => {
    const total = year.tables.find((t) => t.id === 'enrolledByStatus')?.total?.cells[0]?.value;
    expect(total).toBe(demo.workers.filter((w) => w.worker.enrolmentDate <= '2019-12-31').length);
    expect(value('enrolledByStatus', 'placed')).toBe(demo.workers.filter((w) => w.worker.status === 'placed').length);
    expect(value('placementOutcome', 'placements')).toBe([...input.events].filter((e) => e.payload.kind === 'worker.placed').length);
  });

  it('keeps sensible external figures', () => {
    const external = pseudonymise(year, 3);
    const rate = external.tables.find((t) => t.id === 'placementOutcome')?.rows.find((r) => r.key === 'placementRate')?.cells[0]?.value ?? 0;
    expect(rate).toBeGreaterThan(10);
    expect(rate).toBeLessThan(60);
  });
});
