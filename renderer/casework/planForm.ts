// The action plan form's schema and values: the plan without its worker id (the file gives it).
import type { z } from 'zod';
import { actionPlanSchema } from '../../shared/domain/casework';
import type { ActionPlanRecord } from '../db/repositories/actionPlanRepository';
import type { UseFormReturn } from 'react-hook-form';

export const planFormSchema = actionPlanSchema.omit({ workerId: true });
export type PlanInput = z.input<typeof planFormSchema>;
export type PlanValues = z.output<typeof planFormSchema>;
export type PlanFormApi = UseFormReturn<PlanInput, unknown, PlanValues>;

export function planFormValues(record: ActionPlanRecord | undefined): PlanInput {
  if (!record) return { goals: [], activities: [], signedOn: '' };
  const { goals, activities, signedOn } = record.data;
  return { goals, activities: activities.map((activity) => ({ ...activity, goalId: activity.goalId ?? '' })), signedOn: signedOn ?? '' };
}

/** An activity not tied to a goal is stored without `goalId`, not with an empty one. */
export function cleanPlan(values: PlanValues): PlanValues {
  return { ...values, activities: values.activities.map(({ goalId, ...activity }) => (goalId ? { ...activity, goalId } : activity)) };
}
