import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatFixed, formatPercent, formatSigned, parseDecimal } from './numbers';

describe('Italian numbers', () => {
  it('writes a decimal comma and groups thousands, four digits included', () => {
    expect(formatDecimal(98.8)).toBe('98,8');
    expect(formatDecimal(1.3)).toBe('1,3');
    expect(formatDecimal(8000)).toBe('8.000');
    expect(formatDecimal(204_800.25, 'it', 2)).toBe('204.800,25');
    expect(formatDecimal(2.46)).toBe('2,5');
    expect(formatDecimal(3)).toBe('3');
  });

  it('writes English when English is chosen', () => {
    expect(formatDecimal(1234.5, 'en')).toBe('1,234.5');
    expect(formatSigned(12.8, 'en')).toBe('+12.8');
  });

  it('shows the sign of a difference', () => {
    expect(formatSigned(12.8)).toBe('+12,8');
    expect(formatSigned(-3)).toBe('-3');
    expect(formatSigned(0)).toBe('0');
  });

  it('keeps a fixed number of decimals and writes percentages', () => {
    expect(formatFixed(1.3, 'it', 2)).toBe('1,30');
    expect(formatPercent(98.84)).toBe('98,8%');
  });

  it('reads what a person types', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.234')).toBe(1234);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal(' 0,5 ')).toBe(0.5);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('0.500')).toBe(0.5);
    for (const bad of ['', 'abc', '1,2,3', '12,5.1', '1.23.4', ',', '-', '1e5']) expect(parseDecimal(bad), bad).toBeUndefined();
  });

  it('reads back every number it writes, in both languages', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (value, digits) => {
        const written = formatDecimal(value, 'it', digits);
        const rounded = Number(value.toFixed(digits));
        expect(parseDecimal(written)).toBeCloseTo(rounded === 0 ? 0 : rounded, digits);
        expect(written).not.toMatch(/\.\d{1,2}$|\.\d{4,}/);
      }),
    );
  });
});
