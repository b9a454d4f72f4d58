// The external view of the March report (threshold 3) and the rules on small synthetic tables.
import { describe, expect, it } from 'vitest';
import { computeMonitoringReport } from './report';
import { pseudonymise, suppressTable, suppressTables } from './suppression';
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
    // Three hidden statuses add up to 7 − 3 = 4, so each would be 1 or 2: the 3 is hidden with them.
    expect(shown(external, 'enrolledByStatus')).toEqual({ active: 'x', placed: 'x', in_training: 0, self_employed: 'x', retired: 0, withdrawn: 'x', total: 7 });
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

  it('hides a third cell when two hidden cells add up to too little to hide a small one', () => {
    // 8 − 5 = 3 for two cells of at least 1 each (zeros are never hidden): both would be 1 or 2.
    expect(read(suppressTable(synthetic({ a: 5, b: 2, c: 1 }), 3))).toEqual({ a: 'x', b: 'x', c: 'x', total: 8 });
  });

  it('hides the total when nothing else can widen two hidden cells', () => {
    expect(read(suppressTable(synthetic({ a: 1, b: 1, c: 0 }), 2))).toEqual({ a: 'x', b: 'x', c: 0, total: 'x' });
  });

  it('hides everything when the total itself is small', () => {
    expect(read(suppressTable(synthetic({ a: 2, b: 0 }), 3))).toEqual({ a: 'x', b: 0, total: 'x' });
  });

  it('follows the threshold setting', () => {
    // With 5, the 4 is hidden and its smallest partner, the 5, goes with it.
    expect(read(suppressTable(synthetic({ a: 5, b: 4, c: 9 }), 5))).toEqual({ a: 'x', b: 'x', c: 9, total: 18 });
    expect(read(suppressTable(synthetic({ a: 5, b: 4, c: 9 }), 1))).toEqual({ a: 5, b: 4, c: 9, total: 18 });
  });

  it('hides a total in every table that publishes it, and what would give it away', () => {
    // Two enrolled workers, one man and one woman: the total pins both; hidden in the sex table
    // alone, the status table (2 active, nobody else) would still say it.
    const bySex = synthetic({ M: 1, F: 1 });
    const byStatus: ReportTable = { ...synthetic({ active: 2, placed: 0 }), id: 'enrolledByStatus', dimension: 'status' };
    const [sex, status] = suppressTables([bySex, byStatus], 2);
    expect(sex && read(sex)).toEqual({ M: 'x', F: 'x', total: 'x' });
    expect(status && read(status)).toEqual({ active: 'x', placed: 0, total: 'x' });
  });

  it('hides the placement rate with the enrolled count, which it would give back with the placed count', () => {
    const cell = (value: number) => ({ value, people: value });
    const outcome: ReportTable = {
      id: 'placementOutcome',
      dimension: 'measure',
      columns: [{ id: 'value', unit: 'count', additive: false }],
      rows: [
        { key: 'workersPlacedToDate', cells: [cell(2)] },
        { key: 'enrolledToDate', cells: [cell(2)] },
        { key: 'placementRate', cells: [{ value: 100, people: 2 }], unit: 'percent' },
      ],
    };
    const [, shown] = suppressTables([synthetic({ M: 1, F: 1 }), outcome], 2);
    expect(shown && read(shown)).toEqual({ workersPlacedToDate: 2, enrolledToDate: 'x', placementRate: 'x' });
  });

  it('uses what one column says of another: new in the period ≤ by primary track ≤ any track', () => {
    const cell = (value: number) => ({ value, people: value });
    const table: ReportTable = {
      id: 'enrolledByTrack',
      dimension: 'track',
      columns: [
        { id: 'workers', unit: 'count', additive: true, within: 'anyTrack' },
        { id: 'anyTrack', unit: 'count', additive: false },
        { id: 'newInPeriod', unit: 'count', additive: true, within: 'workers' },
      ],
      rows: [
        { key: 'relocation', cells: [cell(1), cell(4), cell(0)] },
        { key: 'retraining', cells: [cell(10), cell(10), cell(9)] },
      ],
      total: { key: 'total', cells: [cell(11), { value: null }, cell(9)] },
    };
    const rows = (out: ReportTable) => [...out.rows, ...(out.total ? [out.total] : [])].map((row) => row.cells.map((c) => (c.suppressed ? 'x' : c.value)));
    // Hiding the 10 beside the 1 is not enough: 9 new ≤ retraining ≤ 10 would leave the 1 at 1 or 2.
    // The total goes too, and then the 10 of any track that still pinned retraining from above.
    expect(rows(suppressTable(table, 3))).toEqual([
      ['x', 4, 0],
      ['x', 'x', 9],
      ['x', null, 9],
    ]);
  });

  it('a merged "other" row that is still small is suppressed with a partner', () => {
    expect(read(suppressTable(synthetic({ fitter: 6, welder: 5, director: 1 }, 'role'), 3))).toEqual({ fitter: 6, welder: 'x', other: 'x', total: 12 });
  });
});
