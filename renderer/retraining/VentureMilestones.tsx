// The four milestones of a venture, each with its due date and the day it was done.
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import type { VentureFormApi } from './VentureForm';

export function VentureMilestones({ form }: { form: VentureFormApi }) {
  const { t } = useTranslation();
  const { control, formState } = form;
  const milestones = form.getValues('milestones');
  return (
    <fieldset className="form-section">
      <legend>{t('retraining.venture.sections.milestones')}</legend>
      {milestones.map((milestone, index) => {
        const errors = formState.errors.milestones?.[index];
        return (
          <fieldset key={milestone.kind} className="field milestone-row">
            <legend>{t(`retraining.venture.milestone.${milestone.kind}`)}</legend>
            <div className="grid">
              <Field label={t('retraining.venture.fields.dueDate')} error={errors?.dueDate}>
                {(props) => <Controller control={control} name={`milestones.${index}.dueDate`} render={({ field }) => <DateInput {...props} {...field} />} />}
              </Field>
              <Field label={t('retraining.venture.fields.doneOn')} error={errors?.doneOn}>
                {(props) => <Controller control={control} name={`milestones.${index}.doneOn`} render={({ field }) => <DateInput {...props} {...field} />} />}
              </Field>
            </div>
            {milestone.kind === 'launch' && <p className="hint">{t('retraining.venture.launchHint')}</p>}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
