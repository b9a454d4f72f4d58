// CIGS alerts: the workers of the viewer's scope (a counselor's caseload, everyone for the
// coordinator) still looking for work whose wage guarantee ends within 90 days. Shown on the home
// screen (from today), in the agenda (from the day shown) and on the dashboard.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { CIGS_BANDS, cigsAlerts, type CigsAlert } from '../../shared/reports/cigs';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';

export function CigsAlertList({ alerts, names, counselorNames, limit, showCounselor }: { alerts: readonly CigsAlert[]; names: ReadonlyMap<string, string>; counselorNames: ReadonlyMap<string, string>; limit?: number; showCounselor: boolean }) {
  const { t } = useTranslation();
  const shown = limit === undefined ? alerts : alerts.slice(0, limit);
  if (alerts.length === 0) return <p className="hint">{t('reports.cigs.none')}</p>;
  return (
    <>
      {/* How many end within 30, 31-60 and 61-90 days: the list below shows the soonest first. */}
      <ul className="cigs-bands">
        {CIGS_BANDS.map((band) => (
          <li key={band} className={`cigs-band cigs-${band}`}>
            <strong data-testid={`cigs-band-${band}`}>{alerts.filter((alert) => alert.band === band).length}</strong> {t(`reports.cigs.bands.${band}`)}
          </li>
        ))}
      </ul>
      <ul className="cigs-alerts" data-testid="cigs-alerts">
        {shown.map((alert) => (
          <li key={alert.workerId} className={`cigs-alert cigs-${alert.band}`}>
            <Link to={`/workers/${alert.workerId}`}>{names.get(alert.workerId) ?? alert.workerId}</Link>{' '}
            <span>
              {t('reports.cigs.endsOn', { date: formatItalianDate(alert.cigsEnd) })} ({alert.daysLeft === 0 ? t('reports.cigs.today') : t('reports.cigs.daysLeft', { count: alert.daysLeft })})
            </span>
            {showCounselor && <span className="hint"> · {t('reports.cigs.counselor', { name: counselorNames.get(alert.counselorId) ?? '' })}</span>}
          </li>
        ))}
      </ul>
      {shown.length < alerts.length && <p className="hint">{t('reports.cigs.more', { count: alerts.length - shown.length })}</p>}
    </>
  );
}

/** The compact panel: alerts counted from `referenceDate` (today by default), on the workers' current status. */
export function CigsAlertPanel({ referenceDate, limit = 8 }: { referenceDate?: string; limit?: number }) {
  const { t } = useTranslation();
  const { workers, programme, session } = useServices();
  const from = referenceDate ?? todayIso();
  const state = useLiveQuery(async () => {
    const [list, counselors] = await Promise.all([workers.summaries(), programme.counselors()]);
    return {
      // Someone of the HR list who has not joined is followed by nobody: no alert.
      alerts: cigsAlerts(list.filter((worker) => worker.participation !== 'notEnrolled'), from),
      names: new Map(list.map((w) => [w.id, `${w.surname} ${w.name}`])),
      counselorNames: new Map(counselors.map((c) => [c.id, c.data.displayName])),
    };
  }, [workers, programme, from]);
  const coordinator = session.role === 'coordinator';
  return (
    <aside className="cigs-panel card" aria-labelledby="cigs-panel-title" data-testid="cigs-panel">
      <h2 id="cigs-panel-title">
        {t('reports.cigs.title')}
        {state && state.alerts.length > 0 && <span className="badge">{state.alerts.length}</span>}
      </h2>
      <p className="hint">
        {coordinator ? t('reports.cigs.hintAll') : t('reports.cigs.hintOwn')} {referenceDate && t('reports.cigs.from', { date: formatItalianDate(from) })}
      </p>
      {state ? <CigsAlertList alerts={state.alerts} names={state.names} counselorNames={state.counselorNames} limit={limit} showCounselor={coordinator} /> : <p>{t('app.loading')}</p>}
    </aside>
  );
}
