// Median and quartiles of a list of numbers: linear interpolation between closest ranks (the
// method of Excel's QUARTILE.INC and LibreOffice's QUARTILE), so a reader can check the
// figures with the spreadsheet they open the export in.

export interface Quartiles {
  count: number;
  q1: number;
  median: number;
  q3: number;
}

/** The p-quantile (0..1) of values already sorted ascending. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

/** Quartiles of `values`, or undefined for an empty list. */
export function quartiles(values: readonly number[]): Quartiles | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, q1: quantileSorted(sorted, 0.25), median: quantileSorted(sorted, 0.5), q3: quantileSorted(sorted, 0.75) };
}
