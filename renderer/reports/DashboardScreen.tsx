// The dashboard as of a day (the latest recorded activity by default, never after today): key
// figures, charts with their tables, this month's activity and the wage guarantees ending soon.
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../shared/reports/types';
import { formatItalianDate, isIsoDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { DateInput } from '../ui/DateInput';
import { ProgressBar } from '../ui/ProgressBar';
import { CigsAlertList } from './CigsAlertPanel';
import { FunnelStagesChart, PlacementsChart, TrackStatusChart } from './DashboardCharts';
import { DrillDownList } from './DrillDownList';
import { formatFigure } from '../../shared/reports/labels';
import { ReportTableView, type DrillTarget } from './ReportTableView';
import { useReportJob, useReportSession } from './useReports';
import { ReadingProgress } from './ReadingProgress';
import { asTranslate } from './translate';
import { intlLocale } from '../../shared/i18n/locale';

const measure = (table: ReportTable, key: string) => table.rows.find((row) => row.key === key)?.cells[0];
/**
 * The soonest CIGS ends listed by name; the bands count them all. At 30,000 workers some 13,000
 * end within 90 days, and listing every one took seconds to draw (the worker list filters them all).
 */
const CIGS_LISTED = 50;
/** Charts are drawn at once, without animation, for whoever asks their system for less motion. */
const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const tr = asTranslate(t);
  const { session } = useServices();
  const { runner, data, error: loadError, reading } = useReportSession();
  const [params, setParams] = useSearchParams();
  const asked = params.get('asOf');
  const asOf = asked && isIsoDate(asked) ? asked : (data?.latestActivity ?? todayIso());
  const job = useMemo(() => (data ? { kind: 'dashboard' as const, asOf } : undefined), [data, asOf]);
  const { result, progress, error } = useReportJob(runner, job);
  const dashboard = result?.kind === 'dashboard' ? result.value : undefined;
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const failure = loadError ?? error;
  const figure = (table: ReportTable, key: string) => formatFigure(measure(table, key), table.rows.find((r) => r.key === key)?.unit ?? 'count', i18n.language, tr);
  const count = new Intl.NumberFormat(intlLocale(i18n.language));
  const monthName = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`));

  return (
    <section className="screen dashboard-screen" aria-labelledby="dashboard-title">
      <div className="screen-header">
        <h1 id="dashboard-title">{t('reports.dashboard.title')}</h1>
        <p className="count">{session.role === 'coordinator' ? t('reports.scope.all') : t('reports.scope.own')}</p>
        <div className="header-actions">
          {session.role === 'coordinator' && (
            <Link className="button" to="/dossier">
              {t('dossier.title')}
            </Link>
          )}
          <Link className="button" to="/reports">
            {t('reports.dashboard.openReport')}
          </Link>
        </div>
      </div>
      <div className="field dashboard-asof">
        <label htmlFor="dashboard-asof">{t('reports.dashboard.asOf')}</label>
        <DateInput id="dashboard-asof" value={asOf} onChange={(value) => isIsoDate(value) && setParams({ asOf: value }, { replace: true })} />
      </div>
      {failure && (
        <p className="notice" role="alert">
          {t('reports.loadFailed', { message: failure })}
        </p>
      )}
      <ReadingProgress reading={reading} />
      {progress !== undefined && <ProgressBar label={t('reports.progress', { percent: Math.round(progress * 100) })} value={progress} max={1} />}
      {dashboard && (
        <>
          <dl className="kpis">
            <div className="kpi card">
              <dt>{t('reports.dashboard.enrolled')}</dt>
              <dd data-testid="kpi-enrolled">{count.format(dashboard.enrolled)}</dd>
            </div>
            <div className="kpi card">
              <dt>{t('reports.dashboard.placementRate')}</dt>
              <dd data-testid="kpi-rate">{figure(dashboard.outcome, 'placementRate')}</dd>
            </div>
            <div className="kpi card">
              <dt>{t('reports.dashboard.medianDays')}</dt>
              <dd data-testid="kpi-median">{figure(dashboard.daysToHire, 'median')}</dd>
            </div>
            <div className="kpi card">
              <dt>{t('reports.dashboard.cigsSoon')}</dt>
              <dd data-testid="kpi-cigs">{count.format(dashboard.cigs.length)}</dd>
            </div>
          </dl>
          <div className="dashboard-grid">
            <TrackStatusChart dashboard={dashboard} animate={!prefersReducedMotion()} />
            <PlacementsChart dashboard={dashboard} animate={!prefersReducedMotion()} />
            <FunnelStagesChart dashboard={dashboard} animate={!prefersReducedMotion()} />
            <div className="dashboard-activity">
              <p className="hint">{t('reports.dashboard.activityThisMonth', { month: monthName })}</p>
              <ReportTableView table={dashboard.activity} threshold={3} onDrill={setDrill} />
            </div>
          </div>
          <section className="card cigs-panel" aria-labelledby="dashboard-cigs">
            <h2 id="dashboard-cigs">
              {t('reports.cigs.title')} · {t('reports.cigs.from', { date: formatItalianDate(asOf) })}
            </h2>
            {data && <CigsAlertList alerts={dashboard.cigs} names={data.workerNames} counselorNames={data.counselorNames} limit={CIGS_LISTED} showCounselor={session.role === 'coordinator'} />}
          </section>
        </>
      )}
      {drill && data && <DrillDownList target={drill} data={data} onClose={() => setDrill(null)} />}
    </section>
  );
}
