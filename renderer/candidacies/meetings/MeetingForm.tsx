// A new introductory meeting: one employer, one day, the candidacies to invite (those proposed or
// with a CV sent on the employer's offers). Saving moves them to "meeting scheduled".
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { meetingSchema } from '../../../shared/domain/casework';
import { timeSchema } from '../../../shared/domain/appointment';
import { todayIso } from '../../../shared/time/dates';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/DateInput';
import { TimeInput } from '../../ui/TimeInput';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { fullName, refusalKey, useCandidacyRepositories, useVisibleWorkers } from '../useCandidacies';

const meetingFormSchema = meetingSchema.omit({ heldOn: true }).extend({
  employerId: z.string().min(1, { error: 'validation.required' }),
  time: timeSchema.or(z.literal('')),
  candidacyIds: z.array(z.string()).min(1, { error: 'candidacies.refusal.noCandidacies' }),
});
type MeetingFormInput = z.input<typeof meetingFormSchema>;

interface Props {
  initialEmployerId: string;
  onCreated: () => void;
  onCancel: () => void;
}

export function MeetingForm({ initialEmployerId, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const { candidacies, meetings } = useCandidacyRepositories();
  const workers = useVisibleWorkers();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { register, control, handleSubmit, formState } = useForm<MeetingFormInput, unknown, z.output<typeof meetingFormSchema>>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: { employerId: initialEmployerId, date: todayIso(), time: '', place: '', notes: '', candidacyIds: [] },
  });
  const errors = formState.errors;
  const employerId = useWatch({ control, name: 'employerId' });
  const employers = useLiveQuery(async () => (await candidacies.employers()).sort((a, b) => a.data.legalName.localeCompare(b.data.legalName, 'it')), [candidacies]);
  const candidates = useLiveQuery(async () => {
    if (!employerId) return [];
    const [views, offers] = await Promise.all([meetings.candidatesFor(employerId), candidacies.offers()]);
    const roles = new Map(offers.map((offer) => [offer.id, offer.data.role]));
    return views.map((view) => ({ view, role: roles.get(view.offerId) ?? '' }));
  }, [meetings, candidacies, employerId]);

  const submit = handleSubmit(async (form) => {
    setRefusal(null);
    try {
      await meetings.create(form);
      onCreated();
    } catch (error) {
      setRefusal(refusalKey(error));
    }
  });

  // The employer chosen on the board must find its option in place when the select registers.
  if (!employers) return <p>{t('app.loading')}</p>;

  const options = (candidates ?? []).map(({ view, role }) => {
    const worker = workers?.get(view.workerId);
    return { value: view.id, label: t('candidacies.meetings.candidate', { name: worker ? fullName(worker) : '—', role, stage: t(`candidacies.stage.${view.stage}`) }) };
  });

  return (
    <form className="form-section meeting-form" aria-labelledby="meeting-form-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="meeting-form-title">{t('candidacies.meetings.formTitle')}</h2>
      {refusal && (
        <p role="alert" className="error-banner">
          {t(refusal as 'candidacies.refusal.unknown')}
        </p>
      )}
      <div className="grid">
        <Field label={t('candidacies.meetings.employer')} error={errors.employerId} className="wide">
          {(controlProps) => (
            <select {...controlProps} {...register('employerId')}>
              <option value="">{t('candidacies.meetings.chooseEmployer')}</option>
              {employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {employer.data.legalName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('candidacies.meetings.date')} error={errors.date}>
          {(controlProps) => <Controller control={control} name="date" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
        </Field>
        <Field label={t('candidacies.meetings.time')} error={errors.time}>
          {(controlProps) => <TimeInput {...controlProps} {...register('time')} />}
        </Field>
        <Field label={t('candidacies.meetings.place')} error={errors.place} className="wide">
          {(controlProps) => <input {...controlProps} {...register('place')} type="text" />}
        </Field>
      </div>
      {employerId &&
        // Still reading (the candidacies, or the names to show on them): never "none" before the answer.
        (candidates === undefined || workers === undefined ? (
          <p className="hint" role="status">
            {t('candidacies.meetings.loadingCandidates')}
          </p>
        ) : options.length > 0 ? (
          <CheckboxGroup legend={t('candidacies.meetings.candidates')} options={options} registration={register('candidacyIds')} error={errors.candidacyIds} />
        ) : (
          <p className="hint">{t('candidacies.meetings.noCandidates')}</p>
        ))}
      <Field label={t('candidacies.meetings.notes')} error={errors.notes}>
        {(controlProps) => <textarea rows={3} {...controlProps} {...register('notes')} />}
      </Field>
      <div className="candidacy-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('candidacies.meetings.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('candidacies.meetings.cancel')}
        </button>
      </div>
    </form>
  );
}
