// The external view of the March report (threshold 3) and the rules on small synthetic tables.
import { describe, expect, it } from 'vitest';
import { computeMonitoringReport } from './report';
import { pseudonymise, suppressTable } from './suppression';
import { MARCH, marchInput } from './testing';
import type { DrillItem, MonitoringReport, ReportTable, TableId } from './types';

const external = pseudonymise(computeMonitoringReport(marchInput(), MARCH), 3);

function shown(report: MonitoringReport, id: TableId, column = 0): Record<string, number | 'x' | null> {
  const table = report.tables.find((t) => t.id === id);
  const out: Record<string, number | 'x' | null> = {};
  for (const row of [...(table?.rows ?? []), ...(table?.total ? [table.total] : [])]) {
    const cell = row.cells[column];
    out[row.key] = cell?.suppressed ? 'x' : (cell?.value ?? null);
  }
  return out;
}

/** A one-column table of workers; each cell lists `people` distinct workers. */
function synthetic(counts: Record<string, number>, dimension: ReportTable['dimension'] = 'sex'): ReportTable {
  let n = 0;
  const cell = (people: number) => {
    const items: DrillItem[] = Array.from({ length: people }, () => ({ workerId: `p${(n += 1)}` }));
    return { value: people, people, items };
  };
  const rows = Object.entries(counts).map(([key, people]) => ({ key, cells: [cell(people)] }));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { id: 'enrolledBySex', dimension, columns: [{ id: 'workers', unit: 'count', additive: true }], rows, total: { key: 'total', cells: [{ value: total, people: total, items: rows.flatMap((row) => row.cells[0]?.items ?? []) }] } };
}

describe('the external view of March', () => {
  it('holds no worker id, name, codice fiscale nor list', () => {
    const text = JSON.stringify(external);
    for (const secret of ['w1', 'w5', 'x9', 'Cognome', 'Nome', 'RSSMRA', '"items"', '"people"']) expect(text).not.toContain(secret);
    expect(external.view).toBe('external');
  });

  it('hides cells about one or two people and keeps zeros and totals', () => {
    // Every track has one or two workers: all hidden; the enrolled total (7) stays.
    expect(shown(external, 'enrolledByTrack')).toEqual({ relocation: 'x', outplacement: 'x', reindustrialisation: 'x', retraining: 'x', self_employment: 'x', total: 7 });
    expect(shown(external, 'enrolledBySex')).toEqual({ M: 4, F: 3, total: 7 });
    // One new worker: the total of the column is about one person too.
    expect(shown(external, 'enrolledByTrack', 2).total).toBe('x');
    expect(shown(external, 'enrolledByStatus')).toEqual({ active: 'x', placed: 3, in_training: 0, self_employed: 'x', retired: 0, withdrawn: 'x', total: 7 });
  });

  it('hides a median over fewer hirings than the threshold, and the rate only when few were placed', () => {
    expect(shown(external, 'daysToHire')).toEqual({ hires: 'x', q1: 'x', median: 'x', q3: 'x' });
    expect(shown(external, 'placementOutcome').placementRate).toBe(57.1);
  });

  it('merges rare former roles into one row before suppressing', () => {
    // 'Operaio trafilatura' 3 stays; the four roles held by one person each become "other" (4).
    expect(shown(external, 'enrolledByRole')).toEqual({ 'Operaio trafilatura': 3, other: 4, total: 7 });
  });

  it('keeps counts of offers and employers, which concern no person', () => {
    expect(shown(external, 'activity').offersCollected).toBe(2);
    expect(shown(external, 'activity').trials).toBe('x');
    expect(shown(external, 'cigsEnding')).toEqual({ d0_30: 'x', d31_60: 'x', d61_90: 0, total: 'x' });
  });
});

describe('secondary suppression', () => {
  const read = (table: ReportTable) => Object.fromEntries([...table.rows, ...(table.total ? [table.total] : [])].map((row) => [row.key, row.cells[0]?.suppressed ? 'x' : row.cells[0]?.value]));

  it('hides the smallest other non-zero cell when one hidden cell could be recovered from the total', () => {
    // 11 − 5 − 4 − 0 would give the hidden 2 back: the 4 goes too.
    expect(read(suppressTable(synthetic({ a: 5, b: 2, c: 4, d: 0 }), 3))).toEqual({ a: 5, b: 'x', c: 'x', d: 0, total: 11 });
  });

  it('needs nothing more when two cells are already hidden', () => {
    expect(read(suppressTable(synthetic({ a: 5, b: 2, c: 1 }), 3))).toEqual({ a: 5, b: 'x', c: 'x', total: 8 });
  });

  it('hides everything when the total itself is small', () => {
    expect(read(suppressTable(synthetic({ a: 2, b: 0 }), 3))).toEqual({ a: 'x', b: 0, total: 'x' });
  });

  it('follows the threshold setting', () => {
    // With 5, the 4 is hidden and its smallest partner, the 5, goes with it.
    expect(read(suppressTable(synthetic({ a: 5, b: 4, c: 9 }), 5))).toEqual({ a: 'x', b: 'x', c: 9, total: 18 });
    expect(read(suppressTable(synthetic({ a: 5, b: 4, c: 9 }), 1))).toEqual({ a: 5, b: 4, c: 9, total: 18 });
  });

  it('a merged "other" row that is still small is suppressed with a partner', () => {
    expect(read(suppressTable(synthetic({ fitter: 6, welder: 5, director: 1 }, 'role'), 3))).toEqual({ fitter: 6, welder: 'x', other: 'x', total: 12 });
  });
});
