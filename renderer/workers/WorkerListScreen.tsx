import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { ListHeaderActions } from '../import/ListHeaderActions';
import { useUiStore } from '../state/uiStore';
import { todayIso } from '../../shared/time/dates';
import { filterWorkers, sortWorkers, toListItem } from './workerQuery';
import { useWorkerLabels } from './useWorkerLabels';
import { WorkerFilters } from './WorkerFilters';
import { WorkerTable } from './WorkerTable';
import { CigsAlertPanel } from '../reports/CigsAlertPanel';
import { ConsentWarning } from './ConsentWarning';
import { DuplicatesNotice } from './duplicates/DuplicatesNotice';
import { markFirstScreenShown, markStartup, STARTUP_MARKS } from '../app/startupMarks';

export function WorkerListScreen() {
  const { t } = useTranslation();
  const { workers, programme } = useServices();
  const rows = useLiveQuery(() => workers.summaries(), [workers]);
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const labels = useWorkerLabels(counselors);
  const filters = useDeferredValue(useUiStore((s) => s.workerFilters));
  const sort = useUiStore((s) => s.workerSort);

  const items = useMemo(() => (rows ?? []).map((row) => toListItem(row, labels)), [rows, labels]);
  const shown = useMemo(() => sortWorkers(filterWorkers(items, filters, todayIso()), sort), [items, filters, sort]);
  const listed = rows !== undefined;
  useEffect(() => {
    if (!listed) return;
    markStartup(STARTUP_MARKS.workerListReady);
    markFirstScreenShown();
  }, [listed]);

  return (
    <section className="screen workers-screen" aria-labelledby="workers-title">
      <div className="screen-header">
        <h1 id="workers-title">{t('workers.title')}</h1>
        <p className="count" aria-live="polite" data-testid="worker-count">
          {shown.length === items.length ? t('workers.count', { count: items.length }) : t('workers.countOf', { shown: shown.length, total: items.length })}
        </p>
        <ListHeaderActions importTo="/workers/import" newTo="/workers/new" newLabel={t('workers.new')} />
      </div>
      <ConsentWarning rows={rows} />
      <DuplicatesNotice rows={rows} />
      <CigsAlertPanel limit={5} />
      <WorkerFilters counselors={counselors ?? []} />
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('workers.noneYet')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('workers.empty')}</p>
      ) : (
        <WorkerTable items={shown} />
      )}
    </section>
  );
}
