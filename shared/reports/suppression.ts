// The external view of a report: what may leave the team. No names and no lists (the tables hold
// codes and counts only), and statistical disclosure control on what remains:
// - primary suppression: a cell that concerns 1 to threshold−1 people is hidden (zero concerns
//   nobody and stays);
// - secondary suppression: in a column whose cells add up to a published total, a single hidden
//   cell could be recovered by subtraction, so the smallest other non-zero cell is hidden too; the
//   total itself is not hidden instead, because the same total is published by the sibling tables
//   (every "enrolled by …" table adds up to the enrolled count);
// - former roles are free text, and a rare role names its holder even without a number: roles
//   held by too few people are merged into one "other roles" row before the rules above.
import { countCell } from './table';
import type { MonitoringReport, ReportCell, ReportRow, ReportTable } from './types';

export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

const tooFew = (cell: ReportCell | undefined, threshold: number) => cell?.people !== undefined && cell.people > 0 && cell.people < threshold;

function mergeRareRows(table: ReportTable, threshold: number): ReportTable {
  const rare = table.rows.filter((row) => row.cells.some((cell) => tooFew(cell, threshold)));
  if (rare.length === 0) return table;
  const kept = table.rows.filter((row) => !rare.includes(row));
  const other: ReportRow = { key: 'other', cells: table.columns.map((_, index) => countCell(rare.flatMap((row) => row.cells[index]?.items ?? []))) };
  return { ...table, rows: [...kept, other] };
}

const hide = (): ReportCell => ({ value: null, suppressed: true });
/** Only the figure leaves: not the list, nor the count of people behind it (itself a small number). */
const strip = ({ value, suppressed }: ReportCell): ReportCell => (suppressed ? { value: null, suppressed } : { value });

function suppressColumn(table: ReportTable, column: number, threshold: number): { rows: ReportCell[]; total: ReportCell | undefined } {
  const rows = table.rows.map((row) => row.cells[column] ?? { value: null });
  const cells = rows.map((cell) => (tooFew(cell, threshold) ? hide() : cell));
  const totalSource = table.total?.cells[column];
  const total = totalSource && tooFew(totalSource, threshold) ? hide() : totalSource;
  const additive = table.columns[column]?.additive && total && !total.suppressed && total.value !== null;
  if (additive && cells.filter((cell) => cell.suppressed).length === 1) {
    let pick = -1;
    cells.forEach((cell, index) => {
      if (cell.suppressed || cell.value === null || cell.value <= 0) return;
      const best = cells[pick];
      if (pick < 0 || (best?.value ?? Infinity) > cell.value) pick = index;
    });
    const chosen = cells[pick];
    if (chosen) cells[pick] = hide();
  }
  return { rows: cells, total };
}

export function suppressTable(source: ReportTable, threshold: number): ReportTable {
  const table = source.dimension === 'role' ? mergeRareRows(source, threshold) : source;
  const columns = table.columns.map((_, index) => suppressColumn(table, index, threshold));
  return {
    ...table,
    rows: table.rows.map((row, r) => ({ ...row, cells: columns.map((column) => strip(column.rows[r] ?? { value: null })) })),
    ...(table.total ? { total: { ...table.total, cells: columns.map((column) => strip(column.total ?? { value: null })) } } : {}),
  };
}

/** The external view: suppressed small cells, no lists. The internal report is left untouched. */
export function pseudonymise(report: MonitoringReport, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): MonitoringReport {
  return { ...report, view: 'external', threshold, tables: report.tables.map((table) => suppressTable(table, threshold)) };
}
