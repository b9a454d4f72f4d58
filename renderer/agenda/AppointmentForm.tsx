// The appointment form: day, 24-hour start and end, type (and for a colloquio which kind), place,
// workers, employer, whose agenda (the coordinator chooses), note. While it is filled, the same
// counselor's appointments that the times overlap are listed: a warning, saving stays possible.
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { APPOINTMENT_TYPES, appointmentSchema, timeSchema, type Appointment, type AppointmentInput } from '../../shared/domain/appointment';
import { INTERVIEW_TYPES } from '../../shared/domain/vocabulary';
import { isoDateSchema } from '../../shared/domain/primitives';
import { useServices } from '../app/services';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import { TimeInput } from '../ui/TimeInput';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useFormDraft } from '../ui/useFormDraft';
import { WorkerPicker, type PickableWorker } from './WorkerPicker';
import { useAppointments } from './useAgenda';

interface Props {
  /** The appointment edited; absent for a new one. */
  id?: string;
  initial: AppointmentInput;
  draftKey: string;
  workers: readonly PickableWorker[];
  employers: readonly { id: string; name: string }[];
  counselors: readonly { id: string; name: string }[];
  workerName: (id: string) => string;
  onSave: (values: Appointment) => Promise<void>;
}

export function AppointmentForm({ id, initial, draftKey, workers, employers, counselors, workerName, onSave }: Props) {
  const { t } = useTranslation();
  const { session } = useServices();
  const appointments = useAppointments();
  const form = useForm<AppointmentInput, unknown, Appointment>({ resolver: zodResolver(appointmentSchema), defaultValues: initial, reValidateMode: 'onChange' });
  const draft = useFormDraft(form, draftKey);
  const { register, control, formState } = form;
  const errors = formState.errors;
  const [failure, setFailure] = useState<unknown>(null);
  const [date, start, end, counselorId, type] = useWatch({ control, name: ['date', 'start', 'end', 'counselorId', 'type'] });
  const timesValid = isoDateSchema.safeParse(date).success && timeSchema.safeParse(start).success && timeSchema.safeParse(end).success && (end ?? '') > (start ?? '');
  const conflicts = useLiveQuery(
    () => (timesValid && counselorId ? appointments.conflictsOf({ ...(id ? { id } : {}), date: date ?? '', start: start ?? '', end: end ?? '', counselorId }) : Promise.resolve([])),
    [appointments, id, timesValid, date, start, end, counselorId],
  );

  const save = async (values: Appointment) => {
    setFailure(null);
    draft.cancel();
    try {
      await onSave(values);
      await draft.discard();
    } catch (error) {
      draft.flush();
      setFailure(error);
    }
  };

  return (
    <form className="appointment-form" noValidate aria-labelledby="appointment-title" onSubmit={(event) => void form.handleSubmit(save)(event)}>
      <ErrorBanner error={failure} />
      <div className="grid">
        <Field label={t('agenda.appointment.date')} error={errors.date}>
          {(c) => <Controller control={control} name="date" render={({ field }) => <DateInput {...c} {...field} />} />}
        </Field>
        <Field label={t('agenda.appointment.start')} error={errors.start} hint={t('agenda.appointment.timeHint')}>
          {(c) => <TimeInput {...c} {...register('start')} />}
        </Field>
        <Field label={t('agenda.appointment.end')} error={errors.end} hint={t('agenda.appointment.timeHint')}>
          {(c) => <TimeInput {...c} {...register('end')} />}
        </Field>
        <Field label={t('agenda.appointment.type')} error={errors.type}>
          {(c) => (
            <select {...c} {...register('type')}>
              {APPOINTMENT_TYPES.map((option) => (
                <option key={option} value={option}>
                  {t(`agenda.types.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {type === 'interview' && (
          <Field label={t('casework.interviews.type')} error={errors.interviewType}>
            {(c) => (
              <select {...c} {...register('interviewType')}>
                <option value="">{t('worker.placeholders.choose')}</option>
                {INTERVIEW_TYPES.map((option) => (
                  <option key={option} value={option}>
                    {t(`casework.interviewType.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('agenda.appointment.place')} error={errors.place}>
          {(c) => <input {...c} {...register('place')} autoComplete="off" />}
        </Field>
        <Field label={t('agenda.appointment.employer')} error={errors.employerId}>
          {(c) => (
            <select {...c} {...register('employerId')}>
              <option value="">{t('agenda.appointment.noEmployer')}</option>
              {employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {employer.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {session.role === 'coordinator' && (
          <Field label={t('agenda.appointment.counselor')} error={errors.counselorId}>
            {(c) => (
              <select {...c} {...register('counselorId')}>
                {counselors.map((counselor) => (
                  <option key={counselor.id} value={counselor.id}>
                    {counselor.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label={t('agenda.appointment.workerSearch')} error={errors.workerIds} hint={t('agenda.appointment.workerSearchHint')} className="appointment-workers">
        {(c) => (
          <Controller
            control={control}
            name="workerIds"
            render={({ field }) => <WorkerPicker id={c.id} workers={workers} value={field.value ?? []} onChange={field.onChange} invalid={c['aria-invalid']} describedBy={c['aria-describedby']} />}
          />
        )}
      </Field>
      <Field label={t('agenda.appointment.note')} error={errors.note} hint={t('agenda.appointment.noteHint')}>
        {(c) => <textarea {...c} {...register('note')} rows={3} />}
      </Field>
      {conflicts && conflicts.length > 0 && (
        <div className="notice appointment-conflicts" role="alert" data-testid="appointment-conflicts">
          <strong>{t('agenda.appointment.conflictTitle')}</strong> {t('agenda.appointment.conflicts', { count: conflicts.length })}
          <ul>
            {conflicts.map((other) => (
              <li key={other.id}>
                {t('agenda.timeRange', { start: other.data.start, end: other.data.end })} {t(`agenda.types.${other.data.type}`)}
                {other.data.workerIds.length > 0 && ` · ${other.data.workerIds.map(workerName).join(', ')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="casework-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('agenda.appointment.save')}
        </button>
      </div>
    </form>
  );
}
