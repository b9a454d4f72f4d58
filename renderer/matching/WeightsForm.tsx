// The weights of the matching score, as a form: the coordinator edits, everyone else reads.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { DEFAULT_MATCHING_WEIGHTS, matchingWeightsSchema, type MatchingWeights } from '../../shared/matching/settings';
import { Field } from '../ui/Field';

const FIELDS = [
  'skills', 'sameRole', 'experiencePerYear', 'experienceCapYears', 'educationPerLevel', 'distance', 'defaultCommuteKm', 'roadFactor',
  'contract', 'shifts', 'spread', 'spreadDays', 'sameEmployer', 'rejectedByEmployer',
] as const satisfies readonly (keyof MatchingWeights)[];

interface Props {
  initial: MatchingWeights;
  editable: boolean;
  onSave: (weights: MatchingWeights) => Promise<void>;
}

export function WeightsForm({ initial, editable, onSave }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, reset, formState } = useForm({ resolver: zodResolver(matchingWeightsSchema), defaultValues: initial });
  const submit = handleSubmit(async (weights) => {
    await onSave(weights);
    setSaved(true);
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="weights-title">
      <h2 id="weights-title">{t('matching.settings.weights')}</h2>
      <fieldset disabled={!editable} className="weights-grid">
        <legend className="visually-hidden">{t('matching.settings.weights')}</legend>
        {FIELDS.map((name) => (
          <Field key={name} label={t(`matching.settings.field.${name}`)} error={formState.errors[name]}>
            {(control) => <input {...control} type="number" step={name === 'roadFactor' ? 0.05 : 1} {...register(name, { valueAsNumber: true, onChange: () => setSaved(false) })} />}
          </Field>
        ))}
      </fieldset>
      {editable && (
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('matching.settings.save')}
          </button>
          <button type="button" onClick={() => reset(DEFAULT_MATCHING_WEIGHTS)}>
            {t('matching.settings.reset')}
          </button>
          {saved && (
            <span role="status" className="notice success">
              {t('matching.settings.saved')}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
