import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computePartitaIvaCheckDigit, validatePartitaIva } from './partitaIva';

const withCheckDigit = (first10: string) => first10 + computePartitaIvaCheckDigit(first10);

describe('computePartitaIvaCheckDigit', () => {
  it('sums odd positions and doubled even positions (minus 9 above 9)', () => {
    // 1 2 3 4 5 6 7 0 0 1 → 1+3+5+7+0 = 16; doubles 4, 8, 12-9=3, 0, 2 = 17; total 33 → 10-3 = 7
    expect(computePartitaIvaCheckDigit('1234567001')).toBe('7');
    expect(computePartitaIvaCheckDigit('0000000001')).toBe('8');
    expect(computePartitaIvaCheckDigit('0000000000')).toBe('0');
  });

  it('rejects anything but 10 digits', () => {
    expect(() => computePartitaIvaCheckDigit('123')).toThrow(RangeError);
    expect(() => computePartitaIvaCheckDigit('12345A7001')).toThrow(RangeError);
  });
});

describe('validatePartitaIva', () => {
  it.each([
    ['00905811006', 'Eni'],
    ['00488410010', 'Telecom Italia'],
    ['01114601006', 'Poste Italiane'],
  ])('accepts the public VAT number %s (%s)', (value) => {
    expect(validatePartitaIva(value)).toEqual({ ok: true, value });
  });

  it.each(['001', '100', '120', '121', '888', '999'])('accepts office code %s', (office) => {
    const value = withCheckDigit(`1234567${office}`);
    expect(validatePartitaIva(value)).toEqual({ ok: true, value });
  });

  it('ignores spaces', () => {
    expect(validatePartitaIva(' 009 0581 1006 ')).toEqual({ ok: true, value: '00905811006' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0090581100', 'length'],
    ['009058110060', 'length'],
    ['IT009058110', 'format'], // 11 characters, but a country prefix is not part of the number
    ['0090581100A', 'format'],
    ['009-5811006', 'format'],
    ['00905811007', 'checkDigit'],
    ['00905811016', 'checkDigit'],
    [withCheckDigit('1234567000'), 'office'],
    [withCheckDigit('1234567101'), 'office'],
    [withCheckDigit('1234567122'), 'office'],
    [withCheckDigit('1234567500'), 'office'],
    ['00000000000', 'office'],
  ])('%j → %s', (value, error) => {
    expect(validatePartitaIva(value)).toEqual({ ok: false, error });
  });

  it('detects any single-digit typo', () => {
    const base = withCheckDigit('0123456001');
    for (let position = 0; position < 11; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        const typo = base.slice(0, position) + String(digit) + base.slice(position + 1);
        if (typo !== base) expect(validatePartitaIva(typo).ok).toBe(false);
      }
    }
  });

  it('accepts every number built with the check digit and a valid office (property)', () => {
    const serial = fc.stringMatching(/^\d{7}$/);
    const office = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(120, 121, 888, 999)).map((n) => String(n).padStart(3, '0'));
    fc.assert(
      fc.property(serial, office, (digits, officeCode) => {
        expect(validatePartitaIva(withCheckDigit(digits + officeCode)).ok).toBe(true);
      }),
    );
  });
});
