// The print-ready report: the period's tables with the charts as of its last day, laid out for
// paper by the print rules of styles.css (no menu, no buttons, tables kept whole). "Print or save
// as PDF" opens the system dialog, where a PDF can be saved.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { ProgressBar } from '../ui/ProgressBar';
import { FunnelStagesChart, PlacementsChart, TrackStatusChart } from './DashboardCharts';
import { ReportTableView } from './ReportTableView';
import { useMonitoringReport, useReportParams } from './ReportScreen';
import { useSuppressionThreshold } from './ThresholdSetting';
import { useReportJob, useReportSession } from './useReports';
import { ReadingProgress } from './ReadingProgress';

export function PrintReport() {
  const { t } = useTranslation();
  const { runner, data, error: loadError, reading } = useReportSession();
  const threshold = useSuppressionThreshold();
  const { period, view, search } = useReportParams(data);
  const { pair, progress, error } = useMonitoringReport(runner, data, period, threshold);
  const chartsJob = useMemo(() => (data ? { kind: 'dashboard' as const, asOf: period.end } : undefined), [data, period.end]);
  const charts = useReportJob(runner, chartsJob);
  const dashboard = charts.result?.kind === 'dashboard' ? charts.result.value : undefined;
  const report = pair ? (view === 'internal' ? pair.internal : pair.external) : undefined;
  const failure = loadError ?? error ?? charts.error;

  return (
    <article className="screen print-report" aria-labelledby="print-title">
      <div className="print-toolbar no-print">
        <Link className="button" to={`/reports?${search}`}>
          {t('reports.print.back')}
        </Link>
        <button type="button" className="primary" onClick={() => window.print()} disabled={!report || !dashboard}>
          {t('reports.print.printNow')}
        </button>
      </div>
      <header className="print-header">
        <h1 id="print-title">{t('reports.print.title', { programme: data?.programmeName ?? '' })}</h1>
        <p>
          {t('reports.print.subtitle', {
            period: t('reports.report.periodLabel', { start: formatItalianDate(period.start), end: formatItalianDate(period.end) }),
            view: t(`reports.report.${view}`),
          })}
        </p>
        <p className="hint">
          {t('reports.print.generated', { date: formatItalianDate(todayIso()) })} · {view === 'external' ? t('reports.report.externalHint', { threshold: threshold ?? 3 }) : t('reports.report.internalHint')}
        </p>
      </header>
      {failure && (
        <p className="notice" role="alert">
          {t('reports.loadFailed', { message: failure })}
        </p>
      )}
      <ReadingProgress reading={reading} />
      {(progress !== undefined || charts.progress !== undefined) && <ProgressBar label={t('reports.computing')} value={Math.min(progress ?? 1, charts.progress ?? 1)} max={1} />}
      {dashboard && (
        <div className="print-charts">
          <TrackStatusChart dashboard={dashboard} animate={false} />
          <PlacementsChart dashboard={dashboard} animate={false} />
          <FunnelStagesChart dashboard={dashboard} animate={false} />
        </div>
      )}
      {report && (
        <div className="report-tables" data-testid="print-tables">
          {report.tables.map((table) => (
            <ReportTableView key={table.id} table={table} threshold={threshold ?? 3} />
          ))}
        </div>
      )}
    </article>
  );
}
