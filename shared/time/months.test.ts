import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMonth } from '../i18n/locale';
import { addMonths, readMonthText } from './months';

describe('months as typed', () => {
  it('reads Italian and English names, numbers and ISO', () => {
    expect(readMonthText('novembre 2019')).toBe('2019-11');
    expect(readMonthText('Nov 2019')).toBe('2019-11');
    expect(readMonthText('nov. 2019')).toBe('2019-11');
    expect(readMonthText('November 2019')).toBe('2019-11');
    expect(readMonthText('11/2019')).toBe('2019-11');
    expect(readMonthText('3/2020')).toBe('2020-03');
    expect(readMonthText('2019-11')).toBe('2019-11');
    expect(readMonthText(' GIUGNO  2019 ')).toBe('2019-06');
    for (const bad of ['', '13/2019', '2019-00', 'ma 2019', 'nonmese 2019', '11/19', '2019']) expect(readMonthText(bad), bad).toBeUndefined();
  });

  it('moves across years', () => {
    expect(addMonths('2019-12', 1)).toBe('2020-01');
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(addMonths('2019-05', -17)).toBe('2017-12');
  });

  it('reads back every month it writes, in Italian and English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('it', 'en'), (year, m, language) => {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        expect(readMonthText(formatMonth(month, language))).toBe(month);
        expect(addMonths(addMonths(month, 7), -7)).toBe(month);
      }),
    );
  });
});
