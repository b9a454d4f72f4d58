// On a worker file: whether the person takes part in the PCO, when they do not (yet): not enrolled,
// awaiting the privacy consent, consent withdrawn. A participant's file says nothing.
import { useTranslation } from 'react-i18next';
import { participationOf } from '../../shared/domain/participation';
import type { Worker } from '../../shared/domain/worker';
import { formatItalianDate } from '../../shared/time/dates';

export function ParticipationNotice({ worker }: { worker: Worker }) {
  const { t } = useTranslation();
  const participation = participationOf(worker);
  if (participation === 'participant') return null;
  return (
    <p className={`notice participation-notice participation-${participation}`} role="status" data-testid="participation-notice">
      <strong>{t(`participation.label.${participation}`)}.</strong> {t(`participation.notice.${participation}`, { date: formatItalianDate(worker.consentWithdrawnOn) })}
    </p>
  );
}
