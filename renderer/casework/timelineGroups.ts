// Which filter of the timeline each kind of event falls under. A Record over every kind: a new
// event kind without a group fails to compile.
import type { EventKind } from '../../shared/domain/events';

export const TIMELINE_GROUPS = ['status', 'consent', 'interview', 'candidacy', 'placement', 'course', 'other'] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

export const GROUP_OF: Readonly<Record<EventKind, TimelineGroup>> = {
  'worker.created': 'status',
  'worker.statusChanged': 'status',
  'worker.consentRecorded': 'consent',
  'worker.interviewHeld': 'interview',
  'candidacy.stageChanged': 'candidacy',
  'worker.placed': 'placement',
  'course.attendance': 'course',
  'course.ended': 'course',
  // About an employer, never a worker: listed for completeness.
  'employer.contactLogged': 'other',
  // About the programme (its CIGS periods), never a worker: listed for completeness.
  'programme.cigsPeriodsChanged': 'other',
};
