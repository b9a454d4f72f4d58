// Proposing a worker for an offer: one open candidacy per worker and offer at a time, and only a
// participant of the PCO (joined, with a privacy consent in force): a proposal sends their data to
// an employer.
import type { CandidacyStage } from '../domain/casework';
import { proposalBlock, type ConsentFields, type ProposalBlock } from '../domain/participation';
import { isClosed } from './stages';

export interface ExistingCandidacy {
  workerId: string;
  offerId: string;
  stage: CandidacyStage;
}

/** Why a proposal is refused; an i18n key suffix under `candidacies.refusal`. */
export type ProposalRefusal = 'alreadyOpen' | 'alreadyHired' | 'beforeEnrolment' | 'beforeOffer' | 'inFuture' | 'offerNotOpen' | 'beforeConsent' | ProposalBlock;

export interface ProposalContext {
  existing: readonly ExistingCandidacy[];
  /** The worker's enrolment and consent. */
  worker: ConsentFields;
  /** When the offer reached the programme: a worker cannot be proposed for it earlier. */
  offerReceivedOn: string;
  offerState: string;
  today: string;
}

export type ProposalVerdict = { ok: true } | { ok: false; refusal: ProposalRefusal; candidacy?: ExistingCandidacy };

export function checkProposal(proposal: { workerId: string; offerId: string; proposedOn: string }, context: ProposalContext): ProposalVerdict {
  const same = context.existing.filter((c) => c.workerId === proposal.workerId && c.offerId === proposal.offerId);
  // After an ending the worker may be proposed again (a new attempt); while one is open, never.
  const open = same.find((c) => !isClosed(c.stage));
  if (open) return { ok: false, refusal: 'alreadyOpen', candidacy: open };
  const hired = same.find((c) => c.stage === 'hired');
  if (hired) return { ok: false, refusal: 'alreadyHired', candidacy: hired };
  if (context.offerState !== 'open') return { ok: false, refusal: 'offerNotOpen' };
  const blocked = proposalBlock(context.worker);
  if (blocked) return { ok: false, refusal: blocked };
  if (proposal.proposedOn < (context.worker.enrolmentDate ?? '')) return { ok: false, refusal: 'beforeEnrolment' };
  if (proposal.proposedOn < (context.worker.privacyConsentDate ?? '')) return { ok: false, refusal: 'beforeConsent' };
  if (proposal.proposedOn < context.offerReceivedOn) return { ok: false, refusal: 'beforeOffer' };
  if (proposal.proposedOn > context.today) return { ok: false, refusal: 'inFuture' };
  return { ok: true };
}
