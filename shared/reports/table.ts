// Building report tables from lists of drill items: every cell is the count of its list (or a sum
// over it), so the figure and the list behind it can never disagree.
import type { ColumnUnit, DrillItem, ReportCell, ReportColumn, ReportRow, ReportTable, TableId, Dimension } from './types';

/** The key that identifies the person behind an item: the worker, or the anonymous record. */
const personOf = (item: DrillItem): string | undefined => item.workerId ?? (item.code === 'statistical' ? item.refId : undefined);

export function peopleIn(items: readonly DrillItem[]): number {
  const people = new Set<string>();
  for (const item of items) {
    const person = personOf(item);
    if (person !== undefined) people.add(person);
  }
  return people.size;
}

/** A count cell: how many items, and how many people they concern (none for offers). */
export function countCell(items: DrillItem[], options: { withPeople?: boolean; onePerPerson?: boolean } = {}): ReportCell {
  if (options.withPeople === false) return { value: items.length, items };
  return { value: items.length, people: options.onePerPerson ? items.length : peopleIn(items), items };
}

/** A value computed from items (a sum, a median): the people behind it are those of the items. */
export function valueCell(value: number | null, items: DrillItem[]): ReportCell {
  return { value, people: peopleIn(items), items };
}

export const notApplicable = (): ReportCell => ({ value: null });

export interface ColumnData {
  column: ReportColumn;
  entries: Iterable<readonly [key: string, item: DrillItem]>;
  /** False when no person is behind the items (offers, employers). */
  withPeople?: boolean;
  /** Each item is a different person (a table of workers): people are counted without a set. */
  onePerPerson?: boolean;
}

/**
 * A table of counts: one row per key (in `keys` order; keys met in the data but not listed are
 * appended, most frequent first), one column per `columns` entry, and a total row whose additive
 * columns count every item of the column.
 */
export function countTable(id: TableId, dimension: Dimension, keys: readonly string[], columns: readonly ColumnData[]): ReportTable {
  const grouped = columns.map(({ entries }) => {
    const byKey = new Map<string, DrillItem[]>();
    for (const [key, item] of entries) {
      const list = byKey.get(key);
      if (list) list.push(item);
      else byKey.set(key, [item]);
    }
    return byKey;
  });
  const extra = new Map<string, number>();
  for (const byKey of grouped) for (const [key, list] of byKey) if (!keys.includes(key)) extra.set(key, (extra.get(key) ?? 0) + list.length);
  const extraKeys = [...extra.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'it')).map(([key]) => key);
  const rows: ReportRow[] = [...keys, ...extraKeys].map((key) => ({
    key,
    cells: columns.map((data, index) => countCell(grouped[index]?.get(key) ?? [], data)),
  }));
  const total: ReportRow = {
    key: 'total',
    cells: columns.map((data, index) => (data.column.additive ? countCell([...(grouped[index]?.values() ?? [])].flat(), data) : notApplicable())),
  };
  // A table none of whose columns adds up has no total row at all.
  const table: ReportTable = { id, dimension, columns: columns.map((data) => data.column), rows };
  return columns.some((data) => data.column.additive) ? { ...table, total } : table;
}

/** A table of named measures (one value column): rows in the order given. */
export function measureTable(id: TableId, column: ReportColumn, rows: readonly (readonly [key: string, cell: ReportCell, unit?: ColumnUnit])[]): ReportTable {
  return { id, dimension: 'measure', columns: [column], rows: rows.map(([key, cell, unit]) => (unit ? { key, cells: [cell], unit } : { key, cells: [cell] })) };
}

export const WORKERS: ReportColumn = { id: 'workers', unit: 'count', additive: true };
/** The value column of a table of measures: its rows are different things and never add up. */
export const VALUE: ReportColumn = { id: 'value', unit: 'count', additive: false };
