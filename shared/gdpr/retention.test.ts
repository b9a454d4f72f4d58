import { describe, expect, it } from 'vitest';
import { addMonthsIso, DEFAULT_RETENTION_MONTHS, erasureEligibility } from './retention';
import { consent, created, event, fullWorker, status } from './testing';

const placed = fullWorker();
const active = fullWorker({ status: 'active', exitReason: undefined });
const journey = () => [
  event('2019-01-15', created),
  event('2019-01-15', status(null, 'active')),
  event('2019-01-15', consent(true)),
  event('2019-09-02', status('active', 'placed', '', 'placed')),
];

describe('erasureEligibility', () => {
  it('defaults to 24 months', () => {
    expect(DEFAULT_RETENTION_MONTHS).toBe(24);
  });

  it('keeps a worker still in the programme, however old the file', () => {
    const events = [event('2019-01-15', created), event('2019-01-15', status(null, 'active'))];
    expect(erasureEligibility(active, events, '2030-01-01', 24)).toEqual({ eligible: false, reason: 'stillInProgramme' });
    for (const current of ['in_training', 'self_employed'] as const) {
      expect(erasureEligibility(fullWorker({ status: current }), events, '2030-01-01', 24)).toEqual({ eligible: false, reason: 'stillInProgramme' });
    }
  });

  it('counts the retention from the change into the leaving status', () => {
    expect(erasureEligibility(placed, journey(), '2021-09-01', 24)).toEqual({
      eligible: false,
      reason: 'retentionNotEnded',
      exitDate: '2019-09-02',
      availableOn: '2021-09-02',
    });
  });

  it('is eligible exactly retentionMonths after the exit, and later', () => {
    expect(erasureEligibility(placed, journey(), '2021-09-02', 24)).toEqual({ eligible: true, exitDate: '2019-09-02' });
    expect(erasureEligibility(placed, journey(), '2025-01-01', 24)).toEqual({ eligible: true, exitDate: '2019-09-02' });
  });

  it('uses the latest change into the current status when the worker left twice', () => {
    const events = [
      ...journey(),
      event('2019-12-01', status('placed', 'active', 'contratto non rinnovato')),
      event('2020-03-16', status('active', 'placed', '', 'placed')),
    ];
    expect(erasureEligibility(placed, events, '2022-03-15', 24)).toMatchObject({ eligible: false, reason: 'retentionNotEnded', exitDate: '2020-03-16', availableOn: '2022-03-16' });
    expect(erasureEligibility(placed, events, '2022-03-16', 24)).toEqual({ eligible: true, exitDate: '2020-03-16' });
  });

  it('orders same-day events by HLC, whatever order they arrive in', () => {
    const first = event('2020-03-16', status('active', 'placed', '', 'placed'));
    const second = event('2020-03-16', status('placed', 'withdrawn', '', 'resignation'));
    const withdrawn = fullWorker({ status: 'withdrawn', exitReason: 'resignation' });
    expect(erasureEligibility(withdrawn, [second, first], '2020-04-01', 0)).toEqual({ eligible: true, exitDate: '2020-03-16' });
    const backAndForth = [event('2020-01-10', status('active', 'withdrawn', '', 'resignation')), event('2020-05-10', status('withdrawn', 'active')), event('2020-06-10', status('active', 'withdrawn', '', 'resignation'))];
    expect(erasureEligibility(withdrawn, backAndForth.reverse(), '2020-06-10', 0)).toEqual({ eligible: true, exitDate: '2020-06-10' });
  });

  it('falls back to the latest event when no change into the leaving status was recorded', () => {
    const retired = fullWorker({ status: 'retired', exitReason: 'retirement' });
    const events = [event('2019-01-15', created), event('2019-01-15', status(null, 'active')), event('2019-04-30', consent(true))];
    expect(erasureEligibility(retired, events, '2021-04-29', 24)).toMatchObject({ eligible: false, exitDate: '2019-04-30', availableOn: '2021-04-30' });
    expect(erasureEligibility(retired, events, '2021-04-30', 24)).toEqual({ eligible: true, exitDate: '2019-04-30' });
  });

  it('never erases a leaving worker with no dated event', () => {
    expect(erasureEligibility(placed, [], '2040-01-01', 24)).toEqual({ eligible: false, reason: 'retentionNotEnded' });
  });

  it('clamps the anniversary to the end of a shorter month', () => {
    const events = [event('2020-02-29', status('active', 'placed', '', 'placed'))];
    expect(erasureEligibility(placed, events, '2022-02-27', 24)).toMatchObject({ eligible: false, availableOn: '2022-02-28' });
    expect(erasureEligibility(placed, events, '2022-02-28', 24)).toEqual({ eligible: true, exitDate: '2020-02-29' });
    expect(addMonthsIso('2019-08-31', 6)).toBe('2020-02-29');
  });

  it('with zero retention months, erasure is possible from the exit day itself', () => {
    expect(erasureEligibility(placed, journey(), '2019-09-01', 0)).toMatchObject({ eligible: false, availableOn: '2019-09-02' });
    expect(erasureEligibility(placed, journey(), '2019-09-02', 0)).toEqual({ eligible: true, exitDate: '2019-09-02' });
  });

  describe('consent withdrawn', () => {
    it('makes the worker eligible at once, even while active', () => {
      const events = [...journey().slice(0, 3), event('2019-06-20', consent(false))];
      expect(erasureEligibility(active, events, '2019-06-20', 24)).toEqual({ eligible: true, exitDate: '2019-06-20' });
    });

    it('overrides a retention period still running', () => {
      const events = [...journey(), event('2019-10-01', consent(false))];
      expect(erasureEligibility(placed, events, '2019-10-02', 24)).toEqual({ eligible: true, exitDate: '2019-10-01' });
    });

    it('no longer counts once consent is given again', () => {
      const events = [...journey().slice(0, 3), event('2019-06-20', consent(false)), event('2019-07-01', consent(true))];
      expect(erasureEligibility(active, events, '2019-08-01', 24)).toEqual({ eligible: false, reason: 'stillInProgramme' });
    });

    it('counts a withdrawal with no earlier consent event', () => {
      expect(erasureEligibility(active, [event('2019-03-01', consent(false))], '2019-03-01', 24)).toEqual({ eligible: true, exitDate: '2019-03-01' });
    });

    it('decides between a same-day withdrawal and re-consent by HLC', () => {
      const withdrawal = event('2019-06-20', consent(false));
      const again = event('2019-06-20', consent(true));
      expect(erasureEligibility(active, [again, withdrawal], '2019-06-21', 24)).toMatchObject({ eligible: false, reason: 'stillInProgramme' });
    });
  });

  it('rejects a malformed date or retention', () => {
    expect(() => erasureEligibility(placed, journey(), '2021-02-30', 24)).toThrow(RangeError);
    expect(() => erasureEligibility(placed, journey(), '02/09/2021', 24)).toThrow(RangeError);
    expect(() => erasureEligibility(placed, journey(), '2021-09-02', -1)).toThrow(RangeError);
    expect(() => erasureEligibility(placed, journey(), '2021-09-02', 1.5)).toThrow(RangeError);
  });
});
