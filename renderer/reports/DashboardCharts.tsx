// The dashboard's charts, each with its table: enrolled workers by track and status (stacked bars),
// placements month by month with placed workers to date (bars and a line), and the candidacy
// funnel (horizontal bars from proposal to hiring).
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { WORKER_STATUSES } from '../../shared/domain/vocabulary';
import type { Dashboard } from '../../shared/reports/dashboard';
import { ChartFigure } from './ChartFigure';
import { intlLocale } from '../../shared/i18n/locale';

/** Colour per status, distinguishable for the common colour-vision deficiencies (Okabe–Ito). */
const STATUS_COLOURS: Record<(typeof WORKER_STATUSES)[number], string> = {
  active: '#0072B2',
  placed: '#009E73',
  in_training: '#E69F00',
  self_employed: '#CC79A7',
  retired: '#56B4E9',
  withdrawn: '#7f7f7f',
};

function monthLabel(month: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export function TrackStatusChart({ dashboard, animate = true }: { dashboard: Dashboard; animate?: boolean }) {
  const { t } = useTranslation();
  const data = dashboard.byTrackAndStatus.map((row) => ({ name: t(`vocab.track.${row.track}`), ...row.counts }));
  const statuses = WORKER_STATUSES.filter((status) => data.some((row) => row[status] > 0));
  return (
    <ChartFigure
      title={t('reports.dashboard.byTrackStatus')}
      testId="chart-track-status"
      table={{ columns: [t('reports.dashboard.track'), ...statuses.map((s) => t(`vocab.status.${s}`))], rows: data.map((row) => [row.name, ...statuses.map((s) => row[s])]) }}
    >
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {statuses.map((status) => (
            <Bar key={status} dataKey={status} name={t(`vocab.status.${status}`)} stackId="status" fill={STATUS_COLOURS[status]} isAnimationActive={animate} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function PlacementsChart({ dashboard, animate = true }: { dashboard: Dashboard; animate?: boolean }) {
  const { t, i18n } = useTranslation();
  const data = dashboard.placementsByMonth.map((row) => ({ ...row, label: monthLabel(row.month, i18n.language) }));
  return (
    <ChartFigure
      title={t('reports.dashboard.placementsOverTime')}
      testId="chart-placements"
      table={{ columns: [t('reports.dashboard.month'), t('reports.dashboard.placementsInMonth'), t('reports.dashboard.placedToDate')], rows: data.map((row) => [row.label, row.placements, row.placedToDate]) }}
    >
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="placements" name={t('reports.dashboard.placementsInMonth')} fill="#009E73" isAnimationActive={animate} />
          <Line dataKey="placedToDate" name={t('reports.dashboard.placedToDate')} stroke="#0072B2" strokeWidth={2} isAnimationActive={animate} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function FunnelStagesChart({ dashboard, animate = true }: { dashboard: Dashboard; animate?: boolean }) {
  const { t } = useTranslation();
  const data = dashboard.funnel.map((step) => ({ name: t(`candidacies.stage.${step.stage}`), candidacies: step.candidacies }));
  return (
    <ChartFigure
      title={t('reports.dashboard.funnel')}
      testId="chart-funnel"
      table={{ columns: [t('candidacies.worker.stage'), t('reports.dashboard.funnelCandidacies')], rows: data.map((row) => [row.name, row.candidacies]) }}
    >
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="candidacies" name={t('reports.dashboard.funnelCandidacies')} fill="#E69F00" isAnimationActive={animate} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
