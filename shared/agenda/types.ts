// What the agenda is computed from (plain arrays, already opened and in the viewer's scope) and
// what it produces: dated entries by kind.
import type { z } from 'zod';
import type { activityStateSchema, CandidacyStage } from '../domain/casework';
import type { CounselorRole } from '../domain/programme';
import type { ContractType, interviewTypeSchema, WorkerStatus } from '../domain/vocabulary';

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
}

export interface AgendaInterview {
  id: string;
  workerId: string;
  occurredOn: string;
  interviewType: InterviewType;
  nextSteps: string;
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

export const AGENDA_KINDS = ['meeting', 'interview', 'followUp', 'activityDue', 'trialEnd', 'contractEnd', 'cigsEnd'] as const;
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
    | { kind: 'meeting'; time: string; employerName: string; place: string }
    | { kind: 'interview'; interviewType: InterviewType }
    | { kind: 'followUp'; interviewType: InterviewType; interviewOn: string }
    | { kind: 'activityDue'; title: string; owner: string; state: ActivityState; overdue: boolean }
    | { kind: 'trialEnd'; employerName: string; trialFrom: string }
    | { kind: 'contractEnd'; employerName: string; contractType: ContractType }
    | { kind: 'cigsEnd' }
  );
