// The counselor's agenda for a period: everything dated that concerns the workers in scope.
// Pure: the caller opens the records; this only selects, dates and orders them.
import { LEAVING_STATUSES } from '../domain/vocabulary';
import { contains, type Period } from './period';
import { datesInText, fixedTermEnd, isOverdue, trialEnd } from './dueDates';
import { conflictMap } from './conflicts';
import { AGENDA_KINDS, type AgendaEntry, type AgendaInput, type AgendaInterview, type AgendaPerson, type AgendaStageChange, type AgendaViewer, type AgendaWorker } from './types';

/** Contracts whose end the agenda shows: those with a stated length. */
const FIXED_TERM_CONTRACTS = new Set(['fixed_term', 'agency_fixed_term']);

/**
 * The day to hear from the worker again: the interview's own field, or for interviews recorded
 * before it existed the first day written in the next steps after the interview.
 */
export function followUpOf(interview: Pick<AgendaInterview, 'occurredOn' | 'followUpOn' | 'nextSteps'>): string {
  return interview.followUpOn || (datesInText(interview.nextSteps).find((day) => day > interview.occurredOn) ?? '');
}

export function computeAgenda(input: AgendaInput, period: Period, viewer: AgendaViewer, today: string): AgendaEntry[] {
  // The caller passes what its repositories let the viewer see; the rule is applied again here so
  // that a counselor's agenda can never show another caseload, whatever it is given. A coordinator
  // looking at one counselor's agenda passes that counselor as a counselor viewer.
  const visible = new Map<string, AgendaWorker>();
  for (const worker of input.workers) if (viewer.role === 'coordinator' || worker.counselorId === viewer.counselorId) visible.set(worker.id, worker);
  const person = (workerId: string): AgendaPerson[] => {
    const worker = visible.get(workerId);
    return worker ? [{ id: worker.id, name: worker.name }] : [];
  };
  const mine = (counselorId: string) => viewer.role === 'coordinator' || counselorId === viewer.counselorId;
  const entries: AgendaEntry[] = [];
  // Entries about workers need one the viewer sees; the others (meetings, call-backs, appointments
  // with nobody) have their own rule, checked where they are made.
  const add = (entry: AgendaEntry, ownRule?: boolean) => {
    if (contains(period, entry.date) && (ownRule ?? entry.workers.length > 0)) entries.push(entry);
  };

  const conflicts = conflictMap(input.appointments);
  const recorded = new Set<string>();
  for (const appointment of input.appointments) {
    if (appointment.interviewId) recorded.add(appointment.interviewId);
    const workers = appointment.workerIds.flatMap(person);
    add(
      {
        key: `appointment:${appointment.id}`,
        kind: 'appointment',
        date: appointment.date,
        workers,
        appointmentId: appointment.id,
        start: appointment.start,
        end: appointment.end,
        type: appointment.type,
        interviewType: appointment.interviewType,
        place: appointment.place,
        employerId: appointment.employerId,
        employerName: appointment.employerName,
        counselorId: appointment.counselorId,
        cancelled: appointment.cancelledOn !== '',
        interviewId: appointment.interviewId,
        hiddenWorkers: appointment.workerIds.length - workers.length,
        conflicts: conflicts.get(appointment.id) ?? [],
      },
      mine(appointment.counselorId) || workers.length > 0,
    );
  }

  // A follow-up is done once the worker has had a later interview.
  const lastInterview = new Map<string, string>();
  for (const interview of input.interviews) if (interview.occurredOn > (lastInterview.get(interview.workerId) ?? '')) lastInterview.set(interview.workerId, interview.occurredOn);
  for (const interview of input.interviews) {
    const workers = person(interview.workerId);
    // An interview recorded from an appointment is that appointment's line: not a second one.
    if (!recorded.has(interview.id)) add({ key: `interview:${interview.id}`, kind: 'interview', date: interview.occurredOn, workers, interviewType: interview.interviewType });
    const followUp = followUpOf(interview);
    if (!followUp) continue;
    const done = (lastInterview.get(interview.workerId) ?? '') > interview.occurredOn;
    add({ key: `followUp:${interview.id}`, kind: 'followUp', date: followUp, workers, interviewId: interview.id, interviewType: interview.interviewType, interviewOn: interview.occurredOn, done, overdue: !done && followUp < today });
  }

  // A call-back is done once the employer has been contacted again.
  const lastContact = new Map<string, string>();
  for (const contact of input.employerContacts) if (contact.occurredOn > (lastContact.get(contact.employerId) ?? '')) lastContact.set(contact.employerId, contact.occurredOn);
  for (const contact of input.employerContacts) {
    if (!contact.callBackOn) continue;
    const done = (lastContact.get(contact.employerId) ?? '') > contact.occurredOn;
    add(
      { key: `callBack:${contact.id}`, kind: 'callBack', date: contact.callBackOn, workers: [], employerId: contact.employerId, employerName: contact.employerName, contactOn: contact.occurredOn, done, overdue: !done && contact.callBackOn < today },
      mine(contact.counselorId),
    );
  }

  for (const plan of input.plans) {
    for (const activity of plan.activities) {
      if (activity.state === 'cancelled') continue;
      add({
        key: `activity:${plan.workerId}:${activity.id}`,
        kind: 'activityDue',
        date: activity.dueDate,
        workers: person(plan.workerId),
        title: activity.title,
        owner: activity.owner,
        state: activity.state,
        overdue: isOverdue(activity, today),
      });
    }
  }

  const candidacyWorker = new Map(input.candidacies.map((candidacy) => [candidacy.id, candidacy]));
  for (const meeting of input.meetings) {
    const workers = meeting.candidacyIds.flatMap((id) => {
      const candidacy = candidacyWorker.get(id);
      return candidacy ? person(candidacy.workerId) : [];
    });
    const unique = [...new Map(workers.map((worker) => [worker.id, worker])).values()];
    add({ key: `meeting:${meeting.id}`, kind: 'meeting', date: meeting.date, workers: unique, time: meeting.time, employerName: meeting.employerName, place: meeting.place }, unique.length > 0 || viewer.role === 'coordinator');
  }

  for (const [candidacyId, change] of latestStages(input.stageChanges)) {
    const candidacy = candidacyWorker.get(candidacyId);
    if (!candidacy || change.to !== 'trial') continue;
    add({ key: `trialEnd:${candidacyId}`, kind: 'trialEnd', date: trialEnd(change.occurredOn), workers: person(candidacy.workerId), employerName: candidacy.employerName, trialFrom: change.occurredOn });
  }

  for (const placement of input.placements) {
    if (!FIXED_TERM_CONTRACTS.has(placement.contractType) || placement.fixedTermMonths === undefined) continue;
    add({
      key: `contractEnd:${placement.id}`,
      kind: 'contractEnd',
      date: fixedTermEnd(placement.startDate, placement.fixedTermMonths),
      workers: person(placement.workerId),
      employerName: placement.employerName,
      contractType: placement.contractType,
    });
  }

  // The wage guarantee ending matters to those still looking for work, not to those who left.
  for (const worker of visible.values()) {
    if (worker.cigsEnd && !LEAVING_STATUSES.includes(worker.status)) add({ key: `cigsEnd:${worker.id}`, kind: 'cigsEnd', date: worker.cigsEnd, workers: person(worker.id) });
  }

  return entries.sort(byDateTimeKindName);
}

