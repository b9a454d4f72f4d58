import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEnrolmentCode, ENROLMENT_CODE_LENGTH, enrolmentProof, generateEnrolmentCode, verifyEnrolmentProof } from './enrolmentCode';
import { ONE_TIME_CODE_ALPHABET } from './recovery';

const claim = { programmeId: 'prog-1', enrolmentId: 'e1', deviceId: 'lap1', counselorId: 'c1', signPublicKey: 'AAAA' };

describe('enrolment code', () => {
  it('is 20 symbols in four groups of five, and reads back as typed in any case and spacing', () => {
    const code = generateEnrolmentCode();
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(checkEnrolmentCode(code.toLowerCase().replaceAll('-', ' '))).toEqual({ ok: true, code });
    expect(generateEnrolmentCode()).not.toBe(code);
  });

  it('tells a wrong length and a symbol outside the alphabet', () => {
    const code = generateEnrolmentCode();
    expect(checkEnrolmentCode(code.slice(0, -1))).toEqual({ ok: false, problem: 'length' });
    expect(checkEnrolmentCode(`${code}A`)).toEqual({ ok: false, problem: 'length' });
    expect(checkEnrolmentCode(code.replace(/^./, '0'))).toEqual({ ok: false, problem: 'character' });
    expect(checkEnrolmentCode('')).toEqual({ ok: false, problem: 'length' });
  });

  it('catches every single mistyped symbol by its check symbol', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ENROLMENT_CODE_LENGTH - 1 }), fc.integer({ min: 1, max: ONE_TIME_CODE_ALPHABET.length - 1 }), (position, shift) => {
        const symbols = generateEnrolmentCode().replaceAll('-', '');
        const wrong = ONE_TIME_CODE_ALPHABET.charAt((ONE_TIME_CODE_ALPHABET.indexOf(symbols.charAt(position)) + shift) % ONE_TIME_CODE_ALPHABET.length);
        const typed = symbols.slice(0, position) + wrong + symbols.slice(position + 1);
        expect(checkEnrolmentCode(typed)).toEqual({ ok: false, problem: 'checkSymbol' });
      }),
      { numRuns: 300 },
    );
  });

  it('catches a swap of two different neighbouring symbols', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ENROLMENT_CODE_LENGTH - 2 }), (position) => {
        const symbols = generateEnrolmentCode().replaceAll('-', '');
        const a = symbols.charAt(position);
        const b = symbols.charAt(position + 1);
        fc.pre(a !== b);
        const swapped = symbols.slice(0, position) + b + a + symbols.slice(position + 2);
        // Luhn mod N misses a swap of neighbours only when their values add up to N − 1.
        const sum = ONE_TIME_CODE_ALPHABET.indexOf(a) + ONE_TIME_CODE_ALPHABET.indexOf(b);
        if (sum !== ONE_TIME_CODE_ALPHABET.length - 1) expect(checkEnrolmentCode(swapped).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('enrolment proof', () => {
  it('verifies with the code in any typed form, and with nothing else', () => {
    const code = generateEnrolmentCode();
    const proof = enrolmentProof(code, claim);
    expect(verifyEnrolmentProof(code.toLowerCase(), claim, proof)).toBe(true);
    expect(verifyEnrolmentProof(generateEnrolmentCode(), claim, proof)).toBe(false);
    for (const field of Object.keys(claim) as (keyof typeof claim)[]) {
      expect(verifyEnrolmentProof(code, { ...claim, [field]: `${claim[field]}x` }, proof)).toBe(false);
    }
    expect(verifyEnrolmentProof(code, claim, 'not base64 !')).toBe(false);
    expect(verifyEnrolmentProof(code, claim, proof.slice(4))).toBe(false);
  });
});
