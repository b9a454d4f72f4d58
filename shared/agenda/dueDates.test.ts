import { describe, expect, it } from 'vitest';
import { datesInText, fixedTermEnd, isOverdue, trialEnd } from './dueDates';

describe('dates derived from case work', () => {
  it('an activity is overdue after its due date unless done or cancelled', () => {
    expect(isOverdue({ dueDate: '2019-12-30', state: 'planned' }, '2019-12-31')).toBe(true);
    expect(isOverdue({ dueDate: '2019-12-30', state: 'in_progress' }, '2019-12-31')).toBe(true);
    expect(isOverdue({ dueDate: '2019-12-31', state: 'planned' }, '2019-12-31')).toBe(false);
    expect(isOverdue({ dueDate: '2019-12-30', state: 'done' }, '2019-12-31')).toBe(false);
    expect(isOverdue({ dueDate: '2019-12-30', state: 'cancelled' }, '2019-12-31')).toBe(false);
  });

  it('a trial ends 30 days after the stage change', () => {
    expect(trialEnd('2019-10-01')).toBe('2019-10-31');
    expect(trialEnd('2019-12-15')).toBe('2020-01-14');
  });

  it('a fixed-term contract ends the day before the same date months later', () => {
    expect(fixedTermEnd('2019-03-01', 12)).toBe('2020-02-29');
    expect(fixedTermEnd('2019-09-16', 6)).toBe('2020-03-15');
    expect(fixedTermEnd('2019-01-31', 1)).toBe('2019-02-27');
  });

  it('finds real dd/mm/yyyy dates written in a text', () => {
    expect(datesInText('Rivedersi il 15/10/2019, poi il 3.11.2019 e di nuovo il 15/10/2019')).toEqual(['2019-10-15', '2019-11-03']);
    expect(datesInText('Nessuna data; telefono 055/912/2019; 31/02/2019 non esiste')).toEqual([]);
    expect(datesInText('')).toEqual([]);
  });
});
