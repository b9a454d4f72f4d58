// The external view against an attacker who knows every published figure, every total, that
// counts are whole and non-negative, and that a zero is never hidden (so a hidden cell is ≥ 1).
// The attacker is written here from scratch and shares no code with the suppression: a small dense
// simplex (two phases, Bland's rule) bounds each hidden cell over the published sums. These tables
// (one column with its total; a grid with row and column margins) are network matrices, totally
// unimodular, so the real bounds the simplex finds are the whole-number ones; the test checks it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable } from './suppression';
import type { ReportCell, ReportColumn, ReportTable } from './types';

const EPS = 1e-9;

/** max c·y subject to A y = b, y ≥ 0: the optimum, Infinity when unbounded, NaN when infeasible. */
function simplexMax(A: readonly number[][], b: readonly number[], c: readonly number[]): number {
  const m = A.length;
  const n = c.length;
  // Tableau [A | artificials | b] with b made non-negative; the artificials start as the basis.
  const tab = A.map((row, i) => {
    const sign = (b[i] ?? 0) < 0 ? -1 : 1;
    return [...row.map((v) => v * sign), ...Array.from({ length: m }, (_, j) => (i === j ? 1 : 0)), (b[i] ?? 0) * sign];
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const width = n + m;
  const at = (i: number, j: number) => tab[i]?.[j] ?? 0;
  const pivot = (r: number, col: number) => {
    const row = tab[r];
    if (!row) return;
    const p = row[col] ?? 1;
    for (let j = 0; j <= width; j += 1) row[j] = (row[j] ?? 0) / p;
    tab.forEach((other, i) => {
      if (i === r) return;
      const f = other[col] ?? 0;
      if (Math.abs(f) > EPS) for (let j = 0; j <= width; j += 1) other[j] = (other[j] ?? 0) - f * (row[j] ?? 0);
    });
    basis[r] = col;
  };
  // Maximises cost·x over the columns allowed; false when unbounded.
  const run = (cost: (j: number) => number, allowed: (j: number) => boolean): boolean => {
    for (;;) {
      let entering = -1;
      for (let j = 0; j < width && entering < 0; j += 1) {
        if (!allowed(j) || basis.includes(j)) continue;
        const reduced = cost(j) - basis.reduce((sum, bj, i) => sum + cost(bj) * at(i, j), 0);
        if (reduced > EPS) entering = j;
      }
      if (entering < 0) return true;
      let leave = -1;
      let best = Infinity;
      for (let i = 0; i < m; i += 1) {
        const a = at(i, entering);
        if (a <= EPS) continue;
        const ratio = at(i, width) / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[i] ?? 0) < (basis[leave] ?? 0))) {
          best = ratio;
          leave = i;
        }
      }
      if (leave < 0) return false;
      pivot(leave, entering);
    }
  };
  run((j) => (j >= n ? -1 : 0), () => true);
  const infeasibility = basis.reduce((sum, bj, i) => sum + (bj >= n ? at(i, width) : 0), 0);
  if (infeasibility > 1e-7) return Number.NaN;
  // Artificials left in the basis at zero: swap them for a real column, or leave a redundant row.
  basis.forEach((bj, i) => {
    if (bj < n) return;
    for (let j = 0; j < n; j += 1) if (Math.abs(at(i, j)) > EPS && !basis.includes(j)) return pivot(i, j);
  });
  if (!run((j) => (j < n ? (c[j] ?? 0) : 0), (j) => j < n)) return Infinity;
  return basis.reduce((sum, bj, i) => sum + (bj < n ? (c[bj] ?? 0) * at(i, width) : 0), 0);
}

type Range = { low: number; high: number };

/** What the attacker learns of each hidden cell (`row:column`, the total row last), from the published table alone. */
function attack(table: ReportTable): Map<string, Range> {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  const hidden: string[] = [];
  rows.forEach((row, r) => row.cells.forEach((cell, c) => cell.suppressed && hidden.push(`${r}:${c}`)));
  const equations: { coef: number[]; constant: number }[] = [];
  const equation = (terms: readonly (readonly [r: number, c: number, sign: number])[]) => {
    const eq = { coef: hidden.map(() => 0), constant: 0 };
    for (const [r, c, sign] of terms) {
      const cell = rows[r]?.cells[c];
      if (!cell || (!cell.suppressed && cell.value === null)) return;
      const k = hidden.indexOf(`${r}:${c}`);
      // x = 1 + y for a hidden cell: its 1 moves to the constant.
      if (k >= 0) {
        eq.coef[k] = (eq.coef[k] ?? 0) + sign;
        eq.constant -= sign;
      } else eq.constant -= sign * (cell.value ?? 0);
    }
    equations.push(eq);
  };
  const last = rows.length - 1;
  table.columns.forEach((column, c) => {
    if (column.additive && table.total) equation([...table.rows.map((_, r) => [r, c, 1] as const), [last, c, -1]]);
    const parts = (column.sumOf ?? []).map((id) => table.columns.findIndex((other) => other.id === id));
    if (parts.length > 0) rows.forEach((_, r) => equation([[r, c, -1], ...parts.map((p) => [r, p, 1] as const)]));
  });
  const A = equations.map((eq) => eq.coef);
  const b = equations.map((eq) => eq.constant);
  const ranges = new Map<string, Range>();
  hidden.forEach((key, k) => {
    const unit = hidden.map((_, j) => (j === k ? 1 : 0));
    const high = 1 + simplexMax(A, b, unit);
    const low = 1 - simplexMax(A, b, unit.map((v) => -v));
    ranges.set(key, { low, high });
  });
  return ranges;
}

