// The external view of a report: what may leave the team. No names and no lists (the tables hold
// codes and counts only), and statistical disclosure control on what remains:
// - former roles are free text, and a rare role names its holder even without a number: roles
//   held by too few people are merged into one "other roles" row first;
// - primary suppression: a cell that concerns 1 to threshold−1 people is hidden (zero concerns
//   nobody and stays);
// - secondary suppression (protection.ts): every hidden cell must keep a wide enough range of
//   values against a reader who knows every published figure and how they add up: a column to its
//   total, a row-total column to its parts, a part to its whole, and the same figure published
//   by several tables (every "enrolled by …" table adds up to the enrolled count).
import { protect, type Figure, type Relation } from './protection';
import { countCell } from './table';
import type { MonitoringReport, ReportCell, ReportRow, ReportTable, TableId } from './types';

export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

const tooFew = (cell: ReportCell | undefined, threshold: number) => cell?.people !== undefined && cell.people > 0 && cell.people < threshold;

function mergeRareRows(table: ReportTable, threshold: number): ReportTable {
  const rare = table.rows.filter((row) => row.cells.some((cell) => tooFew(cell, threshold)));
  if (rare.length === 0) return table;
  const kept = table.rows.filter((row) => !rare.includes(row));
  const other: ReportRow = { key: 'other', cells: table.columns.map((_, index) => countCell(rare.flatMap((row) => row.cells[index]?.items ?? []))) };
  return { ...table, rows: [...kept, other] };
}

/** A cell: table, row key ('total' for the total row) and column id. */
type Place = readonly [table: TableId, row: string, column: string];

/**
 * Figures that two tables publish under different names: one unknown for the reader, hidden in
 * both places or in neither. (fromDemo.test.ts checks that each group holds one value.)
 */
export const SAME_FIGURE: readonly (readonly Place[])[] = [
  [
    ['enrolledByTrack', 'total', 'workers'],
    ['enrolledByStatus', 'total', 'workers'],
    ['enrolledByAge', 'total', 'workers'],
    ['enrolledBySex', 'total', 'workers'],
    ['enrolledByRole', 'total', 'workers'],
    ['enrolledByEducation', 'total', 'workers'],
    ['placementOutcome', 'enrolledToDate', 'value'],
  ],
  [
    ['placementOutcome', 'placements', 'value'],
    ['placementsByContract', 'total', 'placements'],
    ['placementsBySector', 'total', 'placements'],
    ['placementsByDistance', 'total', 'placements'],
  ],
  [
    ['activity', 'interviews', 'value'],
    ['interviewsByType', 'total', 'interviews'],
  ],
  [
    ['activity', 'trials', 'value'],
    ['candidacyStages', 'trial', 'moves'],
  ],
];

/**
 * A figure computed from others (not additively): hidden whenever one of them is, since with the
 * rest it would give that one back (the rate and the placed count give the enrolled count).
 */
const DERIVED: readonly { figure: Place; from: readonly Place[] }[] = [
  {
    figure: ['placementOutcome', 'placementRate', 'value'],
    from: [
      ['placementOutcome', 'workersPlacedToDate', 'value'],
      ['placementOutcome', 'enrolledToDate', 'value'],
    ],
  },
];

