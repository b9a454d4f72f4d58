// Choosing the workers of an appointment: those chosen as removable chips, and a search over the
// workers the session follows (surname, name or codice fiscale, accents and case ignored) whose
// matches are added with a click or, for the first, with Enter.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchKey } from '../../shared/text/fold';

export interface PickableWorker {
  readonly id: string;
  readonly surname: string;
  readonly name: string;
  readonly codiceFiscale: string;
}

const SHOWN = 8;
const fullName = (worker: PickableWorker) => `${worker.surname} ${worker.name}`;

export function matches(query: string, worker: PickableWorker): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  const nameWords = searchKey(fullName(worker)).split(' ');
  const code = worker.codiceFiscale.toLowerCase();
  return words.length > 0 && words.every((word) => nameWords.some((part) => part.startsWith(word)) || code.includes(word));
}

interface Props {
  id: string;
  workers: readonly PickableWorker[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  invalid?: boolean;
  describedBy?: string | undefined;
}

export function WorkerPicker({ id, workers, value, onChange, invalid, describedBy }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const listId = useId();
  const byId = useMemo(() => new Map(workers.map((worker) => [worker.id, worker])), [workers]);
  const found = useMemo(() => (query.trim() ? workers.filter((worker) => !value.includes(worker.id) && matches(query, worker)).slice(0, SHOWN) : []), [workers, query, value]);
  const add = (workerId: string) => {
    onChange([...value, workerId]);
    setQuery('');
  };

  return (
    <div className="appointment-worker-picker">
      {value.length === 0 ? (
        <p className="hint">{t('agenda.appointment.noneChosen')}</p>
      ) : (
        <ul className="worker-chips">
          {value.map((workerId) => {
            const worker = byId.get(workerId);
            const name = worker ? fullName(worker) : t('agenda.hiddenWorkers', { count: 1 });
            return (
              <li key={workerId}>
                {name}{' '}
                <button type="button" className="link-button" onClick={() => onChange(value.filter((other) => other !== workerId))} aria-label={t('agenda.appointment.removeWorker', { name })}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-controls={listId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (found[0]) add(found[0].id);
        }}
      />
      <ul id={listId} className="worker-matches" aria-live="polite">
        {query.trim() && found.length === 0 && <li className="hint">{t('agenda.appointment.noMatches')}</li>}
        {found.map((worker) => (
          <li key={worker.id}>
            <button type="button" className="link-button" onClick={() => add(worker.id)}>
              {t('agenda.appointment.addWorker', { name: fullName(worker) })}
            </button>{' '}
            <span className="hint">{worker.codiceFiscale}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
