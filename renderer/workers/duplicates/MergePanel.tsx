// Two files of one person side by side: which file stays, and for each field that differs which
// value stays (the newer proposed). Merging asks once, then says where the file is.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MergeChoices } from '../../../shared/sync/merges';
import { formatItalianDate } from '../../../shared/time/dates';
import type { WorkerSummary } from '../../db/workerList';
import { ErrorBanner } from '../../ui/ErrorBanner';
import type { DuplicatesRepository, FieldChoice, MergePlan } from './duplicatesRepository';
import { workerFieldLabel, workerValueText } from './fieldValue';

interface Props {
  readonly group: readonly WorkerSummary[];
  readonly repository: DuplicatesRepository;
  readonly counselorName: (id: string) => string;
  readonly onClose: () => void;
}

export function MergePanel({ group, repository, counselorName, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const [first, second] = group;
  const [survivorId, setSurvivorId] = useState(first?.id ?? '');
  const absorbedId = survivorId === first?.id ? (second?.id ?? '') : (first?.id ?? '');
  // Once merged (here, or by a bundle applied meanwhile) the pair is no longer there to plan: null, not a throw.
  const plan: MergePlan | null | undefined = useLiveQuery(() => repository.plan(survivorId, absorbedId).catch(() => null), [repository, survivorId, absorbedId]);
  // Per field, the file whose value the user picked; a field not picked keeps the newer value.
  const [picked, setPicked] = useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sideOf = (field: FieldChoice): 'survivor' | 'absorbed' => {
    const file = picked[field.field];
    return file === undefined ? field.newer : file === survivorId ? 'survivor' : 'absorbed';
  };

  const name = first ? `${first.surname} ${first.name}` : '';
  const files = useMemo(() => (plan ? { survivor: plan.survivor, absorbed: plan.absorbed } : null), [plan]);
  const ownerOf = (side: 'survivor' | 'absorbed') => counselorName(files?.[side].counselorId ?? '');

  const merge = async () => {
    if (!plan || !window.confirm(t('duplicates.merge.confirm', { name }))) return;
    setBusy(true);
    setFailure(null);
    try {
      const choices: MergeChoices = Object.fromEntries(plan.fields.map((field) => [field.field, sideOf(field)]));
      await repository.merge(survivorId, absorbedId, choices);
      setMerged(survivorId);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (merged) {
    return (
      <div role="status" className="notice success" data-testid="merge-done">
        {t('duplicates.merge.done', { name })} <Link to={`/workers/${merged}`}>{t('duplicates.merge.openSurvivor')}</Link>
      </div>
    );
  }
  return (
    <section className="card merge-panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('duplicates.merge.title', { name })}</h2>
      <fieldset className="field">
        <legend>{t('duplicates.merge.survivor')}</legend>
        {group.slice(0, 2).map((file) => (
          <label key={file.id} className="inline">
            <input type="radio" name="survivor" value={file.id} checked={survivorId === file.id} onChange={() => setSurvivorId(file.id)} />{' '}
            {t('duplicates.merge.survivorOption', { counselor: counselorName(file.counselorId), date: formatItalianDate(files && file.id === files.survivor.id ? files.survivor.createdAt.slice(0, 10) : (files?.absorbed.createdAt.slice(0, 10) ?? '')) })}
          </label>
        ))}
      </fieldset>
      <ErrorBanner error={failure} />
      {plan === undefined ? (
        <p role="status">{t('duplicates.loading')}</p>
      ) : plan === null ? (
        <p>{t('duplicates.none')}</p>
      ) : plan.fields.length === 0 ? (
        <p>{t('duplicates.merge.same')}</p>
      ) : (
        <>
          <p>{t('duplicates.merge.intro')}</p>
          <table className="merge-table" data-testid="merge-fields">
            <thead>
              <tr>
                <th scope="col">{t('duplicates.merge.field')}</th>
                <th scope="col">{t('duplicates.merge.keep', { counselor: ownerOf('survivor') })}</th>
                <th scope="col">{t('duplicates.merge.keep', { counselor: ownerOf('absorbed') })}</th>
              </tr>
            </thead>
            <tbody>
              {plan.fields.map((field) => {
                return (
                  <tr key={field.field}>
                    <th scope="row">{workerFieldLabel(t, exists, field.field)}</th>
                    {(['survivor', 'absorbed'] as const).map((side) => (
                      <td key={side}>
                        <label>
                          <input
                            type="radio"
                            name={`choice-${field.field}`}
                            checked={sideOf(field) === side}
                            onChange={() => setPicked((previous) => ({ ...previous, [field.field]: side === 'survivor' ? survivorId : absorbedId }))}
                          />{' '}
                          {workerValueText(t, exists, field.field, field[side], counselorName)} {field.newer === side && <span className="hint">{t('duplicates.merge.newer')}</span>}
                        </label>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={!plan || busy} onClick={() => void merge()}>
          {t('duplicates.merge.button')}
        </button>
        <button type="button" onClick={onClose}>
          {t('duplicates.merge.cancel')}
        </button>
      </div>
    </section>
  );
}
