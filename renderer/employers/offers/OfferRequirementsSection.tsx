// What an offer requires (hard requirements exclude a candidate) and what it prefers (ranks).
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, LICENCES } from '../../../shared/domain/vocabulary';
import { Field } from '../../ui/Field';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { TagsInput } from '../../ui/TagsInput';
import { numberOrEmpty } from '../../workers/form/numberField';
import type { OfferFormApi } from './types';

export function OfferRequirementsSection({ form }: { form: OfferFormApi }) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const errors = formState.errors;
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('employers.offer.sections.hard')}</legend>
        <CheckboxGroup
          legend={t('employers.offer.fields.licences')}
          options={LICENCES.map((licence) => ({ value: licence, label: t(`vocab.licence.${licence}`) }))}
          registration={register('hard.licences')}
          error={errors.hard?.licences}
        />
        <div className="grid">
          <Field label={t('employers.offer.fields.minEducation')} error={errors.hard?.minEducation}>
            {(c) => (
              <select {...c} {...register('hard.minEducation', { setValueAs: (value: unknown) => (value === '' || value === null ? undefined : value) })}>
                <option value="">{t('employers.offer.fields.noMinEducation')}</option>
                {EDUCATION_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`vocab.education.${level}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('employers.offer.fields.requiredSkills')} error={errors.hard?.requiredSkills} hint={t('employers.offer.fields.skillsHint')} className="wide">
            {(c) => <Controller control={control} name="hard.requiredSkills" render={({ field }) => <TagsInput {...c} {...field} />} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('employers.offer.sections.soft')}</legend>
        <div className="grid">
          <Field label={t('employers.offer.fields.preferredSkills')} error={errors.soft?.preferredSkills} hint={t('employers.offer.fields.skillsHint')} className="wide">
            {(c) => <Controller control={control} name="soft.preferredSkills" render={({ field }) => <TagsInput {...c} {...field} />} />}
          </Field>
          <Field label={t('employers.offer.fields.minYearsInRole')} error={errors.soft?.minYearsInRole}>
            {(c) => <input {...c} {...register('soft.minYearsInRole', { setValueAs: numberOrEmpty })} type="number" min={0} max={50} />}
          </Field>
        </div>
      </fieldset>
    </>
  );
}
