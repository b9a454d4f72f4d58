import { describe, expect, it } from 'vitest';
import { canReturnToProgramme, countHirings, fixedTermEndDate, needsOverbookingConfirmation, placementEndDate, placementFormSchema, positionsLeft } from './placement';

const form = { hiredOn: '2019-05-02', contractType: 'permanent', startDate: '2019-05-06', incentive: 'company_third_party' } as const;

describe('placement form', () => {
  it('accepts a permanent hiring and drops months it does not need', () => {
    const parsed = placementFormSchema.parse({ ...form, fixedTermMonths: 12, partTimePercent: 75 });
    expect(parsed.fixedTermMonths).toBeUndefined();
    expect(parsed.partTimePercent).toBe(75);
  });

  it('requires the months of a fixed-term contract', () => {
    const result = placementFormSchema.safeParse({ ...form, contractType: 'fixed_term' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['fixedTermMonths'], message: 'candidacies.validation.fixedTermMonthsRequired' });
    expect(placementFormSchema.safeParse({ ...form, contractType: 'agency_fixed_term', fixedTermMonths: 6 }).success).toBe(true);
  });

  it('keeps part-time and hours within bounds and requires an incentive choice', () => {
    expect(placementFormSchema.safeParse({ ...form, partTimePercent: 100 }).success).toBe(false);
    expect(placementFormSchema.safeParse({ ...form, hoursPerWeek: 0 }).success).toBe(false);
    expect(placementFormSchema.safeParse({ ...form, incentive: '' }).success).toBe(false);
  });
});

describe('fixed-term end', () => {
  it('ends the day before the same date months later', () => {
    expect(fixedTermEndDate('2019-03-01', 12)).toBe('2020-02-29');
    expect(fixedTermEndDate('2019-06-17', 6)).toBe('2019-12-16');
    expect(fixedTermEndDate('2019-01-31', 1)).toBe('2019-02-27');
  });

  it('has no end for a permanent contract', () => {
    expect(placementEndDate({ contractType: 'permanent', startDate: '2019-03-01' })).toBeUndefined();
    expect(placementEndDate({ contractType: 'fixed_term', startDate: '2019-03-01', fixedTermMonths: 3 })).toBe('2019-05-31');
  });

  it('lets the worker come back from the end date on', () => {
    const placement = { contractType: 'fixed_term' as const, startDate: '2019-03-01', fixedTermMonths: 3 };
    expect(canReturnToProgramme(placement, '2019-05-30')).toBe(false);
    expect(canReturnToProgramme(placement, '2019-05-31')).toBe(true);
    expect(canReturnToProgramme({ contractType: 'permanent', startDate: '2019-03-01' }, '2025-01-01')).toBe(false);
  });
});

describe('positions left', () => {
  it('counts the hirings recorded on the offer', () => {
    const placements = [{ offerId: 'a' }, { offerId: 'b' }, { offerId: 'a' }, {}];
    expect(countHirings(placements, 'a')).toBe(2);
    expect(positionsLeft(3, 2)).toBe(1);
    expect(positionsLeft(2, 3)).toBe(0);
  });

  it('asks for confirmation once no position is left', () => {
    expect(needsOverbookingConfirmation(2, 1)).toBe(false);
    expect(needsOverbookingConfirmation(2, 2)).toBe(true);
  });
});

describe('placement form messages', () => {
  it('reports missing months together with the other missing fields', () => {
    const result = placementFormSchema.safeParse({ hiredOn: '2019-05-02', contractType: 'fixed_term', startDate: '2019-05-06', incentive: '' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['fixedTermMonths', 'incentive']);
  });

  it('refuses fractional months', () => {
    expect(placementFormSchema.safeParse({ ...form, contractType: 'fixed_term', fixedTermMonths: 6.5 }).success).toBe(false);
  });
});
