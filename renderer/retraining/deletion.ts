// "2 iscrizioni, 5 registrazioni": what a course or venture already holds, for the delete confirmation.
import type { TFunction } from 'i18next';
import type { CourseUsage } from '../db/repositories/courseRepositoryRemoval';
import { ventureHistory } from '../db/repositories/ventureRepository';
import type { Venture } from '../../shared/domain/casework';

export function courseHistoryText(t: TFunction, usage: CourseUsage): string {
  const parts: string[] = [];
  if (usage.enrolments > 0) parts.push(t('retraining.course.history.enrolments', { count: usage.enrolments }));
  if (usage.events > 0) parts.push(t('retraining.course.history.events', { count: usage.events }));
  return parts.join(', ');
}

export function ventureHistoryText(t: TFunction, venture: Venture): string {
  const { milestonesDone, funding } = ventureHistory(venture);
  const parts: string[] = [];
  if (milestonesDone > 0) parts.push(t('retraining.venture.history.milestones', { count: milestonesDone }));
  if (funding > 0) parts.push(t('retraining.venture.history.funding', { count: funding }));
  return parts.join(', ');
}
