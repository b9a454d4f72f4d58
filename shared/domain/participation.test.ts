// Participation: every combination of enrolment, consent and withdrawal has exactly one reading,
// and only a participant may be proposed or counted by the reports.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleWorker } from '../../test/fixtures/workers';
import { workerSchema } from './worker';
import { isEnrolled, participantSince, participationOf, proposalBlock, type ConsentFields } from './participation';

const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10));
const consentFields: fc.Arbitrary<ConsentFields> = fc.record({
  enrolmentDate: fc.option(day, { nil: undefined }),
  privacyConsentDate: fc.option(day, { nil: undefined }),
  consentWithdrawnOn: fc.option(day, { nil: undefined }),
});

describe('participationOf', () => {
  it('reads the four states', () => {
    expect(participationOf({ enrolmentDate: undefined, privacyConsentDate: undefined, consentWithdrawnOn: undefined })).toBe('notEnrolled');
    expect(participationOf({ enrolmentDate: undefined, privacyConsentDate: '2019-01-10', consentWithdrawnOn: undefined })).toBe('notEnrolled');
    expect(participationOf({ enrolmentDate: '2019-01-15', privacyConsentDate: undefined, consentWithdrawnOn: undefined })).toBe('awaitingConsent');
    expect(participationOf({ enrolmentDate: '2019-01-15', privacyConsentDate: '2019-01-15', consentWithdrawnOn: undefined })).toBe('participant');
    expect(participationOf({ enrolmentDate: '2019-01-15', privacyConsentDate: '2019-02-20', consentWithdrawnOn: undefined })).toBe('participant');
    expect(participationOf({ enrolmentDate: '2019-01-15', privacyConsentDate: '2019-01-15', consentWithdrawnOn: '2019-06-01' })).toBe('consentWithdrawn');
    // Withdrawn and given again the same day: the withdrawal holds; a later consent gives it back.
    expect(participationOf({ enrolmentDate: '2019-01-15', privacyConsentDate: '2019-06-01', consentWithdrawnOn: '2019-06-01' })).toBe('consentWithdrawn');
    expect(participationOf({ enrolmentDate: '2019-01-15', privacyConsentDate: '2019-06-02', consentWithdrawnOn: '2019-06-01' })).toBe('participant');
  });

  it('counts a worker in the reports from the day both enrolment and consent exist, and only a participant may be proposed', () => {
    fc.assert(
      fc.property(consentFields, (worker) => {
        const participation = participationOf(worker);
        const since = participantSince(worker);
        expect(proposalBlock(worker) === undefined).toBe(participation === 'participant');
        // Counted by the reports exactly when joined with a consent, withdrawn later or not.
        expect(since !== undefined).toBe(participation === 'participant' || (participation === 'consentWithdrawn' && worker.privacyConsentDate !== undefined));
        if (since !== undefined) {
          expect(since >= (worker.enrolmentDate ?? '')).toBe(true);
          expect(since >= (worker.privacyConsentDate ?? '')).toBe(true);
          expect([worker.enrolmentDate, worker.privacyConsentDate]).toContain(since);
        }
        if (participation === 'notEnrolled') expect(worker.enrolmentDate).toBeUndefined();
      }),
    );
  });
});

describe('a worker file before and after enrolment', () => {
  const hrListRow = () => {
    const full = sampleWorker({ counselorId: '' });
    return { ...full, enrolmentDate: undefined, privacyConsentDate: undefined, primaryTrack: undefined, secondaryTracks: [], educationLevel: undefined, status: undefined };
  };

  it('may come from the HR list with no enrolment, track, counselor, education or status', () => {
    const worker = workerSchema.parse(hrListRow());
    expect(worker.status).toBe('active');
    expect(worker.counselorId).toBe('');
    expect(participationOf(worker)).toBe('notEnrolled');
    expect(isEnrolled(worker)).toBe(false);
  });

  it('reads empty form values as not given', () => {
    const worker = workerSchema.parse({ ...hrListRow(), enrolmentDate: '', privacyConsentDate: '', primaryTrack: '', educationLevel: '' });
    expect([worker.enrolmentDate, worker.privacyConsentDate, worker.primaryTrack, worker.educationLevel]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('needs the track, the counselor and the education level once enrolled', () => {
    const result = workerSchema.safeParse({ ...hrListRow(), enrolmentDate: '2019-01-15' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.filter((issue) => issue.message === 'validation.requiredOnEnrolment').map((issue) => issue.path.join('.'));
    expect(paths?.sort()).toEqual(['counselorId', 'educationLevel', 'primaryTrack']);
  });

  it('accepts a consent signed after the enrolment (the worker awaited it)', () => {
    const worker = workerSchema.parse(sampleWorker({ counselorId: 'c1', enrolmentDate: '2019-01-15', privacyConsentDate: '2019-03-01' }));
    expect(participationOf(worker)).toBe('participant');
    expect(participantSince(worker)).toBe('2019-03-01');
    expect(isEnrolled(worker)).toBe(true);
  });

  it('keeps reading a file written before participation existed', () => {
    // Every stored file had an enrolment date, a track, a counselor and an education level.
    const stored = workerSchema.parse(sampleWorker({ counselorId: 'c1' }));
    expect(participationOf(stored)).toBe('participant');
    expect(stored.consentWithdrawnOn).toBeUndefined();
  });
});
