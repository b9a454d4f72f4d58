import { describe, expect, it } from 'vitest';
import { generateRecoveryCode, normalizeRecoveryCode, recoveryCodeSecret, RECOVERY_CODE_LENGTH } from './recoveryCode';

const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){4}-[0-9A-HJKMNP-TV-Z]$/;

describe('generateRecoveryCode', () => {
  it('gives 26 Crockford symbols grouped by five', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(CANONICAL);
    expect(recoveryCodeSecret(code)).toHaveLength(RECOVERY_CODE_LENGTH);
    expect(normalizeRecoveryCode(code)).toBe(code);
  });

  it('is random: no repeats, every symbol used, roughly uniform', () => {
    const codes = Array.from({ length: 2000 }, generateRecoveryCode);
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const symbol of codes.join('').replaceAll('-', '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 52,000 symbols over 32 values: 1,625 expected each; ±20% is > 8 standard deviations.
    for (const count of counts.values()) expect(Math.abs(count - 1625)).toBeLessThan(325);
  });
});

describe('normalizeRecoveryCode', () => {
  const code = 'ABCDE-FGH1J-KMNPQ-RSTVW-XYZ01-2';

  it('ignores case, spaces and dashes', () => {
    expect(normalizeRecoveryCode('abcde fgh1j kmnpq rstvw xyz01 2')).toBe(code);
    expect(normalizeRecoveryCode('  ABCDEFGH1JKMNPQRSTVWXYZ012 ')).toBe(code);
    expect(normalizeRecoveryCode('abcde-fgh1j-kmnpq-rstvw-xyz01-2\n')).toBe(code);
  });

  it('reads I and L as 1 and O as 0, as Crockford does', () => {
    expect(normalizeRecoveryCode('ABCDE-FGHIJ-KMNPQ-RSTVW-XYZOl-2')).toBe(code);
    expect(normalizeRecoveryCode('abcde-fghij-kmnpq-rstvw-xyzoL-2')).toBe(code);
  });

  it('refuses wrong lengths and characters outside the alphabet', () => {
    expect(normalizeRecoveryCode('')).toBeUndefined();
    expect(normalizeRecoveryCode('ABCDE-FGH1J-KMNPQ-RSTVW-XYZ01')).toBeUndefined();
    expect(normalizeRecoveryCode('ABCDE-FGH1J-KMNPQ-RSTVW-XYZ01-23')).toBeUndefined();
    expect(normalizeRecoveryCode('ABCDE-FGH1J-KMNPQ-RSTVW-XYZ01-U')).toBeUndefined();
    expect(normalizeRecoveryCode('ABCDE-FGH1J-KMNPQ-RSTVW-XYZ01-*')).toBeUndefined();
    expect(normalizeRecoveryCode('ABCDE-FGH1J-KMNPQ-RSTVW-XYZ0ß')).toBeUndefined();
  });
});
