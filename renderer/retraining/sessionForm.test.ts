import { describe, expect, it } from 'vitest';
import { readHours, sessionFormSchema } from './sessionForm';

describe('a lesson entered for everyone: the rows', () => {
  it('reads hours with a decimal comma or point', () => {
    expect(readHours('3,5')).toBe(3.5);
    expect(readHours(' 4 ')).toBe(4);
    expect(readHours('3.5')).toBe(3.5);
    expect(readHours('')).toBeUndefined();
    expect(readHours('3,5,1')).toBeUndefined();
    expect(readHours('tre')).toBeUndefined();
  });

  it('an absent row is 0 hours whatever its field holds; a present one names the limit it breaks', () => {
    const parsed = sessionFormSchema.safeParse({
      rows: [
        { enrolmentId: 'a', present: true, hours: '3,5' },
        { enrolmentId: 'b', present: false, hours: 'x' },
        { enrolmentId: 'c', present: true, hours: '13' },
        { enrolmentId: 'd', present: true, hours: '0' },
        { enrolmentId: 'e', present: true, hours: '2,25' },
      ],
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages).toEqual([
      ['rows.2.hours', 'retraining.session.hoursMax{"max":12}'],
      ['rows.3.hours', 'retraining.session.hoursMin{"min":0.5}'],
      ['rows.4.hours', 'retraining.validation.halfHours'],
    ]);
    const ok = sessionFormSchema.parse({ rows: [{ enrolmentId: 'a', present: true, hours: '3,5' }, { enrolmentId: 'b', present: false }] });
    expect(ok.rows).toEqual([
      { enrolmentId: 'a', hours: 3.5 },
      { enrolmentId: 'b', hours: 0 },
    ]);
  });
});
