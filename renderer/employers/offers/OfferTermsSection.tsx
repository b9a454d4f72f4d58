// Contract and hours of an offer.
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTRACT_TYPES, SHIFTS } from '../../../shared/domain/vocabulary';
import { Field } from '../../ui/Field';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DecimalInput } from '../../ui/DecimalInput';
import { numberOrEmpty } from '../../workers/form/numberField';
import { ownMessage } from '../catalogue';
import type { OfferFormApi } from './types';

export function OfferTermsSection({ form }: { form: OfferFormApi }) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <fieldset className="form-section">
      <legend>{t('employers.offer.sections.contract')}</legend>
      <div className="grid">
        <Field label={t('employers.offer.fields.contractType')} error={errors.contractType}>
          {(c) => (
            <select {...c} {...register('contractType')}>
              <option value="">{t('worker.placeholders.choose')}</option>
              {CONTRACT_TYPES.map((contract) => (
                <option key={contract} value={contract}>
                  {t(`vocab.contract.${contract}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('employers.offer.fields.fixedTermMonths')} error={ownMessage(errors.fixedTermMonths)}>
          {(c) => <input {...c} {...register('fixedTermMonths', { setValueAs: numberOrEmpty })} type="number" min={1} max={36} />}
        </Field>
        <Field label={t('employers.offer.fields.partTimePercent')} error={errors.partTimePercent} hint={t('employers.offer.fields.partTimeHint')}>
          {(c) => <input {...c} {...register('partTimePercent', { setValueAs: numberOrEmpty })} type="number" min={10} max={99} />}
        </Field>
        <Field label={t('employers.offer.fields.hoursPerWeek')} error={errors.hoursPerWeek}>
          {(c) => <Controller control={form.control} name="hoursPerWeek" render={({ field }) => <DecimalInput {...c} {...field} className="short" />} />}
        </Field>
      </div>
      <CheckboxGroup
        legend={t('employers.offer.fields.shifts')}
        options={SHIFTS.map((shift) => ({ value: shift, label: t(`vocab.shift.${shift}`) }))}
        registration={register('shifts')}
        error={errors.shifts}
      />
    </fieldset>
  );
}
