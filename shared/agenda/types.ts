// What the agenda is computed from (plain arrays, already opened and in the viewer's scope) and
// what it produces: dated entries by kind.
import type { z } from 'zod';
import type { activityStateSchema, CandidacyStage } from '../domain/casework';
import type { CounselorRole } from '../domain/programme';
import type { ContractType, interviewTypeSchema, WorkerStatus } from '../domain/vocabulary';
import type { AppointmentType } from '../domain/appointment';

export type InterviewType = z.infer<typeof interviewTypeSchema>;
export type ActivityState = z.infer<typeof activityStateSchema>;

export interface AgendaWorker {
  id: string;
  /** "Surname Name", as the counselor reads it. */
  name: string;
  counselorId: string;
  status: WorkerStatus;
  /** Last day of the effective CIGS periods; '' when none applies. */
  cigsEnd: string;
  /** Enrolled without a consent date: cannot be proposed yet (the Oggi screen lists them). */
  awaitingConsent: boolean;
}

export interface AgendaInterview {
  id: string;
  workerId: string;
  occurredOn: string;
  interviewType: InterviewType;
  nextSteps: string;
  /** "Prossimo contatto il"; '' when not set (a date written in the next steps stands in for it). */
  followUpOn: string;
}

export interface AgendaAppointment {
  id: string;
  date: string;
  start: string;
  end: string;
  type: AppointmentType;
  interviewType: InterviewType | '';
  place: string;
  workerIds: readonly string[];
  employerId: string;
  employerName: string;
  counselorId: string;
  cancelledOn: string;
  interviewId: string;
}

/** A contact logged with an employer that set a day to call back. */
export interface AgendaCallBack {
  id: string;
  employerId: string;
  employerName: string;
  occurredOn: string;
  callBackOn: string;
  /** Who logged it: the reminder is theirs. */
  counselorId: string;
}

export interface AgendaPlan {
  workerId: string;
  activities: readonly { id: string; title: string; owner: string; dueDate: string; state: ActivityState }[];
}

export interface AgendaMeeting {
  id: string;
  date: string;
  /** HH:MM, or '' when no time was set. */
  time: string;
  employerName: string;
  place: string;
  candidacyIds: readonly string[];
}

export interface AgendaCandidacy {
  id: string;
  workerId: string;
  employerName: string;
}

export interface AgendaStageChange {
  candidacyId: string;
  occurredOn: string;
  /** Orders changes recorded for the same day. */
  hlc: string;
  to: CandidacyStage;
}

export interface AgendaPlacement {
  id: string;
  workerId: string;
  employerName: string;
  contractType: ContractType;
  startDate: string;
  fixedTermMonths?: number | undefined;
}

export interface AgendaInput {
  workers: readonly AgendaWorker[];
  appointments: readonly AgendaAppointment[];
  /** Every employer contact, those without a call-back day too (a later contact closes a call-back). */
  employerContacts: readonly AgendaCallBack[];
  interviews: readonly AgendaInterview[];
  plans: readonly AgendaPlan[];
  meetings: readonly AgendaMeeting[];
  candidacies: readonly AgendaCandidacy[];
  stageChanges: readonly AgendaStageChange[];
  placements: readonly AgendaPlacement[];
}

export interface AgendaViewer {
  role: CounselorRole;
  counselorId: string;
}

export const AGENDA_KINDS = ['appointment', 'meeting', 'interview', 'followUp', 'callBack', 'activityDue', 'trialEnd', 'contractEnd', 'cigsEnd'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaPerson {
  id: string;
  name: string;
}

interface EntryBase {
  /** Stable across recomputations: the kind and the source record (the .ics UID is built from it). */
  key: string;
  date: string;
  /** The workers concerned: one for most entries, those of the viewer's scope for a meeting. */
  workers: readonly AgendaPerson[];
}

export type AgendaEntry = EntryBase &
  (
    | {
        kind: 'appointment';
        appointmentId: string;
        start: string;
        end: string;
        type: AppointmentType;
        interviewType: InterviewType | '';
        place: string;
        employerId: string;
        employerName: string;
        counselorId: string;
        cancelled: boolean;
        interviewId: string;
        /** Workers named that the viewer may not see (another counselor's): counted, not named. */
        hiddenWorkers: number;
        /** Ids of the same counselor's appointments whose times overlap this one. */
        conflicts: readonly string[];
      }
    | { kind: 'meeting'; time: string; employerName: string; place: string }
    | { kind: 'interview'; interviewType: InterviewType }
    | { kind: 'followUp'; interviewId: string; interviewType: InterviewType; interviewOn: string; overdue: boolean; done: boolean }
    | { kind: 'callBack'; employerId: string; employerName: string; contactOn: string; overdue: boolean; done: boolean }
    | { kind: 'activityDue'; title: string; owner: string; state: ActivityState; overdue: boolean }
    | { kind: 'trialEnd'; employerName: string; trialFrom: string }
    | { kind: 'contractEnd'; employerName: string; contractType: ContractType }
    | { kind: 'cigsEnd' }
  );
