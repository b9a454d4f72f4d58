// The demo year through the whole report: every figure agrees with what the generators produced.
import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../demo/generator';
import { reportInputFromDemo } from './fromDemo';
import { computeMonitoringReport } from './report';
import { pseudonymise, SAME_FIGURE } from './suppression';

describe('the 300-worker demo year', () => {
  const demo = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' });
  const input = reportInputFromDemo(demo);
  const year = computeMonitoringReport(input, { start: '2019-01-01', end: '2019-12-31' });
  const value = (id: string, key: string) => year.tables.find((t) => t.id === id)?.rows.find((r) => r.key === key)?.cells[0]?.value;

  it('counts every worker once and every placement', () => {
    const total = year.tables.find((t) => t.id === 'enrolledByStatus')?.total?.cells[0]?.value;
    expect(total).toBe(demo.workers.filter((w) => w.worker.enrolmentDate <= '2019-12-31').length);
    expect(value('enrolledByStatus', 'placed')).toBe(demo.workers.filter((w) => w.worker.status === 'placed').length);
    expect(value('placementOutcome', 'placements')).toBe([...input.events].filter((e) => e.payload.kind === 'worker.placed').length);
  });

  it('lets no hidden cell of a one-column table be worked out from its total (ATECO sections)', () => {
    const external = pseudonymise(year, 3);
    const sectors = external.tables.find((t) => t.id === 'placementsBySector');
    expect(sectors?.rows.some((row) => row.cells[0]?.suppressed)).toBe(true);
    for (const table of external.tables.filter((t) => t.columns.length === 1 && t.columns[0]?.additive)) {
      // The attacker's arithmetic: the hidden cells share what the total leaves, each at least 1.
      const hidden = table.rows.filter((row) => row.cells[0]?.suppressed).length;
      const total = table.total?.cells[0];
      if (hidden === 0 || !total || total.suppressed) continue;
      const shown = table.rows.reduce((sum, row) => sum + (row.cells[0]?.suppressed ? 0 : (row.cells[0]?.value ?? 0)), 0);
      const high = (total.value ?? 0) - shown - (hidden - 1);
      expect(high, `${table.id}: ${hidden} hidden cells share ${(total.value ?? 0) - shown}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('publishes each group of figures the suppression treats as one with a single value', () => {
    for (const group of SAME_FIGURE) {
      const values = group.map(([id, row, column]) => {
        const table = year.tables.find((t) => t.id === id);
        const c = table?.columns.findIndex((col) => col.id === column) ?? -1;
        return [...(table?.rows ?? []), ...(table?.total ? [table.total] : [])].find((r) => r.key === row)?.cells[c]?.value;
      });
      expect(new Set(values), group.map((place) => place.join('.')).join(' = ')).toEqual(new Set([values[0]]));
      expect(values[0]).toBeGreaterThan(0);
    }
  });

  it('keeps sensible external figures', () => {
    const external = pseudonymise(year, 3);
    const rate = external.tables.find((t) => t.id === 'placementOutcome')?.rows.find((r) => r.key === 'placementRate')?.cells[0]?.value ?? 0;
    expect(rate).toBeGreaterThan(10);
    expect(rate).toBeLessThan(60);
  });
});