const count = (value: number): ReportCell => ({ value, people: value });
const col = (id: string, extra: Partial<ReportColumn> = {}): ReportColumn => ({ id, unit: 'count', additive: true, ...extra });

/** A one-column table with its total. */
function oneWay(values: readonly number[]): ReportTable {
  const sum = values.reduce((a, v) => a + v, 0);
  return { id: 'enrolledBySex', dimension: 'sex', columns: [col('workers')], rows: values.map((v, i) => ({ key: `r${i}`, cells: [count(v)] })), total: { key: 'total', cells: [count(sum)] } };
}

/** A grid with a row-total column and a total row: margins in both directions. */
function twoWay(grid: readonly (readonly number[])[]): ReportTable {
  const width = grid[0]?.length ?? 0;
  const ids = Array.from({ length: width }, (_, c) => `c${c}`);
  const withTotal = (values: readonly number[]) => [...values, values.reduce((a, v) => a + v, 0)].map(count);
  const columnSums = ids.map((_, c) => grid.reduce((a, row) => a + (row[c] ?? 0), 0));
  return {
    id: 'enrolledByTrack',
    dimension: 'track',
    columns: [...ids.map((id) => col(id)), col('all', { sumOf: ids })],
    rows: grid.map((row, r) => ({ key: `r${r}`, cells: withTotal(row) })),
    total: { key: 'total', cells: withTotal(columnSums) },
  };
}

/** No published figure altered, no zero hidden, and every hidden cell's range wide enough. */
function checkProtected(source: ReportTable, threshold: number): void {
  const published = suppressTable(source, threshold);
  const sourceRows = [...source.rows, ...(source.total ? [source.total] : [])];
  const rows = [...published.rows, ...(published.total ? [published.total] : [])];
  rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      const truth = sourceRows[r]?.cells[c]?.value ?? null;
      if (cell.suppressed) expect(truth).not.toBe(0);
      else expect(cell.value).toBe(truth);
      // Primary suppression: every cell about 1 to threshold−1 people is hidden.
      if (truth !== null && truth > 0 && truth < threshold) expect(cell.suppressed).toBe(true);
    }),
  );
  for (const [key, { low, high }] of attack(published)) {
    const [r, c] = key.split(':').map(Number);
    const truth = sourceRows[r ?? -1]?.cells[c ?? -1]?.value ?? Number.NaN;
    // The true value is among the attacker's; the bounds are whole numbers (unimodular tables).
    expect(low).toBeLessThanOrEqual(truth + 1e-6);
    expect(high).toBeGreaterThanOrEqual(truth - 1e-6);
    if (Number.isFinite(high)) expect(Math.abs(high - Math.round(high))).toBeLessThan(1e-6);
    expect(Math.abs(low - Math.round(low))).toBeLessThan(1e-6);
    const straddles = low < threshold - 1e-6 && high >= threshold - 1e-6;
    const wide = high - low >= threshold - 1e-6;
    expect(straddles || wide, `${key} = ${truth} lies in [${low}, ${high}] with threshold ${threshold}`).toBe(true);
  }
}

describe('the attacker of this test', () => {
  it('bounds a hidden pair by the total', () => {
    const table = oneWay([5, 2, 1]);
    const shown: ReportTable = { ...table, rows: table.rows.map((row, i) => (i === 0 ? row : { ...row, cells: [{ value: null, suppressed: true }] })) };
    // 8 − 5 = 3 for two cells of at least 1: each is 1 or 2.
    expect(attack(shown)).toEqual(new Map([['1:0', { low: 1, high: 2 }], ['2:0', { low: 1, high: 2 }]]));
    expect(simplexMax([[1, 1]], [3], [1, 0])).toBe(3);
    expect(simplexMax([[1, -1]], [3], [1, 0])).toBe(Infinity);
    expect(simplexMax([[1, 1]], [-1], [1, 0])).toBeNaN();
  });
});

describe('secondary suppression against an independent attacker', () => {
  it('protects every hidden cell of a one-way table with its total', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 7 }), fc.integer({ min: 2, max: 4 }), (values, threshold) => checkProtected(oneWay(values), threshold)),
      { numRuns: 300 },
    );
  });

  it('protects every hidden cell of a two-way table with row and column margins', () => {
    const grid = fc.integer({ min: 2, max: 4 }).chain((width) => fc.array(fc.array(fc.nat({ max: 9 }), { minLength: width, maxLength: width }), { minLength: 2, maxLength: 4 }));
    fc.assert(
      fc.property(grid, fc.integer({ min: 2, max: 4 }), (values, threshold) => checkProtected(twoWay(values), threshold)),
      { numRuns: 200 },
    );
  });

  it('the case of the issue: two hidden cells of 1 that the total gives away', () => {
    checkProtected(oneWay([66, 6, 1, 8, 1, 16]), 3);
  });
});
