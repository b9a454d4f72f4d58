// Record the hours a worker attended on one day.
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import { DecimalInput } from '../ui/DecimalInput';
import { attendanceFormSchema, type AttendanceForm as AttendanceValues } from './formSchemas';

interface AttendanceFormProps {
  defaultDate: string;
  /** Resolves true when recorded. */
  onRecord: (values: AttendanceValues) => Promise<boolean>;
}

export function AttendanceForm({ defaultDate, onRecord }: AttendanceFormProps) {
  const { t } = useTranslation();
  const form = useForm<AttendanceValues>({ resolver: zodResolver(attendanceFormSchema), defaultValues: { date: defaultDate, hours: undefined } });
  const { control, formState } = form;
  const submit = async (values: AttendanceValues) => {
    // The hours stay: the next day of a course usually lasts as long.
    if (await onRecord(values)) form.reset(values);
  };
  return (
    <form className="inline-form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)} aria-label={t('retraining.enrolment.record')}>
      <div className="inline-form-row">
        <Field label={t('retraining.enrolment.date')} error={formState.errors.date}>
          {(props) => <Controller control={control} name="date" render={({ field }) => <DateInput {...props} {...field} />} />}
        </Field>
        <Field label={t('retraining.enrolment.hours')} error={formState.errors.hours} className="compact">
          {(props) => <Controller control={control} name="hours" render={({ field }) => <DecimalInput {...props} {...field} className="short" />} />}
        </Field>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('retraining.enrolment.record')}
        </button>
      </div>
      <p className="hint">{t('retraining.enrolment.correctionHint')}</p>
    </form>
  );
}
