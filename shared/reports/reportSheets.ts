// A report as plain sheets (title, header, rows of real numbers, texts and dates): what the XLSX
// and CSV exports write. Suppressed cells are empty (null); a cell that does not apply carries its
// own marker (n.d.), so that it is never taken for a hidden one; the notes sheet explains both and
// how the placement rate is defined. The internal view adds one sheet listing every line behind
// every figure, with names.
import type { MonitoringReport, ReportData, Translate } from './types';
import { periodSlug } from './period';
import { slug } from '../text/fold';
import { formatItalianDate } from '../time/dates';
import { columnLabel, rowLabel, tableTitle } from './labels';

export type SheetValue = string | number | Date | null;

export interface Sheet {
  /** Excel sheet name: at most 31 characters, unique, none of []:*?/\ */
  name: string;
  title: string;
  header: string[];
  rows: SheetValue[][];
  /** Columns holding dates (written as real dates, shown dd/mm/yyyy). */
  dateColumns?: number[];
}

/** A real date at midnight UTC, so spreadsheets show the same day in any time zone. */
export const sheetDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 28)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

export function reportSheets(report: MonitoringReport, t: Translate, data?: ReportData): Sheet[] {
  const used = new Set<string>();
  const threshold = report.threshold ?? 3;
  const viewLabel = t(report.view === 'external' ? 'reports.report.external' : 'reports.report.internal');
  const notes: Sheet = {
    name: sheetName(t('reports.file.sheetNotes'), used),
    title: t('reports.file.sheetNotes'),
    header: [t('reports.columns.key'), t('reports.columns.value')],
    rows: [
      [t('reports.report.title'), report.programmeName],
      [t('reports.report.from'), sheetDate(report.period.start)],
      [t('reports.report.to'), sheetDate(report.period.end)],
      [t('reports.report.view'), viewLabel],
      ...(report.view === 'external' ? [[t('reports.report.threshold'), threshold], [t('reports.suppressed'), t('reports.file.suppressedNote', { threshold })]] : []),
      [t('reports.notAvailable'), t('reports.file.notAvailableNote')],
      [t('reports.report.enrolledLabel'), t('reports.report.enrolledDefinition')],
      [t('reports.measures.placementRate'), t('reports.report.rateDefinition')],
    ],
    dateColumns: [1],
  };
  const notAvailable = t('reports.notAvailable');
  const tables = report.tables.map((table): Sheet => {
    const title = tableTitle(t, table.id);
    const rows = table.total ? [...table.rows, table.total] : table.rows;
    return {
      name: sheetName(title, used),
      title,
      header: [columnLabel(t, 'key'), ...table.columns.map((column) => columnLabel(t, column.id))],
      rows: rows.map((row) => [rowLabel(t, table, row.key, threshold), ...row.cells.map((cell) => (cell.suppressed ? null : (cell.value ?? notAvailable)))]),
    };
  });
  if (report.view === 'external' || !data) return [notes, ...tables];
  const lines: SheetValue[][] = [];
  for (const table of report.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, c) => {
        for (const item of cell.items ?? []) {
          const counselorId = item.workerId ? data.counselorOf.get(item.workerId) : undefined;
          lines.push([
            tableTitle(t, table.id),
            rowLabel(t, table, row.key, threshold),
            columnLabel(t, table.columns[c]?.id ?? ''),
            item.date ? sheetDate(item.date) : null,
            item.code === 'statistical' ? t('reports.drill.anonymous') : item.workerId ? (data.workerNames.get(item.workerId) ?? t('reports.drill.erased')) : null,
            counselorId ? (data.counselorNames.get(counselorId) ?? null) : null,
            item.employerId ? (data.employerNames.get(item.employerId) ?? null) : null,
            item.amount ?? null,
          ]);
        }
      });
    }
  }
  const listTitle = t('reports.drill.title', { table: t('reports.report.title'), row: viewLabel });
  const list: Sheet = {
    name: sheetName(t('reports.report.internal'), used),
    title: listTitle,
    header: [t('reports.columns.key'), t('reports.drill.detail'), t('reports.columns.value'), t('reports.drill.date'), t('reports.drill.worker'), t('reports.drill.counselor'), t('reports.drill.employer'), t('reports.drill.amount')],
    rows: lines,
    dateColumns: [3],
  };
  return [notes, ...tables, list];
}

/** `monitoraggio_pco-figline-valdarno-filo-d-acciaio_2019-11_esterno.xlsx`: programme, period and view. */
export function reportFileName(report: MonitoringReport, extension: 'xlsx' | 'csv'): string {
  const view = report.view === 'external' ? 'esterno' : 'interno';
  return `monitoraggio_${slug(report.programmeName).slice(0, 60) || 'pco'}_${periodSlug(report.period)}_${view}.${extension}`;
}

/** A date for a CSV cell or a label: dd/mm/yyyy. */
export const csvDate = (date: Date): string => formatItalianDate(date.toISOString().slice(0, 10));