/** The latest stage of each candidacy: by the day stated, then by HLC for the same day. */
function latestStages(changes: readonly AgendaStageChange[]): Map<string, AgendaStageChange> {
  const latest = new Map<string, AgendaStageChange>();
  for (const change of changes) {
    const current = latest.get(change.candidacyId);
    if (!current || change.occurredOn > current.occurredOn || (change.occurredOn === current.occurredOn && change.hlc > current.hlc)) latest.set(change.candidacyId, change);
  }
  return latest;
}

const KIND_ORDER = new Map(AGENDA_KINDS.map((kind, index) => [kind, index]));

/** The time of day of a timed entry; '~' (after every time) for the others. */
export function timeOfEntry(entry: AgendaEntry): string {
  if (entry.kind === 'appointment') return entry.start;
  if (entry.kind === 'meeting' && entry.time) return entry.time;
  return '~';
}

/** Day, then timed entries by time before untimed ones, then kind, then the first worker's name. */
function byDateTimeKindName(a: AgendaEntry, b: AgendaEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const timeA = timeOfEntry(a);
  const timeB = timeOfEntry(b);
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  const kindOrder = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
  if (kindOrder !== 0) return kindOrder;
  return (a.workers[0]?.name ?? '').localeCompare(b.workers[0]?.name ?? '', 'it') || a.key.localeCompare(b.key);
}
