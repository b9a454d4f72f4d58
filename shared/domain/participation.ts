// Who takes part in the PCO. The plant's HR list is the population: a worker file may exist for
// someone who has not joined. Joining (the enrolment date) and the privacy consent make them a
// participant; a withdrawn consent takes that back until a later consent. The one place where the
// question is answered: lists, the home warning, proposals, matching and reports all ask here.
import type { EnrolledWorker, Worker } from './worker';

export const PARTICIPATIONS = ['notEnrolled', 'awaitingConsent', 'consentWithdrawn', 'participant'] as const;
export type Participation = (typeof PARTICIPATIONS)[number];

/** The fields participation reads (non-identifying, kept in clear beside the sealed ones). */
export type ConsentFields = Partial<Pick<Worker, 'enrolmentDate' | 'privacyConsentDate' | 'consentWithdrawnOn'>>;

/**
 * - `notEnrolled`: on the HR list, has not joined (no enrolment date);
 * - `awaitingConsent`: joined, no privacy consent yet;
 * - `consentWithdrawn`: joined, the consent was withdrawn and no later one given;
 * - `participant`: joined with a consent in force.
 * A consent dated after the withdrawal gives participation back, whichever laptop recorded which:
 * the two dates merge as separate fields and this reading does not depend on the order.
 */
export function participationOf(worker: ConsentFields): Participation {
  if (!worker.enrolmentDate) return 'notEnrolled';
  if (!worker.privacyConsentDate) return worker.consentWithdrawnOn ? 'consentWithdrawn' : 'awaitingConsent';
  if (worker.consentWithdrawnOn && worker.consentWithdrawnOn >= worker.privacyConsentDate) return 'consentWithdrawn';
  return 'participant';
}

/**
 * The day from which the reports count the worker as enrolled: the later of the enrolment and the
 * consent, undefined until both exist. A later withdrawal does not undo the joining (the worker
 * stays counted, as a withdrawn worker stays counted under "withdrawn").
 */
export function participantSince(worker: ConsentFields): string | undefined {
  const { enrolmentDate, privacyConsentDate } = worker;
  if (!enrolmentDate || !privacyConsentDate) return undefined;
  return privacyConsentDate > enrolmentDate ? privacyConsentDate : enrolmentDate;
}

/** Why the worker may not be proposed to an employer (their data would leave the programme), or undefined. */
export type ProposalBlock = Exclude<Participation, 'participant'>;

export function proposalBlock(worker: ConsentFields): ProposalBlock | undefined {
  const participation = participationOf(worker);
  return participation === 'participant' ? undefined : participation;
}

/** The worker has joined: what is agreed at enrolment (track, counselor, education) is on the file. */
export function isEnrolled(worker: Worker): worker is EnrolledWorker {
  return Boolean(worker.enrolmentDate && worker.primaryTrack && worker.counselorId && worker.educationLevel);
}
