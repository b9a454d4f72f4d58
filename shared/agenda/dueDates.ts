// Dates derived from case work: when an activity counts as overdue, when a trial or a fixed-term
// contract ends, which days a counselor wrote into an interview's next steps.
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { isRealDate } from '../domain/primitives';
import type { ActivityState } from './types';

const iso = (date: Date): string => format(date, 'yyyy-MM-dd');

/** Past its due date and neither done nor cancelled. */
export function isOverdue(activity: { dueDate: string; state: ActivityState }, today: string): boolean {
  return activity.dueDate < today && activity.state !== 'done' && activity.state !== 'cancelled';
}

/**
 * Neither the candidacy nor its stage change records how long a trial lasts, so the agenda uses
 * one fixed rule: a trial ends 30 days after the candidacy moved to the trial stage. When trials
 * get their own end date, that date should replace this rule.
 */
export const TRIAL_DAYS = 30;

export function trialEnd(stageChangedOn: string): string {
  return iso(addDays(parseISO(stageChangedOn), TRIAL_DAYS));
}

/** Last day of a fixed-term contract of `months` starting on `start`: 12 months from 1 March end on the last day of February. */
export function fixedTermEnd(start: string, months: number): string {
  return iso(addDays(addMonths(parseISO(start), months), -1));
}

const ITALIAN_DATE = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g;

/**
 * Days written as dd/mm/yyyy in a text (an interview's next steps, "rivedersi il 15/10/2019"),
 * real dates only, in order of appearance, without repeats.
 */
export function datesInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ITALIAN_DATE)) {
    const date = `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
    if (isRealDate(date) && !found.includes(date)) found.push(date);
  }
  return found;
}
