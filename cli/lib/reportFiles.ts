// The report as the app's export writes it: the same labelled sheets (shared/reports/reportSheets,
// Italian texts from shared/i18n) and the same XLSX/CSV writers (shared/reports/files). The
// internal view adds the list behind every figure, with the names the store holds in clear, as the
// coordinator's app does (workers, counselors' display names, employers' legal names).
import { reportTranslate } from '../../shared/i18n/reportTexts';
import { csvBytes, xlsxBytes } from '../../shared/reports/files';
import { reportNames } from '../../shared/reports/names';
import { reportSheets, type Sheet } from '../../shared/reports/reportSheets';
import type { MonitoringReport, ReportData, ReportInput } from '../../shared/reports/types';
import type { MemoryState } from '../../shared/sync';

function namesFromStore(state: MemoryState, input: ReportInput): ReportData {
  const counselors = (state.records.counselors ?? []).filter((r) => r.deletedAt === null);
  return reportNames(input, new Map(counselors.map((c) => [c.id, String(c.data['displayName'] ?? '')])));
}

/** The sheets in Italian, as the app writes them; names only in the internal view's list. */
export function labelledSheets(report: MonitoringReport, state: MemoryState, input: ReportInput): Sheet[] {
  return reportSheets(report, reportTranslate('it'), report.view === 'internal' ? namesFromStore(state, input) : undefined);
}

export const sheetsXlsx = (sheets: readonly Sheet[]): Promise<Uint8Array> => xlsxBytes(sheets, 'pco');
export const sheetsCsv = (sheets: readonly Sheet[]): Uint8Array => csvBytes(sheets);
