// Who on the plant's HR list has joined the PCO. The HR list is the population (DOMAIN.md: 253 of
// about 300 joined early on): in today's demo about one worker in six has not joined, most of them
// looking for work on their own (more among those close to retirement), some who found work or
// retired without the programme; a few joined in the last weeks and have not signed the privacy
// consent yet. Their files hold what the HR list holds; what is agreed at enrolment (track,
// counselor, education, profile and preferences) is there only for those who joined. The
// historical demo keeps every worker enrolled and consenting.
import type { WorkerStatus } from '../domain/vocabulary';
import { workerSchema, type EnrolledWorker, type Worker } from '../domain/worker';
import type { DemoCalendar } from './calendar';
import { addDays, onWorkday } from './isoDates';
import type { Random } from './random';
import type { DemoStatusChange } from './types';

/** The consultancy received the HR list the day its team was set up (12 November 2018, before the closure). */
export const HR_LIST_RECEIVED_ON = '2018-11-12';

export type Joining = 'joined' | 'notJoined' | 'awaitingConsent';

/** Share who did not join, by the situation they are in on the anchor day (still looking for work: by age). */
const NOT_JOINED_SHARE: Partial<Record<WorkerStatus, number>> = { placed: 0.1, retired: 0.5 };
const NOT_JOINED_LOOKING = { nearRetirement: 0.4, others: 0.2 } as const;
const NEAR_RETIREMENT_AGE = 58;
/** Share of those still looking for work who joined in the last weeks and have not signed the consent yet. */
const LATE_JOINER_SHARE = 0.12;

/** Whether the worker joined the PCO; drawn only in a demo that holds the whole HR list. `status`: their situation on the anchor day. */
export function drawJoining(random: Random, calendar: DemoCalendar, age: number, status: WorkerStatus): Joining {
  if (calendar.allJoined) return 'joined';
  const share = status === 'active' ? (age >= NEAR_RETIREMENT_AGE ? NOT_JOINED_LOOKING.nearRetirement : NOT_JOINED_LOOKING.others) : (NOT_JOINED_SHARE[status] ?? 0);
  if (share === 0 || !random.chance(share)) return 'joined';
  return status === 'active' && random.chance(LATE_JOINER_SHARE) ? 'awaitingConsent' : 'notJoined';
}

export interface HrFileDraft {
  createdOn: string;
  worker: Worker;
  statusHistory: DemoStatusChange[];
}

/**
 * The file of someone who has not joined: the HR list's fields (identity, contacts, role at the
 * plant, CIGS), their situation (found work or retired on their own, from the day it changed), and
 * nothing agreed at enrolment.
 */
export function notJoinedFile(calendar: DemoCalendar, joined: EnrolledWorker, history: readonly DemoStatusChange[]): HrFileDraft {
  const { surname, name, codiceFiscale, birthDate, sex, birthplaceCode, residenceCode, address, phone, email, cigsPeriods, formerRole, department, yearsAtPlant, status, exitReason } = joined;
  const changed = history.at(-1);
  // Everything else takes the schema's value for a field nobody filled in.
  const worker = workerSchema.parse({ surname, name, codiceFiscale, birthDate, sex, birthplaceCode, residenceCode, address, phone, email, cigsPeriods, status, exitReason, formerRole, department, yearsAtPlant });
  const statusHistory: DemoStatusChange[] = status === 'active' || !changed ? [] : [{ occurredOn: changed.occurredOn, from: null, to: status, ...(exitReason ? { exitReason } : {}) }];
  return { createdOn: calendar.afterClosure(HR_LIST_RECEIVED_ON), worker, statusHistory };
}

/** Someone who joined in the last three weeks: enrolled with a track and a counselor, the consent still to sign. */
export function lateJoinerFile(random: Random, calendar: DemoCalendar, joined: EnrolledWorker): HrFileDraft {
  const day = addDays(calendar.anchor, -random.int(1, 20));
  const enrolmentDate = onWorkday(day, addDays(day, -4), calendar.anchor);
  // Not profiled yet either: the job centre's appointment comes with the intake still ahead.
  const worker: Worker = { ...joined, enrolmentDate, privacyConsentDate: undefined, status: 'active', exitReason: undefined, availableFrom: undefined, profilingBand: undefined, profilingDate: undefined };
  return { createdOn: calendar.afterClosure(HR_LIST_RECEIVED_ON), worker, statusHistory: [{ occurredOn: enrolmentDate, from: null, to: 'active' }] };
}
