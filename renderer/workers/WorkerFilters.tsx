import { useTranslation } from 'react-i18next';
import { TRACKS, WORKER_STATUSES, type Track, type WorkerStatus } from '../../shared/domain/vocabulary';
import { PARTICIPATIONS, type Participation } from '../../shared/domain/participation';
import type { CounselorRecord } from '../db/rows';
import { useUiStore, type CigsFilter } from '../state/uiStore';
import { DateInput } from '../ui/DateInput';
import { isRealIsoDate } from '../../shared/time/days';

const CIGS_OPTIONS: CigsFilter[] = ['30', '60', '90', 'ended'];

export function WorkerFilters({ counselors }: { counselors: readonly CounselorRecord[] }) {
  const { t } = useTranslation();
  const filters = useUiStore((s) => s.workerFilters);
  const setFilters = useUiStore((s) => s.setWorkerFilters);
  const clear = useUiStore((s) => s.clearWorkerFilters);

  return (
    <form className="filters" role="search" aria-label={t('workers.filters')} onSubmit={(event) => event.preventDefault()}>
      <label className="field grow">
        <span>{t('workers.search')}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={t('workers.searchPlaceholder')}
          onChange={(event) => setFilters({ search: event.target.value })}
          data-testid="worker-search"
        />
      </label>
      <label className="field">
        <span>{t('worker.fields.primaryTrack')}</span>
        <select value={filters.track} onChange={(event) => setFilters({ track: event.target.value as Track | '' })}>
          <option value="">{t('workers.anyTrack')}</option>
          {TRACKS.map((track) => (
            <option key={track} value={track}>
              {t(`vocab.track.${track}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('worker.fields.status')}</span>
        <select value={filters.status} onChange={(event) => setFilters({ status: event.target.value as WorkerStatus | '' })}>
          <option value="">{t('workers.anyStatus')}</option>
          {WORKER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`vocab.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('worker.fields.counselor')}</span>
        <select value={filters.counselorId} onChange={(event) => setFilters({ counselorId: event.target.value })}>
          <option value="">{t('workers.anyCounselor')}</option>
          {counselors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.data.displayName}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('participation.filter')}</span>
        <select value={filters.participation} onChange={(event) => setFilters({ participation: event.target.value as Participation | '' })} data-testid="participation-filter">
          <option value="">{t('participation.any')}</option>
          {PARTICIPATIONS.map((participation) => (
            <option key={participation} value={participation}>
              {t(`participation.label.${participation}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('workers.columns.cigsEnd')}</span>
        <select value={filters.cigs} onChange={(event) => setFilters({ cigs: event.target.value as CigsFilter })}>
          <option value="">{t('workers.anyCigs')}</option>
          {CIGS_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {option === 'ended' ? t('workers.cigsEnded') : t('workers.cigsWithin', { days: option })}
            </option>
          ))}
        </select>
      </label>
      {filters.cigs && (
        <label className="field">
          <span>{t('workers.cigsReference')}</span>
          <DateInput value={filters.cigsReference} onChange={(value) => (value === '' || isRealIsoDate(value)) && setFilters({ cigsReference: value })} />
        </label>
      )}
      <button type="button" className="link" onClick={clear}>
        {t('workers.clearFilters')}
      </button>
    </form>
  );
}
