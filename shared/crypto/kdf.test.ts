import { describe, expect, it } from 'vitest';
import { generateDataKey, unwrapDataKey, wrapDataKey } from './dataKey';
import { KdfParametersError, WrongSecretError } from './errors';
import { ARGON2ID_DEFAULTS, ARGON2ID_MINIMUMS, checkKdfParams, deriveWrappingKey, generateSalt, SALT_BYTES, type Argon2idParams } from './kdf';

// The accepted floor: ~0.1 s per derivation instead of ~0.5 s with the defaults.
const FAST: Argon2idParams = { ...ARGON2ID_MINIMUMS, parallelism: 1 };

/** Two wrapping keys are "the same" when one unwraps what the other wrapped (they cannot be exported). */
async function sameKey(a: Awaited<ReturnType<typeof deriveWrappingKey>>, b: typeof a): Promise<boolean> {
  const wrapped = await wrapDataKey(await generateDataKey(), a);
  try {
    await unwrapDataKey(wrapped, b, { extractable: false });
    return true;
  } catch (error) {
    if (error instanceof WrongSecretError) return false;
    throw error;
  }
}

describe('ARGON2ID_DEFAULTS', () => {
  it('is RFC 9106’s second recommended cost with one lane, and frozen', () => {
    expect(ARGON2ID_DEFAULTS).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(Object.isFrozen(ARGON2ID_DEFAULTS)).toBe(true);
    expect(() => checkKdfParams(ARGON2ID_DEFAULTS)).not.toThrow();
  });
});

describe('checkKdfParams', () => {
  const problem = (params: Argon2idParams) => {
    try {
      checkKdfParams(params);
      return undefined;
    } catch (error) {
      if (error instanceof KdfParametersError) return error.problem;
      throw error;
    }
  };

  it('accepts the floor and refuses anything below it as weak', () => {
    expect(problem(FAST)).toBeUndefined();
    expect(problem({ ...FAST, memoryKiB: 19_455 })).toBe('weak');
    expect(problem({ ...FAST, iterations: 1 })).toBe('weak');
    expect(problem({ memoryKiB: 4096, iterations: 1, parallelism: 1 })).toBe('weak');
  });

  it('refuses absurd costs (an edited key store must not hang the app) and non-integers', () => {
    expect(problem({ ...FAST, memoryKiB: 4 * 1_048_576 })).toBe('excessive');
    expect(problem({ ...FAST, iterations: 1000 })).toBe('excessive');
    expect(problem({ ...FAST, parallelism: 64 })).toBe('excessive');
    expect(problem({ ...FAST, parallelism: 0 })).toBe('invalid');
    expect(problem({ ...FAST, iterations: 2.5 })).toBe('invalid');
    expect(problem({ ...FAST, memoryKiB: Number.NaN })).toBe('invalid');
  });
});

describe('deriveWrappingKey', () => {
  it('gives a non-extractable AES-GCM-256 key that can only wrap and unwrap', async () => {
    const key = await deriveWrappingKey('una passphrase qualsiasi', generateSalt(), FAST);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
  });

  it('is deterministic for a passphrase and salt, and depends on both', async () => {
    const salt = generateSalt();
    const key = await deriveWrappingKey('cavallo batteria', salt, FAST);
    expect(await sameKey(key, await deriveWrappingKey('cavallo batteria', salt, FAST))).toBe(true);
    expect(await sameKey(key, await deriveWrappingKey('cavallo batterie', salt, FAST))).toBe(false);
    expect(await sameKey(key, await deriveWrappingKey('cavallo batteria', generateSalt(), FAST))).toBe(false);
    expect(await sameKey(key, await deriveWrappingKey('cavallo batteria', salt, { ...FAST, iterations: 3 }))).toBe(false);
  });

  it('normalises to NFC: composed and decomposed accents give the same key', async () => {
    const salt = generateSalt();
    const composed = 'perch\u00e9 caff\u00e8';
    const decomposed = 'perche\u0301 caffe\u0300';
    expect(composed).not.toBe(decomposed);
    expect(await sameKey(await deriveWrappingKey(composed, salt, FAST), await deriveWrappingKey(decomposed, salt, FAST))).toBe(true);
  });

  it('refuses weak parameters and short salts before hashing anything', async () => {
    await expect(deriveWrappingKey('x', generateSalt(), { memoryKiB: 1024, iterations: 1, parallelism: 1 })).rejects.toBeInstanceOf(KdfParametersError);
    await expect(deriveWrappingKey('x', new Uint8Array(SALT_BYTES - 1), FAST)).rejects.toMatchObject({ name: 'KdfParametersError', problem: 'weak' });
    await expect(deriveWrappingKey('', generateSalt(), FAST)).rejects.toBeInstanceOf(TypeError);
  });
});
