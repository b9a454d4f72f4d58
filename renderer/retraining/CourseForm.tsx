// The course form: every field of the course schema, validated by it; what is typed is kept as a draft.
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { COURSE_FUNDING, courseSchema, type Course } from '../../shared/domain/casework';
import { LICENCES } from '../../shared/domain/vocabulary';
import { courseWarnings, REGIONAL_VOUCHER_MAX_EUR } from '../../shared/retraining/course';
import type { CourseInput } from '../db/repositories/courseRepository';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import { TagsInput } from '../ui/TagsInput';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { numberOrEmpty } from '../workers/form/numberField';
import { useFormDraft } from '../ui/useFormDraft';

export function emptyCourse(): CourseInput {
  return {
    provider: '', title: '', hours: undefined as unknown as number, startDate: '', endDate: '',
    funding: '' as CourseInput['funding'], qualification: '', teachesSkills: [], teachesLicences: [],
  };
}

interface CourseFormProps {
  initial: CourseInput;
  draftKey: string;
  /** Resolves true when saved; false when refused (the draft is then kept). */
  onSave: (course: Course) => Promise<boolean>;
  status: ReactNode;
  /** More buttons beside the save button (delete). */
  actions?: ReactNode;
}

export function CourseForm({ initial, draftKey, onSave, status, actions }: CourseFormProps) {
  const { t, i18n } = useTranslation();
  const form = useForm<CourseInput, unknown, Course>({ resolver: zodResolver(courseSchema), defaultValues: initial, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const draft = useFormDraft(form, draftKey);
  const funding = useWatch({ control, name: 'funding' });
  const qualification = useWatch({ control, name: 'qualification' }) ?? '';
  const warnings = funding ? courseWarnings({ funding, qualification }) : [];
  const voucherAmount = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(REGIONAL_VOUCHER_MAX_EUR);

  const save = async (course: Course) => {
    draft.cancel();
    let saved = false;
    try {
      saved = await onSave(course);
    } finally {
      if (!saved) draft.flush();
    }
  };

  return (
    <form className="worker-form" noValidate onSubmit={(event) => void form.handleSubmit(save)(event)} aria-describedby="course-form-status">
      <div id="course-form-status">
        {formState.isSubmitted && !formState.isValid && (
          <p role="alert" className="error-banner">
            {t('retraining.course.invalid')}
          </p>
        )}
        {status}
      </div>
      <fieldset className="form-section">
        <legend>{t('retraining.course.sections.course')}</legend>
        <div className="grid">
          <Field label={t('retraining.course.fields.title')} error={errors.title} className="wide">
            {(props) => <input {...props} {...register('title')} />}
          </Field>
          <Field label={t('retraining.course.fields.provider')} error={errors.provider}>
            {(props) => <input {...props} {...register('provider')} />}
          </Field>
          <Field label={t('retraining.course.fields.hours')} error={errors.hours}>
            {(props) => <input {...props} {...register('hours', { setValueAs: numberOrEmpty })} type="number" min={1} max={2000} />}
          </Field>
          <Field label={t('retraining.course.fields.startDate')} error={errors.startDate}>
            {(props) => <Controller control={control} name="startDate" render={({ field }) => <DateInput {...props} {...field} />} />}
          </Field>
          <Field label={t('retraining.course.fields.endDate')} error={errors.endDate}>
            {(props) => <Controller control={control} name="endDate" render={({ field }) => <DateInput {...props} {...field} />} />}
          </Field>
          <Field label={t('retraining.course.fields.funding')} error={errors.funding} hint={funding ? t(`retraining.course.fundingHint.${funding}`, { amount: voucherAmount }) : undefined} className="wide">
            {(props) => (
              <select {...props} {...register('funding')}>
                <option value="">{t('worker.placeholders.choose')}</option>
                {COURSE_FUNDING.map((value) => (
                  <option key={value} value={value}>
                    {t(`retraining.course.funding.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('retraining.course.fields.qualification')} error={errors.qualification} hint={t('retraining.course.fields.qualificationHint')} className="wide">
            {(props) => <input {...props} {...register('qualification')} />}
          </Field>
        </div>
        {warnings.map((warning) => (
          <p key={warning} className="notice" role="status">
            {t(`retraining.course.warning.${warning}`)}
          </p>
        ))}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('retraining.course.sections.teaches')}</legend>
        <p className="hint">{t('retraining.course.teachesIntro')}</p>
        <Field label={t('retraining.course.fields.teachesSkills')} error={errors.teachesSkills} hint={t('retraining.course.fields.teachesSkillsHint')}>
          {(props) => <Controller control={control} name="teachesSkills" render={({ field }) => <TagsInput {...props} {...field} />} />}
        </Field>
        <CheckboxGroup
          legend={t('retraining.course.fields.teachesLicences')}
          options={LICENCES.map((licence) => ({ value: licence, label: t(`vocab.licence.${licence}`) }))}
          registration={register('teachesLicences')}
          error={errors.teachesLicences}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('retraining.course.saving') : t('retraining.course.save')}
        </button>
        {actions}
      </div>
    </form>
  );
}
