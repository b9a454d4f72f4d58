import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { formatItalianDate } from '../../shared/time/dates';
import type { EventRecord } from '../db/rows';
import { describeEvent } from '../../shared/domain/eventText';

export function StatusHistory({ workerId }: { workerId: string }) {
  const { t, i18n } = useTranslation();
  const { workers } = useServices();
  const events = useLiveQuery(() => workers.history(workerId), [workers, workerId]);
  // Read as a sentence after the date and a colon, so the first letter is lower case ("12/03/2019:
  // scheda aperta"); the shared describer is the one the timeline and the access export use.
  const describe = (event: EventRecord): string => {
    const text = describeEvent(event, (key) => t(key as 'app.name'));
    return `${formatItalianDate(event.occurredOn)}: ${text.charAt(0).toLocaleLowerCase(i18n.language) + text.slice(1)}`;
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
