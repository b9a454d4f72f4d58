// Record how the course ended for the worker: completed (with or without certificate) or dropped.
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import { ENDING_CHOICES, endFormSchema, type EndForm, type EndFormInput } from './formSchemas';

interface EndCourseFormProps {
  defaultDate: string;
  /** Resolves true when recorded; the caller asks for confirmation where the rules say so. */
  onEnd: (values: EndForm) => Promise<boolean>;
}

export function EndCourseForm({ defaultDate, onEnd }: EndCourseFormProps) {
  const { t } = useTranslation();
  const form = useForm<EndFormInput, unknown, EndForm>({ resolver: zodResolver(endFormSchema), defaultValues: { date: defaultDate, outcome: '' as EndForm['outcome'], note: '' } });
  const { register, control, formState } = form;
  return (
    <form className="end-form" noValidate onSubmit={(event) => void form.handleSubmit(async (values) => void (await onEnd(values)))(event)} aria-label={t('retraining.enrolment.endTitle')}>
      <div className="grid">
        <Field label={t('retraining.enrolment.endDate')} error={formState.errors.date}>
          {(props) => <Controller control={control} name="date" render={({ field }) => <DateInput {...props} {...field} />} />}
        </Field>
        <Field label={t('retraining.enrolment.outcome')} error={formState.errors.outcome}>
          {(props) => (
            <select {...props} {...register('outcome')}>
              <option value="">{t('worker.placeholders.choose')}</option>
              {ENDING_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`retraining.enrolment.outcomes.${choice}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('retraining.enrolment.note')} error={formState.errors.note}>
        {(props) => <textarea {...props} {...register('note')} rows={2} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('retraining.enrolment.end')}
      </button>
    </form>
  );
}
