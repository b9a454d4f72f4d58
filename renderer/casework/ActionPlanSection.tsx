// The worker's action plan (patto di servizio): goals, activities with due dates, signature day.
// One record per worker, edited in place; unsaved edits survive a lock as a sealed draft.
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { uuidv7 } from 'uuidv7';
import { isOverdue } from '../../shared/agenda/dueDates';
import { todayIso } from '../../shared/time/dates';
import type { WorkerRecord } from '../db/rows';
import { Field } from '../ui/Field';
import { ErrorBanner } from '../ui/ErrorBanner';
import { DateInput } from '../ui/DateInput';
import { useActionPlans } from './useCasework';
import { useStoredDraft } from './useDraft';
import { useFormDraft } from '../ui/useFormDraft';
import { cleanPlan, planFormSchema, planFormValues, type PlanInput, type PlanValues } from './planForm';
import { PlanActivities } from './PlanActivities';
import { LoadingSection } from './LoadingSection';

export function ActionPlanSection({ worker }: { worker: WorkerRecord }) {
  const { t } = useTranslation();
  const plans = useActionPlans();
  const draftKey = `actionPlan:${worker.id}`;
  const stored = useLiveQuery(async () => ({ plan: await plans.get(worker.id) }), [plans, worker.id]);
  const draft = useStoredDraft<PlanInput>(draftKey);
  // Once saved, the stored draft is gone and the message outlives the form's restart.
  const [saved, setSaved] = useState(false);
  if (!stored || draft === undefined) return <LoadingSection className="casework-plan" title={t('casework.plan.title')} />;
  const restored = draft !== null && !saved ? draft : null;
  // Re-keyed on each stored version, so the form restarts from what was saved (or synced).
  return (
    <PlanForm
      key={stored.plan?.updatedAt ?? 'new'}
      workerId={worker.id}
      initial={restored ?? planFormValues(stored.plan)}
      restored={restored !== null}
      saved={saved}
      onSaved={() => setSaved(true)}
      draftKey={draftKey}
    />
  );
}

interface FormProps {
  workerId: string;
  initial: PlanInput;
  restored: boolean;
  saved: boolean;
  onSaved: () => void;
  draftKey: string;
}

function PlanForm({ workerId, initial, restored, saved, onSaved, draftKey }: FormProps) {
  const { t } = useTranslation();
  const plans = useActionPlans();
  const today = todayIso();
  const form = useForm<PlanInput, unknown, PlanValues>({ resolver: zodResolver(planFormSchema), defaultValues: initial, reValidateMode: 'onChange' });
  const draft = useFormDraft(form, draftKey);
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  const activities = useWatch({ control: form.control, name: 'activities' }) ?? [];
  const overdue = activities.filter((activity) => activity.dueDate && activity.state && isOverdue({ dueDate: activity.dueDate, state: activity.state }, today)).length;
  const { errors, isSubmitted, isValid, isSubmitting } = form.formState;
  const [failure, setFailure] = useState<unknown>(null);

  const save = async (values: PlanValues) => {
    setFailure(null);
    await draft.discard();
    try {
      await plans.save(workerId, cleanPlan(values));
    } catch (error) {
      draft.flush();
      setFailure(error);
      return;
    }
    onSaved();
  };

  return (
    <section className="form-section casework-plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('casework.plan.title')}</h2>
      <p className="hint">{t('casework.plan.subtitle')}</p>
      <form noValidate className="casework-form" aria-labelledby="plan-title" onSubmit={(event) => void form.handleSubmit(save)(event)}>
        <div aria-live="polite">
          {restored && <p className="notice">{t('worker.draftRestored')}</p>}
          {isSubmitted && !isValid && <p className="error-banner">{t('casework.plan.invalid')}</p>}
          <ErrorBanner error={failure} />
          {saved && !form.formState.isDirty && <p className="notice success">{t('casework.plan.saved')}</p>}
          {overdue > 0 && <p className="overdue-summary">{t('casework.plan.overdueCount', { count: overdue })}</p>}
        </div>
        <Field label={t('casework.plan.signedOn')} error={errors.signedOn} hint={t('casework.plan.signedOnHint')} className="field-date">
          {(controlProps) => <Controller control={form.control} name="signedOn" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
        </Field>
        <fieldset className="field plan-goals">
          <legend>{t('casework.plan.goals')}</legend>
          {goals.fields.map((goal, index) => (
            <div key={goal.id} className="plan-goal">
              <Field label={t('casework.plan.goalNumber', { n: index + 1 })} error={errors.goals?.[index]?.text} className="grow">
                {(controlProps) => <input {...controlProps} {...form.register(`goals.${index}.text`)} />}
              </Field>
              <button type="button" className="link" onClick={() => goals.remove(index)}>
                {t('casework.plan.remove')}
                <span className="visually-hidden"> {t('casework.plan.goalNumber', { n: index + 1 })}</span>
              </button>
            </div>
          ))}
          <button type="button" onClick={() => goals.append({ id: uuidv7(), text: '' })}>
            {t('casework.plan.addGoal')}
          </button>
        </fieldset>
        <PlanActivities form={form} today={today} />
        <div className="casework-actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            {t('casework.plan.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
