import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTRACT_TYPES, SHIFTS } from '../../../shared/domain/vocabulary';
import { Field } from '../../ui/Field';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DateInput } from '../../ui/DateInput';
import { numberOrEmpty } from './numberField';
import type { SectionProps } from './types';

export function PreferencesSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const errors = formState.errors;
  const protectedCategory = useWatch({ control, name: 'protectedCategory' });
  const contractOptions = CONTRACT_TYPES.map((contract) => ({ value: contract, label: t(`vocab.contract.${contract}`) }));

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('worker.sections.preferences')}</legend>
        <div className="grid">
          <Field label={t('worker.fields.commuteLimitKm')} error={errors.commuteLimitKm}>
            {(control) => <input {...control} {...register('commuteLimitKm', { setValueAs: numberOrEmpty })} type="number" min={0} max={500} />}
          </Field>
          <Field label={t('worker.fields.availableFrom')} error={errors.availableFrom}>
            {(controlProps) => <Controller control={control} name="availableFrom" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
          </Field>
        </div>
        <CheckboxGroup legend={t('worker.fields.preferredContracts')} options={contractOptions} registration={register('preferredContracts')} error={errors.preferredContracts} />
        <CheckboxGroup legend={t('worker.fields.refusedContracts')} options={contractOptions} registration={register('refusedContracts')} error={errors.refusedContracts} />
        <CheckboxGroup
          legend={t('worker.fields.acceptedShifts')}
          options={SHIFTS.map((shift) => ({ value: shift, label: t(`vocab.shift.${shift}`) }))}
          registration={register('acceptedShifts')}
          error={errors.acceptedShifts}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('worker.sections.protected')}</legend>
        <label className="inline">
          <input type="checkbox" {...register('protectedCategory')} /> {t('worker.fields.protectedCategory')}
        </label>
        {protectedCategory && (
          <Field label={t('worker.fields.protectedCategoryNote')} error={errors.protectedCategoryNote} className="wide">
            {(control) => <textarea {...control} {...register('protectedCategoryNote')} rows={3} />}
          </Field>
        )}
      </fieldset>
    </>
  );
}
