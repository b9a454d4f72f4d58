import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, EDUCATION_LEVELS, LICENCES } from '../../../shared/domain/vocabulary';
import { Field } from '../../ui/Field';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { TagsInput } from '../../ui/TagsInput';
import { numberOrEmpty } from './numberField';
import type { SectionProps } from './types';

export function ProfileSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const errors = formState.errors;
  const languages = useFieldArray({ control, name: 'languages' });

  return (
    <fieldset className="form-section">
      <legend>{t('worker.sections.profile')}</legend>
      <div className="grid">
        <Field label={t('worker.fields.formerRole')} error={errors.formerRole}>
          {(control) => <input {...control} {...register('formerRole')} />}
        </Field>
        <Field label={t('worker.fields.department')} error={errors.department}>
          {(control) => <input {...control} {...register('department')} />}
        </Field>
        <Field label={t('worker.fields.yearsAtPlant')} error={errors.yearsAtPlant}>
          {(control) => <input {...control} {...register('yearsAtPlant', { setValueAs: numberOrEmpty })} type="number" min={0} max={50} />}
        </Field>
        <Field label={t('worker.fields.educationLevel')} error={errors.educationLevel}>
          {(control) => (
            <select {...control} {...register('educationLevel')}>
              <option value="">{t('worker.placeholders.choose')}</option>
              {EDUCATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`vocab.education.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <CheckboxGroup
        legend={t('worker.fields.licences')}
        options={LICENCES.map((licence) => ({ value: licence, label: t(`vocab.licence.${licence}`) }))}
        registration={register('licences')}
        error={errors.licences}
      />
      <Field label={t('worker.fields.skills')} error={errors.skills} hint={t('worker.fields.skillsHint')} className="wide">
        {(controlProps) => <Controller control={control} name="skills" render={({ field }) => <TagsInput {...controlProps} {...field} />} />}
      </Field>
      <Field label={t('worker.fields.notes')} error={errors.notes} className="wide">
        {(control) => <textarea {...control} {...register('notes')} rows={3} />}
      </Field>
      <fieldset className="field">
        <legend>{t('worker.fields.languages')}</legend>
        {languages.fields.map((language, index) => (
          <div className="grid row-group" key={language.id}>
            <Field label={t('worker.fields.language')} error={errors.languages?.[index]?.language}>
              {(control) => <input {...control} {...register(`languages.${index}.language`)} />}
            </Field>
            <Field label={t('worker.fields.level')} error={errors.languages?.[index]?.level}>
              {(control) => (
                <select {...control} {...register(`languages.${index}.level`)}>
                  {CEFR_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`vocab.level.${level}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" className="link" onClick={() => languages.remove(index)}>
              {t('worker.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => languages.append({ language: '', level: 'B1' })}>
          {t('worker.addLanguage')}
        </button>
      </fieldset>
    </fieldset>
  );
}
