// Enrol: one worker in a course, choosing either the worker (course page) or the course (worker file).
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../shared/time/dates';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import { enrolFormSchema, type EnrolForm as EnrolValues } from './formSchemas';

interface EnrolFormProps {
  legend: string;
  /** Label of the choice and of its empty option. */
  choiceLabel: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
  /** Resolves true when the enrolment was recorded (the form then clears). */
  onEnrol: (values: EnrolValues) => Promise<boolean>;
}

export function EnrolForm({ legend, choiceLabel, placeholder, options, onEnrol }: EnrolFormProps) {
  const { t } = useTranslation();
  const form = useForm<EnrolValues>({ resolver: zodResolver(enrolFormSchema), defaultValues: { otherId: '', enrolledOn: todayIso() } });
  const { register, control, formState } = form;
  const submit = async (values: EnrolValues) => {
    if (await onEnrol(values)) form.reset({ otherId: '', enrolledOn: values.enrolledOn });
  };
  return (
    <form className="inline-form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <fieldset className="field">
        <legend>{legend}</legend>
        <div className="inline-form-row">
          <Field label={choiceLabel} error={formState.errors.otherId} className="grow">
            {(props) => (
              <select {...props} {...register('otherId')}>
                <option value="">{placeholder}</option>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('retraining.enrolments.enrolledOn')} error={formState.errors.enrolledOn}>
            {(props) => <Controller control={control} name="enrolledOn" render={({ field }) => <DateInput {...props} {...field} />} />}
          </Field>
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('retraining.enrolments.enrol')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
