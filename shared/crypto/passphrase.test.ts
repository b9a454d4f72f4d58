import { describe, expect, it } from 'vitest';
import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { evaluateWith, loadPassphraseChecker, PASSPHRASE_MIN_LENGTH, passphraseLength, type PassphraseIssue } from './passphrase';

const checker = await loadPassphraseChecker();
const PERSONAL = ['Maria Bandini', 'PCO', 'Figline Valdarno'];

describe('loadPassphraseChecker', () => {
  it('loads the dictionaries once', async () => {
    expect(await loadPassphraseChecker()).toBe(checker);
  });
});

describe('weak passphrases', () => {
  it('password123: too short, a common password, too weak', () => {
    const result = checker.evaluate('password123', PERSONAL);
    expect(result.acceptable).toBe(false);
    expect(result.score).toBeLessThan(3);
    expect(result.issues).toEqual(expect.arrayContaining<PassphraseIssue>(['tooShort', 'common', 'tooWeak']));
  });

  it('figline2019: the programme’s place and a year', () => {
    const result = checker.evaluate('figline2019', PERSONAL);
    expect(result.acceptable).toBe(false);
    expect(result.issues).toEqual(expect.arrayContaining<PassphraseIssue>(['tooShort', 'personal', 'tooWeak']));
  });

  it('a long, otherwise strong passphrase with the user’s name is still refused', () => {
    const result = checker.evaluate('Maria Bandini ama il mare 1968', PERSONAL);
    expect(result.score).toBeGreaterThanOrEqual(3);
    expect(result.acceptable).toBe(false);
    expect(result.issues).toEqual(['personal']);
    // Accents and case do not hide it.
    expect(checker.evaluate('niccolo e le sue tre mele', ['Niccolò Rossi']).issues).toContain('personal');
    expect(checker.evaluate('MARIABANDINI-tramonto-42', PERSONAL).issues).toContain('personal');
  });

  it('names the patterns it found', () => {
    const issues = (passphrase: string) => checker.evaluate(passphrase, []).issues;
    expect(issues('aaaaaaaaaaaaaaa')).toContain('repeat');
    expect(issues('abcdefghijklmn')).toContain('sequence');
    expect(issues('12/03/1968')).toContain('dates');
    expect(issues('rossi')).toContain('names');
    expect(issues('tramonto')).toEqual(['tooShort', 'tooWeak']);
  });
});

describe('strong passphrases', () => {
  it('several unrelated words are acceptable', () => {
    for (const passphrase of ['cavallo batteria graffetta corretta', 'sollevare pesi ogni giorno', 'correct horse battery staple']) {
      const result = checker.evaluate(passphrase, PERSONAL);
      expect(result, passphrase).toEqual({ score: expect.any(Number), acceptable: true, issues: [] });
      expect(result.score).toBeGreaterThanOrEqual(3);
    }
  });

  it('short personal tokens only count as whole words ("Eva" is not in "sollevare")', () => {
    expect(checker.evaluate('sollevare pesi ogni giorno', ['Eva']).acceptable).toBe(true);
    expect(checker.evaluate('eva solleva pesi ogni giorno', ['Eva']).issues).toContain('personal');
  });
});

describe('length', () => {
  it('counts characters after NFC, not UTF-16 units or bytes', () => {
    expect(PASSPHRASE_MIN_LENGTH).toBe(12);
    expect(passphraseLength('caffe\u0300')).toBe(5);
    expect(passphraseLength('😀😀')).toBe(2);
  });
});

describe('warning mapping', () => {
  const withWarning = (warning: string | null, score: ZxcvbnResult['score'] = 1) =>
    evaluateWith({ check: () => ({ score, feedback: { warning, suggestions: [] } }) as unknown as ZxcvbnResult }, 'abbastanza lunga davvero', []).issues;

  it('turns zxcvbn warning keys into stable issue codes', () => {
    const expected: Record<string, PassphraseIssue> = {
      straightRow: 'keyboardPattern',
      keyPattern: 'keyboardPattern',
      simpleRepeat: 'repeat',
      extendedRepeat: 'repeat',
      sequences: 'sequence',
      recentYears: 'dates',
      dates: 'dates',
      topTen: 'common',
      topHundred: 'common',
      common: 'common',
      similarToCommon: 'common',
      pwned: 'common',
      wordByItself: 'singleWord',
      namesByThemselves: 'names',
      commonNames: 'names',
      userInputs: 'personal',
    };
    for (const [warning, issue] of Object.entries(expected)) expect(withWarning(warning)).toEqual(expect.arrayContaining([issue, 'tooWeak']));
  });

  it('ignores unknown or absent warnings', () => {
    expect(withWarning('somethingNew')).toEqual(['tooWeak']);
    expect(withWarning(null, 4)).toEqual([]);
    expect(withWarning('toString')).toEqual(['tooWeak']);
  });
});
