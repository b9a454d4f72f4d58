// The home screen's warning: workers who joined but have not signed the privacy consent yet cannot
// be proposed to employers. One click filters the list to them.
import { useTranslation } from 'react-i18next';
import type { WorkerSummary } from '../db/workerList';
import { useUiStore } from '../state/uiStore';

export function ConsentWarning({ rows }: { rows: readonly WorkerSummary[] | undefined }) {
  const { t } = useTranslation();
  const setFilters = useUiStore((s) => s.setWorkerFilters);
  const count = (rows ?? []).filter((row) => row.participation === 'awaitingConsent').length;
  if (count === 0) return null;
  return (
    <p className="notice consent-warning" role="status" data-testid="consent-warning">
      <span>{t('participation.warning', { count })}</span>
      <button type="button" onClick={() => setFilters({ participation: 'awaitingConsent' })}>
        {t('participation.showThem')}
      </button>
    </p>
  );
}
