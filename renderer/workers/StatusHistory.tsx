import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { formatItalianDate } from '../../shared/time/dates';
import type { EventRecord } from '../db/rows';

export function StatusHistory({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const { workers } = useServices();
  const events = useLiveQuery(() => workers.history(workerId), [workers, workerId]);
  const describe = (event: EventRecord): string => {
    const date = formatItalianDate(event.occurredOn);
    const payload = event.payload;
    switch (payload.kind) {
      case 'worker.created':
        return t('worker.historyCreated', { date });
      case 'worker.consentRecorded':
        return t('worker.historyConsent', { date, given: payload.given ? t('worker.consentGiven') : t('worker.consentWithdrawn') });
      case 'worker.statusChanged': {
        const to = t(`vocab.status.${payload.to}`) + (payload.exitReason ? ` (${t(`vocab.exitReason.${payload.exitReason}`)})` : '');
        return t('worker.historyEntry', { date, from: payload.from ? t(`vocab.status.${payload.from}`) : '—', to });
      }
      default:
        return `${date}: ${payload.kind}`;
    }
  };
  return (
    <section className="form-section history" aria-labelledby="history-title">
      <h2 id="history-title">{t('worker.sections.history')}</h2>
      {events && events.length > 0 ? (
        <ol data-testid="status-history">
          {events.map((event) => (
            <li key={event.id}>{describe(event)}</li>
          ))}
        </ol>
      ) : (
        <p>{t('worker.noHistory')}</p>
      )}
    </section>
  );
}
