// Exports of a report through the platform bridge (a save dialog in Electron, a download on the
// web), each one audited with its format, view and period.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringReport } from '../../shared/reports/types';
import { useServices } from '../app/services';
import { csvBytes, xlsxBytes } from '../../shared/reports/files';
import type { ReportAudit } from './reportAudit';
import type { ReportFacts } from './reportSource';
import { reportFileName, reportSheets } from '../../shared/reports/reportSheets';
import { asTranslate } from './translate';

export type ExportMessage = { key: 'exported' | 'exportCancelled' | 'exportFailed'; file?: string };

export function useReportExport(audit: ReportAudit, data: ReportFacts | undefined) {
  const { t } = useTranslation();
  const tr = asTranslate(t);
  const { bridge } = useServices();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ExportMessage | null>(null);

  async function exportAs(report: MonitoringReport, format: 'xlsx' | 'csv') {
    setBusy(true);
    try {
      const sheets = reportSheets(report, tr, data);
      const bytes = format === 'xlsx' ? await xlsxBytes(sheets, report.programmeName) : csvBytes(sheets);
      const filters = format === 'xlsx' ? [{ name: 'Excel', extensions: ['xlsx'] }] : [{ name: 'CSV', extensions: ['csv'] }];
      const result = await bridge.saveFile({ suggestedName: reportFileName(report, format), bytes, filters });
      if (result.ok) await audit.recordExport(`${format} ${report.view} ${report.period.start}..${report.period.end}`);
      setMessage(result.ok ? { key: 'exported', file: result.value.location } : { key: result.error === 'cancelled' ? 'exportCancelled' : 'exportFailed' });
    } catch (error) {
      console.error(error);
      setMessage({ key: 'exportFailed' });
    } finally {
      setBusy(false);
    }
  }

  return { busy, message, exportAs };
}
