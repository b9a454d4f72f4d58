import { describe, expect, it } from 'vitest';
import { allowedTargets, checkMove, currentStage, moveDirection, needsReason, nextStage, orderStageEvents, previousStage, type StageEvent } from './stages';

const ev = (occurredOn: string, hlc: string, to: StageEvent['to']): StageEvent => ({ occurredOn, hlc, to });
const context = (events: StageEvent[]) => ({ events, enrolmentDate: '2019-01-15', today: '2019-12-31' });

describe('stage derivation', () => {
  it('is proposed without events', () => {
    expect(currentStage([])).toBe('proposed');
  });

  it('takes the latest event by day, whatever order they were stored in', () => {
    const events = [ev('2019-03-10', '0003', 'meeting_scheduled'), ev('2019-03-01', '0009', 'proposed'), ev('2019-03-05', '0001', 'cv_sent')];
    expect(currentStage(events)).toBe('meeting_scheduled');
    expect(orderStageEvents(events).map((e) => e.to)).toEqual(['proposed', 'cv_sent', 'meeting_scheduled']);
  });

  it('breaks ties on the same day by HLC (moves recorded on two laptops)', () => {
    const events = [ev('2019-03-10', '000000002-laptopb', 'declined_by_worker'), ev('2019-03-10', '000000001-laptopa', 'trial')];
    expect(currentStage(events)).toBe('declined_by_worker');
  });
});

describe('allowed moves', () => {
  it('goes forward by one or more steps', () => {
    expect(moveDirection('proposed', 'cv_sent')).toBe('forward');
    expect(moveDirection('proposed', 'trial')).toBe('forward');
    expect(nextStage('meeting_held')).toBe('trial');
    expect(nextStage('trial')).toBe('hired');
  });

  it('goes backward only as a correction, with a reason', () => {
    expect(moveDirection('meeting_scheduled', 'cv_sent')).toBe('backward');
    expect(previousStage('meeting_scheduled')).toBe('cv_sent');
    expect(previousStage('proposed')).toBeUndefined();
    expect(needsReason('meeting_scheduled', 'cv_sent')).toBe(true);
    expect(needsReason('proposed', 'cv_sent')).toBe(false);
  });

  it('reaches any ending from any open stage, with a reason', () => {
    for (const from of ['proposed', 'cv_sent', 'meeting_scheduled', 'meeting_held', 'trial'] as const) {
      expect(allowedTargets(from)).toEqual(expect.arrayContaining(['rejected_by_employer', 'declined_by_worker', 'withdrawn']));
      expect(needsReason(from, 'withdrawn')).toBe(true);
    }
  });

  it('lists forward targets first, then corrections, then endings', () => {
    expect(allowedTargets('cv_sent')).toEqual(['meeting_scheduled', 'meeting_held', 'trial', 'hired', 'proposed', 'rejected_by_employer', 'declined_by_worker', 'withdrawn']);
  });

  it('allows nothing after hired or after an ending', () => {
    expect(allowedTargets('hired')).toEqual([]);
    expect(allowedTargets('withdrawn')).toEqual([]);
    expect(nextStage('rejected_by_employer')).toBeUndefined();
    const hired = [ev('2019-03-01', '1', 'proposed'), ev('2019-04-01', '2', 'hired')];
    expect(checkMove({ to: 'withdrawn', occurredOn: '2019-05-01', reason: 'x' }, context(hired))).toEqual({ ok: false, refusal: 'afterHired' });
    const ended = [ev('2019-03-01', '1', 'proposed'), ev('2019-04-01', '2', 'declined_by_worker')];
    expect(checkMove({ to: 'cv_sent', occurredOn: '2019-05-01' }, context(ended))).toEqual({ ok: false, refusal: 'afterEnding' });
  });
});

describe('checkMove', () => {
  const proposed = [ev('2019-03-01', '1', 'proposed')];

  it('accepts a forward move without a reason', () => {
    expect(checkMove({ to: 'cv_sent', occurredOn: '2019-03-02' }, context(proposed))).toEqual({ ok: true });
  });

  it('refuses a move to the same stage', () => {
    expect(checkMove({ to: 'proposed', occurredOn: '2019-03-02' }, context(proposed))).toEqual({ ok: false, refusal: 'sameStage' });
  });

  it('requires a reason for an ending and for a correction', () => {
    expect(checkMove({ to: 'rejected_by_employer', occurredOn: '2019-03-02', reason: '  ' }, context(proposed))).toEqual({ ok: false, refusal: 'reasonRequired' });
    const sent = [...proposed, ev('2019-03-05', '2', 'cv_sent')];
    expect(checkMove({ to: 'proposed', occurredOn: '2019-03-06' }, context(sent))).toEqual({ ok: false, refusal: 'reasonRequired' });
    expect(checkMove({ to: 'proposed', occurredOn: '2019-03-06', reason: 'CV mai inviato' }, context(sent))).toEqual({ ok: true });
  });

  it('refuses a date before the enrolment, before the previous move, or in the future', () => {
    expect(checkMove({ to: 'cv_sent', occurredOn: '2019-01-10' }, context([]))).toEqual({ ok: false, refusal: 'beforeEnrolment' });
    expect(checkMove({ to: 'cv_sent', occurredOn: '2019-02-28' }, context(proposed))).toEqual({ ok: false, refusal: 'beforePreviousMove' });
    expect(checkMove({ to: 'cv_sent', occurredOn: '2020-01-01' }, context(proposed))).toEqual({ ok: false, refusal: 'inFuture' });
    expect(checkMove({ to: 'cv_sent', occurredOn: '2019-03-01' }, context(proposed))).toEqual({ ok: true });
  });

  it('refuses any move for a worker whose enrolment was taken off the file', () => {
    expect(checkMove({ to: 'cv_sent', occurredOn: '2019-03-01' }, { ...context(proposed), enrolmentDate: undefined })).toEqual({ ok: false, refusal: 'notEnrolled' });
  });
});
