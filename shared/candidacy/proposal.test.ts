import { describe, expect, it } from 'vitest';
import type { ConsentFields } from '../domain/participation';
import { checkProposal, type ExistingCandidacy } from './proposal';

const W = 'worker-1';
const O = 'offer-1';
const participant: ConsentFields = { enrolmentDate: '2019-01-15', privacyConsentDate: '2019-01-15' };
const base = { worker: participant, offerReceivedOn: '2019-02-01', offerState: 'open', today: '2019-12-31' };
const proposal = { workerId: W, offerId: O, proposedOn: '2019-03-01' };

describe('checkProposal', () => {
  it('accepts a first proposal', () => {
    expect(checkProposal(proposal, { ...base, existing: [] })).toEqual({ ok: true });
  });

  it('refuses a second proposal while one is open, naming it', () => {
    const open: ExistingCandidacy = { workerId: W, offerId: O, stage: 'meeting_scheduled' };
    expect(checkProposal(proposal, { ...base, existing: [open] })).toEqual({ ok: false, refusal: 'alreadyOpen', candidacy: open });
  });

  it('allows a new attempt after an ending, and other offers or workers meanwhile', () => {
    const existing: ExistingCandidacy[] = [
      { workerId: W, offerId: O, stage: 'declined_by_worker' },
      { workerId: W, offerId: 'offer-2', stage: 'proposed' },
      { workerId: 'worker-2', offerId: O, stage: 'proposed' },
    ];
    expect(checkProposal(proposal, { ...base, existing })).toEqual({ ok: true });
  });

  it('refuses a worker already hired on that offer', () => {
    const hired: ExistingCandidacy = { workerId: W, offerId: O, stage: 'hired' };
    expect(checkProposal(proposal, { ...base, existing: [hired] })).toMatchObject({ ok: false, refusal: 'alreadyHired' });
  });

  it('refuses an offer that is not open', () => {
    expect(checkProposal(proposal, { ...base, offerState: 'filled', existing: [] })).toEqual({ ok: false, refusal: 'offerNotOpen' });
  });

  it('refuses dates before the enrolment, before the offer, or in the future', () => {
    expect(checkProposal({ ...proposal, proposedOn: '2019-01-10' }, { ...base, existing: [] })).toEqual({ ok: false, refusal: 'beforeEnrolment' });
    expect(checkProposal({ ...proposal, proposedOn: '2019-01-20' }, { ...base, existing: [] })).toEqual({ ok: false, refusal: 'beforeOffer' });
    expect(checkProposal({ ...proposal, proposedOn: '2020-01-02' }, { ...base, existing: [] })).toEqual({ ok: false, refusal: 'inFuture' });
    const lateConsent = { ...base, worker: { ...participant, privacyConsentDate: '2019-02-20' }, existing: [] };
    expect(checkProposal(proposal, { ...lateConsent })).toEqual({ ok: true });
    expect(checkProposal({ ...proposal, proposedOn: '2019-02-10' }, lateConsent)).toEqual({ ok: false, refusal: 'beforeConsent' });
  });

  it('refuses a worker who is not a participant: not enrolled, awaiting consent, consent withdrawn', () => {
    const withWorker = (worker: ConsentFields) => checkProposal(proposal, { ...base, worker, existing: [] });
    expect(withWorker({ enrolmentDate: undefined, privacyConsentDate: undefined })).toEqual({ ok: false, refusal: 'notEnrolled' });
    expect(withWorker({ ...participant, privacyConsentDate: undefined })).toEqual({ ok: false, refusal: 'awaitingConsent' });
    expect(withWorker({ ...participant, consentWithdrawnOn: '2019-02-01' })).toEqual({ ok: false, refusal: 'consentWithdrawn' });
    // Consent given again after the withdrawal: proposable again.
    expect(withWorker({ ...participant, privacyConsentDate: '2019-02-15', consentWithdrawnOn: '2019-02-01' })).toEqual({ ok: true });
  });
});
