// The monitoring report for a period: every table, external view (pseudonymised) by default, the
// internal view with the list behind each figure; exports to XLSX and CSV and a print-ready page.
// The period and the view live in the address (?from=…&to=…&view=…).
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { defaultReportMonth, isValidPeriod } from '../../shared/reports/period';
import type { Period, ReportView } from '../../shared/reports/types';
import { formatItalianDate, isIsoDate, todayIso } from '../../shared/time/dates';
import { ProgressBar } from '../ui/ProgressBar';
import { useServices } from '../app/services';
import { DrillDownList } from './DrillDownList';
import { PeriodPicker } from './PeriodPicker';
import { ReportTableView, type DrillTarget } from './ReportTableView';
import { ThresholdSetting, useSuppressionThreshold } from './ThresholdSetting';
import { useReportAudit, useReportJob, useReportSession } from './useReports';
import { ReadingProgress } from './ReadingProgress';
import type { ReportRunner } from './reportRunner';
import { useReportExport } from './useReportExport';
import type { ReportFacts } from './reportSource';

/** The period and view asked for in the address, or the defaults. */
export function useReportParams(data: ReportFacts | undefined) {
  const [params, setParams] = useSearchParams();
  const fallback = defaultReportMonth(todayIso(), data?.latestActivity);
  const from = params.get('from');
  const to = params.get('to');
  const period: Period = from && to && isIsoDate(from) && isIsoDate(to) ? { start: from, end: to } : fallback;
  const view: ReportView = params.get('view') === 'internal' ? 'internal' : 'external';
  // Each change is merged into the address as it is when the change lands, not as it was at this
  // render: a period committed late (a date field left, the data arriving) must not undo a view
  // chosen meanwhile, nor a view the period.
  const set = (next: { period?: Period; view?: ReportView }) => {
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        if (next.period) {
          merged.set('from', next.period.start);
          merged.set('to', next.period.end);
        }
        if (next.view) merged.set('view', next.view);
        return merged;
      },
      { replace: true },
    );
  };
  return { period, view, set, search: `from=${period.start}&to=${period.end}&view=${view}` };
}

/** Computes both views of the report for a period in the Web Worker. */
export function useMonitoringReport(runner: ReportRunner, data: ReportFacts | undefined, period: Period, threshold: number | undefined) {
  const valid = isValidPeriod(period);
  const job = useMemo(() => (data && valid && threshold !== undefined ? { kind: 'report' as const, period, threshold } : undefined), [data, valid, period.start, period.end, threshold]); // eslint-disable-line react-hooks/exhaustive-deps -- the period's days are the dependency
  const state = useReportJob(runner, job);
  return { ...state, pair: state.result?.kind === 'report' ? state.result.value : undefined, valid };
}

export function ReportScreen() {
  const { t } = useTranslation();
  const { session } = useServices();
  const { runner, data, error: loadError, reading } = useReportSession();
  const threshold = useSuppressionThreshold();
  const { period, view, set, search } = useReportParams(data);
  const { pair, progress, error, valid } = useMonitoringReport(runner, data, period, threshold);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const exporter = useReportExport(useReportAudit(), data);
  const report = pair ? (view === 'internal' ? pair.internal : pair.external) : undefined;
  const failure = loadError ?? error;

  return (
    <section className="screen report-screen" aria-labelledby="report-title">
      <div className="screen-header">
        <h1 id="report-title">{t('reports.report.title')}</h1>
        <p className="count">{session.role === 'coordinator' ? t('reports.scope.all') : t('reports.scope.own')}</p>
        <Link className="button" to="/dashboard">
          {t('reports.nav.dashboard')}
        </Link>
      </div>
      <div className="report-controls card">
        <PeriodPicker period={period} onChange={(next) => set({ period: next })} />
        <fieldset className="report-view">
          <legend>{t('reports.report.view')}</legend>
          {(['external', 'internal'] as const).map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="report-view" value={option} checked={view === option} onChange={() => set({ view: option })} />
              {t(`reports.report.${option}`)}
            </label>
          ))}
        </fieldset>
        {threshold !== undefined && <ThresholdSetting threshold={threshold} />}
      </div>
      <p className="hint">{view === 'external' ? t('reports.report.externalHint', { threshold: threshold ?? 3 }) : t('reports.report.internalHint')}</p>
      {!valid && (
        <p className="notice" role="alert">
          {t('reports.report.invalidPeriod')}
        </p>
      )}
      {failure && (
        <p className="notice" role="alert">
          {t('reports.loadFailed', { message: failure })}
        </p>
      )}
      <ReadingProgress reading={reading} />
      {progress !== undefined && <ProgressBar label={t('reports.progress', { percent: Math.round(progress * 100) })} value={progress} max={1} />}
      {report && (
        <>
          <div className="report-actions">
            <h2 className="report-period-title" data-testid="report-period">
              {t('reports.report.periodLabel', { start: formatItalianDate(report.period.start), end: formatItalianDate(report.period.end) })}
            </h2>
            <button type="button" onClick={() => void exporter.exportAs(report, 'xlsx')} disabled={exporter.busy}>
              {t('reports.report.exportXlsx')}
            </button>
            <button type="button" onClick={() => void exporter.exportAs(report, 'csv')} disabled={exporter.busy}>
              {t('reports.report.exportCsv')}
            </button>
            <Link className="button" to={`/reports/print?${search}`}>
              {t('reports.report.print')}
            </Link>
          </div>
          {exporter.message && (
            <p className="notice" role="status">
              {t(`reports.report.${exporter.message.key}`, { file: exporter.message.file })}
            </p>
          )}
          <div className="report-tables">
            {report.tables.map((table) => (
              <ReportTableView key={table.id} table={table} threshold={threshold ?? 3} onDrill={view === 'internal' ? setDrill : undefined} />
            ))}
          </div>
        </>
      )}
      {drill && data && <DrillDownList target={drill} data={data} onClose={() => setDrill(null)} />}
    </section>
  );
}