/** The figures and relations the tables publish, and where each cell's figure is. */
function relationsOf(tables: readonly ReportTable[]) {
  const figures: Figure[] = [];
  const relations: Relation[] = [];
  const places = new Map<string, number>();
  const where = (t: number, r: number, c: number) => `${t}:${r}:${c}`;
  const rowsOf = (table: ReportTable) => (table.total ? [...table.rows, table.total] : table.rows);
  const figureAt = (t: number, r: number, c: number): number | undefined => {
    const key = where(t, r, c);
    const known = places.get(key);
    if (known !== undefined) return known;
    const table = tables[t];
    const value = table ? rowsOf(table)[r]?.cells[c]?.value : undefined;
    if (value === undefined || value === null || !Number.isInteger(value)) return undefined;
    places.set(key, figures.push({ value }) - 1);
    return places.get(key);
  };
  const known = (list: readonly (number | undefined)[]) => list.filter((f): f is number => f !== undefined);
  // A relation with a cell that has no figure (n.d.) tells nothing.
  const relate = (plus: readonly (number | undefined)[], minus: readonly (number | undefined)[]) => {
    const [p, m] = [known(plus), known(minus)];
    if (p.length === plus.length && m.length === minus.length) relations.push({ plus: p, minus: m });
  };

  // Linked places first, so that every place of a group maps to the group's figure.
  for (const group of SAME_FIGURE) {
    const [first, ...rest] = placesIn(tables, group);
    const f = first && figureAt(...first);
    if (f === undefined) continue;
    for (const [t, r, c] of rest) {
      const table = tables[t];
      if (table && rowsOf(table)[r]?.cells[c]?.value === figures[f]?.value) places.set(where(t, r, c), f);
    }
  }

  tables.forEach((table, t) => {
    const rows = rowsOf(table);
    const total = table.total ? rows.length - 1 : -1;
    table.columns.forEach((column, c) => {
      if (column.additive && total >= 0) relate(table.rows.map((_, r) => figureAt(t, r, c)), [figureAt(t, total, c)]);
      const parts = (column.sumOf ?? []).map((id) => table.columns.findIndex((other) => other.id === id));
      if (parts.length > 0 && parts.every((p) => p >= 0)) rows.forEach((_, r) => relate(parts.map((p) => figureAt(t, r, p)), [figureAt(t, r, c)]));
      const whole = column.within === undefined ? -1 : table.columns.findIndex((other) => other.id === column.within);
      if (whole < 0) return;
      rows.forEach((_, r) => {
        const part = figureAt(t, r, c);
        const of = figureAt(t, r, whole);
        if (part === undefined || of === undefined) return;
        // whole = part + what is not shown (at least 0).
        const rest = figures.push({ value: (figures[of]?.value ?? 0) - (figures[part]?.value ?? 0), latent: true }) - 1;
        relate([part, rest], [of]);
      });
    });
  });
  // A figure published in several places costs as much to hide as all its places together.
  const uses = new Map<number, number>();
  for (const f of places.values()) uses.set(f, (uses.get(f) ?? 0) + 1);
  for (const [f, count] of uses) {
    const figure = figures[f];
    if (figure) figure.cost = figure.value * count;
  }
  return { figures, relations, figureOf: (t: number, r: number, c: number) => places.get(where(t, r, c)) };
}

/** Where a place is in these tables: table, row (the total row last) and column indices. */
function locate(tables: readonly ReportTable[], [id, rowKey, columnId]: Place): readonly [number, number, number] | undefined {
  const t = tables.findIndex((table) => table.id === id);
  const table = tables[t];
  if (!table) return undefined;
  const r = [...table.rows, ...(table.total ? [table.total] : [])].findIndex((row) => row.key === rowKey);
  const c = table.columns.findIndex((column) => column.id === columnId);
  return r >= 0 && c >= 0 ? [t, r, c] : undefined;
}

const placesIn = (tables: readonly ReportTable[], places: readonly Place[]) =>
  places.flatMap((place) => {
    const at = locate(tables, place);
    return at ? [at] : [];
  });

const hide = (): ReportCell => ({ value: null, suppressed: true });
/** Only the figure leaves: not the list, nor the count of people behind it (itself a small number). */
const strip = ({ value, suppressed }: ReportCell): ReportCell => (suppressed ? { value: null, suppressed } : { value });

/** Tables suppressed together: relations between them (shared totals) are taken into account. */
export function suppressTables(source: readonly ReportTable[], threshold: number): ReportTable[] {
  const tables = source.map((table) => (table.dimension === 'role' ? mergeRareRows(table, threshold) : table));
  const { figures, relations, figureOf } = relationsOf(tables);
  const primary = new Set<number>();
  const hiddenCells = new Set<string>();
  tables.forEach((table, t) => {
    [...table.rows, ...(table.total ? [table.total] : [])].forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (!tooFew(cell, threshold)) return;
        hiddenCells.add(`${t}:${r}:${c}`);
        const f = figureOf(t, r, c);
        if (f !== undefined) primary.add(f);
      }),
    );
  });
  const hidden = protect(figures, relations, primary, threshold);
  const isHidden = (t: number, r: number, c: number) => {
    const f = figureOf(t, r, c);
    return hiddenCells.has(`${t}:${r}:${c}`) || (f !== undefined && hidden.has(f));
  };
  for (const { figure, from } of DERIVED) {
    const at = locate(tables, figure);
    const sources = placesIn(tables, from);
    if (at && sources.some((source) => isHidden(...source))) hiddenCells.add(at.join(':'));
  }
  return tables.map((table, t) => {
    const cellsOf = (row: ReportRow, r: number) => row.cells.map((cell, c) => strip(isHidden(t, r, c) ? hide() : cell));
    return {
      ...table,
      rows: table.rows.map((row, r) => ({ ...row, cells: cellsOf(row, r) })),
      ...(table.total ? { total: { ...table.total, cells: cellsOf(table.total, table.rows.length) } } : {}),
    };
  });
}

export function suppressTable(source: ReportTable, threshold: number): ReportTable {
  const [table] = suppressTables([source], threshold);
  return table ?? source;
}

/** The external view: suppressed small cells, no lists. The internal report is left untouched. */
export function pseudonymise(report: MonitoringReport, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): MonitoringReport {
  return { ...report, view: 'external', threshold, tables: suppressTables(report.tables, threshold) };
}
