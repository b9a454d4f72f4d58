// The activities of an action plan, each with its owner, due date and state. One past its due
// date and not done stands out by colour and by the words "In ritardo", never by colour alone.
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import { ACTIVITY_STATES } from '../../shared/domain/casework';
import { isOverdue } from '../../shared/agenda/dueDates';
import { isRealIsoDate } from '../../shared/time/days';
import { Field } from '../ui/Field';
import { DateInput } from '../ui/DateInput';
import type { PlanFormApi } from './planForm';

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);

export function PlanActivities({ form, today }: { form: PlanFormApi; today: string }) {
  const { t } = useTranslation();
  const { control, register, formState } = form;
  const activities = useFieldArray({ control, name: 'activities' });
  const goals = useWatch({ control, name: 'goals' }) ?? [];
  const current = useWatch({ control, name: 'activities' }) ?? [];
  const errors = formState.errors.activities;

  return (
    <fieldset className="field plan-activities">
      <legend>{t('casework.plan.activities')}</legend>
      {activities.fields.map((row, index) => {
        const value = current[index];
        const overdue = value !== undefined && isRealIsoDate(value.dueDate) && isOverdue({ dueDate: value.dueDate, state: value.state }, today);
        return (
          <fieldset key={row.id} className={`plan-activity${overdue ? ' overdue' : ''}`} data-testid="plan-activity">
            <legend>
              {t('casework.plan.activityNumber', { n: index + 1 })}
              {overdue && <span className="overdue-badge">{t('casework.plan.overdue')}</span>}
            </legend>
            <div className="grid">
              <Field label={t('casework.plan.activity')} error={errors?.[index]?.title} className="wide">
                {(controlProps) => <input {...controlProps} {...register(`activities.${index}.title`)} />}
              </Field>
              <Field label={t('casework.plan.owner')} error={errors?.[index]?.owner}>
                {(controlProps) => <input {...controlProps} {...register(`activities.${index}.owner`)} />}
              </Field>
              <Field label={t('casework.plan.dueDate')} error={errors?.[index]?.dueDate}>
                {(controlProps) => <Controller control={control} name={`activities.${index}.dueDate`} render={({ field }) => <DateInput {...controlProps} {...field} />} />}
              </Field>
              <Field label={t('casework.plan.state')} error={errors?.[index]?.state}>
                {(controlProps) => (
                  <select {...controlProps} {...register(`activities.${index}.state`)}>
                    {ACTIVITY_STATES.map((state) => (
                      <option key={state} value={state}>
                        {t(`casework.activityState.${state}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('casework.plan.linkedGoal')} error={errors?.[index]?.goalId}>
                {(controlProps) => (
                  <select {...controlProps} {...register(`activities.${index}.goalId`)}>
                    <option value="">{t('casework.plan.noGoal')}</option>
                    {goals.map((goal, goalIndex) => (
                      <option key={goal.id} value={goal.id}>
                        {goal.text ? shorten(goal.text) : t('casework.plan.goalNumber', { n: goalIndex + 1 })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <button type="button" className="link" onClick={() => activities.remove(index)}>
              {t('casework.plan.remove')}
              <span className="visually-hidden"> {t('casework.plan.activityNumber', { n: index + 1 })}</span>
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => activities.append({ id: uuidv7(), title: '', owner: '', dueDate: '', state: 'planned', goalId: '' })}>
        {t('casework.plan.addActivity')}
      </button>
    </fieldset>
  );
}
