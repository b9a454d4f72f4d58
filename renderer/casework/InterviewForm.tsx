// Recording an interview: react-hook-form over the interview schema, plus the two case rules
// (not before the enrolment, not in the future) checked here for an immediate message and again
// by the repository, which decides.
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_TYPES } from '../../shared/domain/vocabulary';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { messageWithValues } from '../../shared/domain/messages';
import type { InterviewFromAppointment } from '../agenda/interviewFromAppointment';
import { interviewInputSchema, type InterviewInput, type InterviewValues } from '../db/repositories/interviewRepository';
import { NotEligibleError } from '../db/repositories/errors';
import { Field } from '../ui/Field';
import { ErrorBanner } from '../ui/ErrorBanner';
import { DateInput } from '../ui/DateInput';
import { TagsInput } from '../ui/TagsInput';
import { numberOrEmpty } from '../workers/form/numberField';
import { useFormDraft } from '../ui/useFormDraft';

const REFUSAL_KEYS = {
  interviewBeforeEnrolment: 'casework.interviews.beforeEnrolment',
  interviewNotEnrolled: 'casework.interviews.notEnrolled',
  interviewInFuture: 'casework.interviews.inFuture',
} as const;
const isRefusal = (reason: string): reason is keyof typeof REFUSAL_KEYS => reason in REFUSAL_KEYS;

function formSchema(enrolmentDate: string, today: string) {
  return interviewInputSchema.superRefine((values, ctx) => {
    if (values.occurredOn < enrolmentDate) ctx.addIssue({ code: 'custom', path: ['occurredOn'], message: REFUSAL_KEYS.interviewBeforeEnrolment });
    if (values.occurredOn > today) ctx.addIssue({ code: 'custom', path: ['occurredOn'], message: REFUSAL_KEYS.interviewInFuture });
    // The next contact comes after the interview: it is what the agenda reminds of.
    if (values.followUpOn && values.followUpOn <= values.occurredOn) ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: messageWithValues('agenda.validation.followUpNotAfter', { date: formatItalianDate(values.occurredOn) }) });
  });
}

export function emptyInterview(from?: InterviewFromAppointment): InterviewInput {
  const blank: InterviewInput = { occurredOn: todayIso(), interviewType: '' as InterviewInput['interviewType'], durationMinutes: 60, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', followUpOn: '', skillsFound: [] };
  // Recorded from an appointment: its day, kind and place.
  return from ? { ...blank, occurredOn: from.occurredOn, interviewType: from.interviewType as InterviewInput['interviewType'], place: from.place } : blank;
}

interface Props {
  enrolmentDate: string;
  initial: InterviewInput;
  draftKey: string;
  onSave: (values: InterviewValues) => Promise<void>;
  onClose: () => void;
}

export function InterviewForm({ enrolmentDate, initial, draftKey, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const form = useForm<InterviewInput, unknown, InterviewValues>({ resolver: zodResolver(formSchema(enrolmentDate, todayIso())), defaultValues: initial, reValidateMode: 'onChange' });
  const draft = useFormDraft(form, draftKey);
  const { register, control, formState } = form;
  const errors = formState.errors;
  const assessment = useWatch({ control, name: 'interviewType' }) === 'skills_assessment';
  const [failure, setFailure] = useState<unknown>(null);

  const save = async (values: InterviewValues) => {
    setFailure(null);
    await draft.discard();
    try {
      await onSave({ ...values, skillsFound: values.interviewType === 'skills_assessment' ? values.skillsFound : [] });
    } catch (error) {
      draft.flush();
      if (error instanceof NotEligibleError && isRefusal(error.reason)) form.setError('occurredOn', { message: REFUSAL_KEYS[error.reason] });
      else setFailure(error);
    }
  };
  const cancel = async () => {
    await draft.discard();
    onClose();
  };

  return (
    <form className="casework-form" noValidate aria-labelledby="interview-form-title" onSubmit={(event) => void form.handleSubmit(save)(event)}>
      <h3 id="interview-form-title">{t('casework.interviews.formTitle')}</h3>
      <ErrorBanner error={failure} />
      <div className="grid">
        <Field label={t('casework.interviews.type')} error={errors.interviewType}>
          {(controlProps) => (
            <select {...controlProps} {...register('interviewType')}>
              <option value="">{t('worker.placeholders.choose')}</option>
              {INTERVIEW_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`casework.interviewType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('casework.interviews.date')} error={errors.occurredOn} hint={`${t('worker.fields.enrolmentDate')}: ${formatItalianDate(enrolmentDate)}`}>
          {(controlProps) => <Controller control={control} name="occurredOn" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
        </Field>
        <Field label={t('casework.interviews.duration')} error={errors.durationMinutes}>
          {(controlProps) => <input {...controlProps} {...register('durationMinutes', { setValueAs: numberOrEmpty })} type="number" min={5} max={600} step={5} />}
        </Field>
        <Field label={t('casework.interviews.place')} error={errors.place}>
          {(controlProps) => <input {...controlProps} {...register('place')} />}
        </Field>
        <Field label={t('casework.interviews.participants')} error={errors.participants} className="wide">
          {(controlProps) => <input {...controlProps} {...register('participants')} />}
        </Field>
      </div>
      <Field label={t('casework.interviews.notes')} error={errors.notes}>
        {(controlProps) => <textarea {...controlProps} {...register('notes')} rows={4} />}
      </Field>
      <Field label={t('casework.interviews.outcomes')} error={errors.outcomes}>
        {(controlProps) => <textarea {...controlProps} {...register('outcomes')} rows={2} />}
      </Field>
      <Field label={t('casework.interviews.nextSteps')} error={errors.nextSteps}>
        {(controlProps) => <textarea {...controlProps} {...register('nextSteps')} rows={2} />}
      </Field>
      <Field label={t('agenda.followUpField')} error={errors.followUpOn} hint={t('agenda.followUpFieldHint')} className="follow-up-field">
        {(controlProps) => <Controller control={control} name="followUpOn" render={({ field }) => <DateInput {...controlProps} {...field} value={field.value ?? ''} />} />}
      </Field>
      {assessment && (
        <Field label={t('casework.interviews.skillsFound')} error={errors.skillsFound} hint={t('casework.interviews.skillsFoundHint')}>
          {(controlProps) => <Controller control={control} name="skillsFound" render={({ field }) => <TagsInput {...controlProps} {...field} />} />}
        </Field>
      )}
      <div className="casework-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('casework.interviews.save')}
        </button>
        <button type="button" onClick={() => void cancel()}>
          {t('casework.interviews.cancel')}
        </button>
      </div>
    </form>
  );
}
