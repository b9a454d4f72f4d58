import { describe, expect, it } from 'vitest';
import { generateProgrammeKey } from './deviceKeys';
import { generateOneTimeCode, normaliseCode, RecoveryUnwrapError, unwrapDataKeyWithCode, unwrapDataKeyWithProgramme, wrapDataKeyForProgramme, wrapDataKeyWithCode } from './recovery';

const rawKey = new Uint8Array(32).map((_, i) => i * 7);

describe('recovery of a laptop data key', () => {
  it('wraps to the programme recipient and unwraps only with the programme identity', async () => {
    const programme = await generateProgrammeKey();
    const wrapped = await wrapDataKeyForProgramme(rawKey, programme.recipient);
    expect(wrapped).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
    expect(await unwrapDataKeyWithProgramme(wrapped, programme.identity)).toEqual(rawKey);
    const other = await generateProgrammeKey();
    await expect(unwrapDataKeyWithProgramme(wrapped, other.identity)).rejects.toBeInstanceOf(RecoveryUnwrapError);
  });

  it('re-wraps with a one-time code (age scrypt) that survives case, spaces and dashes', async () => {
    const code = generateOneTimeCode();
    expect(code).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    expect(generateOneTimeCode()).not.toBe(code);
    const wrapped = await wrapDataKeyWithCode(rawKey, code, { logN: 10 });
    expect(await unwrapDataKeyWithCode(wrapped, ` ${code.toLowerCase().replaceAll('-', ' ')} `)).toEqual(rawKey);
    await expect(unwrapDataKeyWithCode(wrapped, 'AAAAA-AAAAA-AAAAA-AAAAA')).rejects.toBeInstanceOf(RecoveryUnwrapError);
    expect(normaliseCode('ab-c d')).toBe('ABCD');
  });
});
