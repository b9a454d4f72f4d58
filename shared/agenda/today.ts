// What the Oggi screen shows when the app opens: today's appointments, the follow-ups, call-backs
// and plan activities that are due today or overdue, the wage guarantees ending within a month,
// and the workers waiting for their privacy consent. Pure, from the agenda's own input.
import { LEAVING_STATUSES } from '../domain/vocabulary';
import { addDaysIso } from '../time/dates';
import { computeAgenda } from './agenda';
import type { AgendaEntry, AgendaInput, AgendaPerson, AgendaViewer } from './types';

/** The wage guarantees the screen warns about: ending within this many days. */
export const CIGS_WARNING_DAYS = 30;

export interface TodayDigest {
  /** Today's appointments and meetings, cancelled ones included (they say so), by time. */
  readonly appointments: readonly AgendaEntry[];
  /** Follow-ups, call-backs and plan activities due today and not done. */
  readonly dueToday: readonly AgendaEntry[];
  /** Those past their day and not done, oldest first. */
  readonly overdue: readonly AgendaEntry[];
  readonly cigsEnding: readonly (AgendaPerson & { cigsEnd: string })[];
  readonly awaitingConsent: readonly AgendaPerson[];
}

const REMINDERS = new Set<AgendaEntry['kind']>(['followUp', 'callBack', 'activityDue']);

function pending(entry: AgendaEntry): boolean {
  if (entry.kind === 'followUp' || entry.kind === 'callBack') return !entry.done;
  if (entry.kind === 'activityDue') return entry.state !== 'done';
  return false;
}

export function computeToday(input: AgendaInput, viewer: AgendaViewer, today: string): TodayDigest {
  // Everything up to today: overdue reminders can be months old.
  const entries = computeAgenda(input, { start: '0000-01-01', end: today }, viewer, today);
  const reminders = entries.filter((entry) => REMINDERS.has(entry.kind) && pending(entry));
  const visible = input.workers.filter((worker) => viewer.role === 'coordinator' || worker.counselorId === viewer.counselorId);
  const until = addDaysIso(today, CIGS_WARNING_DAYS);
  return {
    appointments: entries.filter((entry) => entry.date === today && (entry.kind === 'appointment' || entry.kind === 'meeting')),
    dueToday: reminders.filter((entry) => entry.date === today),
    overdue: reminders.filter((entry) => entry.date < today),
    cigsEnding: visible
      .filter((worker) => worker.cigsEnd && worker.cigsEnd >= today && worker.cigsEnd <= until && !LEAVING_STATUSES.includes(worker.status))
      .sort((a, b) => a.cigsEnd.localeCompare(b.cigsEnd) || a.name.localeCompare(b.name, 'it'))
      .map((worker) => ({ id: worker.id, name: worker.name, cigsEnd: worker.cigsEnd })),
    awaitingConsent: visible
      .filter((worker) => worker.awaitingConsent)
      .sort((a, b) => a.name.localeCompare(b.name, 'it'))
      .map((worker) => ({ id: worker.id, name: worker.name })),
  };
}

/** The menu's counter: what needs doing today (appointments still standing, reminders due or late). */
export function todayCount(digest: TodayDigest): number {
  const standing = digest.appointments.filter((entry) => entry.kind !== 'appointment' || !entry.cancelled).length;
  return standing + digest.dueToday.length + digest.overdue.length;
}
