import { describe, expect, it } from 'vitest';
import type { Venture } from '../domain/casework';
import { allMilestones, fundingTotals, isLaunched, launchedNow, milestonesDone, ventureIssues } from './venture';
import { courseWarnings, coursePhase } from './course';

const WORKER = '018f0000-0000-7000-8000-000000000001';
const venture = (overrides: Partial<Venture> = {}): Venture => ({
  workerId: WORKER,
  idea: 'Officina di riparazione di macchine utensili',
  ateco: { code: '33.12.10', section: 'C', version: '2007', description: 'Riparazione e manutenzione di macchine' },
  milestones: allMilestones([]),
  funding: [],
  ...overrides,
});

describe('venture milestones', () => {
  it('lists every milestone once in order, keeping the dates given', () => {
    const milestones = allMilestones([{ kind: 'launch', dueDate: '2019-09-01', doneOn: '' }]);
    expect(milestones.map((m) => m.kind)).toEqual(['business_plan', 'funding_application', 'registration', 'launch']);
    expect(milestones[3]).toEqual({ kind: 'launch', dueDate: '2019-09-01', doneOn: '' });
  });

  it('knows when a save launches the business', () => {
    const planned = venture();
    const launched = venture({ milestones: allMilestones([{ kind: 'launch', doneOn: '2019-09-02' }]) });
    expect(isLaunched(planned)).toBe(false);
    expect(launchedNow(planned, launched)).toBe(true);
    expect(launchedNow(undefined, launched)).toBe(true);
    expect(launchedNow(launched, launched)).toBe(false);
    expect(milestonesDone(launched)).toBe(1);
  });
});

describe('venture rules', () => {
  it('totals funding requested and granted, leaving refused applications out', () => {
    const funded = venture({
      funding: [
        { id: 'a', source: 'Microcredito Regione Toscana', requested: 20000, granted: 18000, state: 'granted' },
        { id: 'b', source: 'Banca', requested: 15000, state: 'refused' },
        { id: 'c', source: 'Piano sociale', requested: 5000, state: 'applied' },
      ],
    });
    expect(fundingTotals(funded)).toEqual({ requested: 25000, granted: 18000 });
  });

  it('asks for the amount of a grant and refuses a milestone done in the future', () => {
    const issues = ventureIssues(
      venture({ milestones: allMilestones([{ kind: 'business_plan', doneOn: '2019-06-01' }]), funding: [{ id: 'a', source: 'Invitalia', requested: 30000, state: 'granted' }] }),
      '2019-05-31',
    );
    expect(issues).toEqual([
      { path: ['milestones', 0, 'doneOn'], message: 'retraining.validation.doneInFuture' },
      { path: ['funding', 0, 'granted'], message: 'retraining.validation.grantedAmountRequired' },
    ]);
  });

  it('checks the ATECO section against the code', () => {
    expect(ventureIssues(venture(), '2019-12-31')).toEqual([]);
    expect(ventureIssues(venture({ ateco: { code: '56.30.00', section: 'C', version: '2007', description: '' } }), '2019-12-31')).toEqual([
      { path: ['ateco', 'section'], message: 'retraining.validation.atecoSection' },
    ]);
  });
});

describe('course facts', () => {
  it('warns when a regional voucher pays for a course without a qualification', () => {
    expect(courseWarnings({ funding: 'regional_voucher', qualification: '' })).toEqual(['voucherNeedsQualification']);
    expect(courseWarnings({ funding: 'regional_voucher', qualification: 'Saldatore (EQF 3)' })).toEqual([]);
    expect(courseWarnings({ funding: 'social_plan', qualification: '' })).toEqual([]);
  });

  it('tells upcoming, running and finished courses apart', () => {
    const course = { startDate: '2019-03-04', endDate: '2019-04-30' };
    expect(coursePhase(course, '2019-03-01')).toBe('upcoming');
    expect(coursePhase(course, '2019-04-30')).toBe('running');
    expect(coursePhase(course, '2019-05-01')).toBe('finished');
  });
});
