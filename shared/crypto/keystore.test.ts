import { beforeAll, describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './encoding';
import { KdfParametersError, MalformedRecoveryCodeError, PassphraseTooShortError, WrongSecretError } from './errors';
import { ARGON2ID_DEFAULTS, ARGON2ID_MINIMUMS, type Argon2idParams } from './kdf';
import { changePassphrase, createKeystore, parseKeystore, unlockWithPassphrase, unlockWithRecoveryCode, type Keystore } from './keystore';
import { generateRecoveryCode } from './recoveryCode';
import type { CryptoKey } from './runtime';
import { openJson, sealJson, type Sealed } from './sealed';

// The accepted floor: ~0.1 s per derivation. One test below runs the real defaults.
const FAST: Argon2idParams = { ...ARGON2ID_MINIMUMS, parallelism: 1 };
const PASSPHRASE = 'cavallo batteria graffetta corretta';
const NEXT = 'sollevare pesi ogni giorno al Valdarno';
const RECOVERY = generateRecoveryCode();
const CREATED = new Date('2024-03-01T09:00:00.000Z');
const LATER = new Date('2024-09-15T17:30:00.000Z');
const AD = 'workers/01/profile';

let keystore: Keystore;
let dataKey: CryptoKey;
let sealedBefore: Sealed;

beforeAll(async () => {
  ({ keystore, dataKey } = await createKeystore({ passphrase: PASSPHRASE, recoveryCode: RECOVERY, now: CREATED, params: FAST }));
  sealedBefore = await sealJson(dataKey, { surname: 'Bandini' }, AD);
});

const opens = async (key: CryptoKey) => (await openJson(key, sealedBefore, AD)) as unknown;

describe('createKeystore', () => {
  it('writes a valid key store and hands back a non-extractable data key', () => {
    expect(parseKeystore(keystore)).toEqual({ ok: true, keystore });
    expect(keystore).toMatchObject({ format: 'pco-keystore', version: 1, osProtected: false, createdAt: CREATED.toISOString(), updatedAt: CREATED.toISOString() });
    expect(keystore.kdf).toEqual({ algorithm: 'argon2id', ...FAST });
    expect(keystore.passphrase.salt).not.toBe(keystore.recovery.salt);
    expect(dataKey.extractable).toBe(false);
    expect(JSON.stringify(keystore)).not.toContain(PASSPHRASE);
  });

  it('uses ARGON2ID_DEFAULTS when no parameters are given (the real cost, ~1.5 s here)', async () => {
    const created = await createKeystore({ passphrase: PASSPHRASE, recoveryCode: RECOVERY, now: CREATED });
    expect(created.keystore.kdf).toEqual({ algorithm: 'argon2id', ...ARGON2ID_DEFAULTS });
    const sealed = await sealJson(created.dataKey, 42, AD);
    expect(await openJson(await unlockWithPassphrase(created.keystore, PASSPHRASE), sealed, AD)).toBe(42);
  });

  it('refuses short passphrases, malformed recovery codes and weak parameters', async () => {
    await expect(createKeystore({ passphrase: 'troppo corta', recoveryCode: RECOVERY, now: CREATED, params: FAST })).resolves.toBeDefined();
    await expect(createKeystore({ passphrase: 'corta', recoveryCode: RECOVERY, now: CREATED, params: FAST })).rejects.toBeInstanceOf(PassphraseTooShortError);
    await expect(createKeystore({ passphrase: PASSPHRASE, recoveryCode: 'ABC', now: CREATED, params: FAST })).rejects.toBeInstanceOf(MalformedRecoveryCodeError);
    await expect(createKeystore({ passphrase: PASSPHRASE, recoveryCode: RECOVERY, now: CREATED, params: { ...FAST, iterations: 1 } })).rejects.toBeInstanceOf(KdfParametersError);
  });
});

describe('unlock', () => {
  it('with the passphrase gives the same data key, non-extractable', async () => {
    const key = await unlockWithPassphrase(keystore, PASSPHRASE);
    expect(key.extractable).toBe(false);
    expect(await opens(key)).toEqual({ surname: 'Bandini' });
  });

  it('normalises the passphrase: decomposed accents open a key store set with composed ones', async () => {
    const composed = 'perch\u00e9 il caff\u00e8 \u00e8 amaro';
    const created = await createKeystore({ passphrase: composed, recoveryCode: RECOVERY, now: CREATED, params: FAST });
    await expect(unlockWithPassphrase(created.keystore, 'perche\u0301 il caffe\u0300 e\u0300 amaro')).resolves.toBeDefined();
  });

  it('with a wrong passphrase throws WrongSecretError', async () => {
    await expect(unlockWithPassphrase(keystore, 'cavallo batteria graffetta correta')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unlockWithPassphrase(keystore, '')).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('with the recovery code, however it is typed', async () => {
    expect(await opens(await unlockWithRecoveryCode(keystore, RECOVERY))).toEqual({ surname: 'Bandini' });
    const sloppy = ` ${RECOVERY.toLowerCase().replaceAll('-', ' ').replaceAll('1', 'l').replaceAll('0', 'o')} `;
    expect(await opens(await unlockWithRecoveryCode(keystore, sloppy))).toEqual({ surname: 'Bandini' });
  });

  it('with a wrong or malformed recovery code throws WrongSecretError', async () => {
    await expect(unlockWithRecoveryCode(keystore, generateRecoveryCode())).rejects.toBeInstanceOf(WrongSecretError);
    const malformed = unlockWithRecoveryCode(keystore, 'not a code');
    await expect(malformed).rejects.toBeInstanceOf(MalformedRecoveryCodeError);
    await expect(malformed).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('of a tampered key store throws WrongSecretError, of a downgraded one KdfParametersError', async () => {
    const bytes = base64ToBytes(keystore.passphrase.wrapped.ciphertext);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const tampered: Keystore = { ...keystore, passphrase: { ...keystore.passphrase, wrapped: { ...keystore.passphrase.wrapped, ciphertext: bytesToBase64(bytes) } } };
    await expect(unlockWithPassphrase(tampered, PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    const downgraded: Keystore = { ...keystore, kdf: { ...keystore.kdf, memoryKiB: 1024, iterations: 1 } };
    await expect(unlockWithPassphrase(downgraded, PASSPHRASE)).rejects.toBeInstanceOf(KdfParametersError);
  });
});

describe('changePassphrase', () => {
  it('re-wraps the same data key: data sealed before opens after; the old passphrase stops working', async () => {
    const changed = await changePassphrase(keystore, { current: { passphrase: PASSPHRASE }, next: NEXT, now: LATER });
    expect(parseKeystore(changed).ok).toBe(true);
    expect(changed.recovery).toEqual(keystore.recovery);
    expect(changed.passphrase.salt).not.toBe(keystore.passphrase.salt);
    expect(changed.createdAt).toBe(CREATED.toISOString());
    expect(changed.updatedAt).toBe(LATER.toISOString());

    expect(await opens(await unlockWithPassphrase(changed, NEXT))).toEqual({ surname: 'Bandini' });
    await expect(unlockWithPassphrase(changed, PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    expect(await opens(await unlockWithRecoveryCode(changed, RECOVERY))).toEqual({ surname: 'Bandini' });
  });

  it('accepts the recovery code in place of a forgotten passphrase', async () => {
    const changed = await changePassphrase(keystore, { current: { recoveryCode: RECOVERY }, next: NEXT, now: LATER });
    expect(await opens(await unlockWithPassphrase(changed, NEXT))).toEqual({ surname: 'Bandini' });
  });

  it('marks the result as not OS-protected: the new passphrase blob is a plain wrap', async () => {
    const osBlob = bytesToBase64(new Uint8Array(130).fill(7));
    const protectedStore: Keystore = { ...keystore, osProtected: true, passphrase: { ...keystore.passphrase, wrapped: { ...keystore.passphrase.wrapped, ciphertext: osBlob } } };
    const changed = await changePassphrase(protectedStore, { current: { recoveryCode: RECOVERY }, next: NEXT, now: LATER });
    expect(changed.osProtected).toBe(false);
    expect(parseKeystore(changed).ok).toBe(true);
    expect(await opens(await unlockWithPassphrase(changed, NEXT))).toEqual({ surname: 'Bandini' });
  });

  it('refuses a wrong current secret and a short new passphrase', async () => {
    await expect(changePassphrase(keystore, { current: { passphrase: NEXT }, next: NEXT, now: LATER })).rejects.toBeInstanceOf(WrongSecretError);
    await expect(changePassphrase(keystore, { current: { recoveryCode: generateRecoveryCode() }, next: NEXT, now: LATER })).rejects.toBeInstanceOf(WrongSecretError);
    await expect(changePassphrase(keystore, { current: { passphrase: PASSPHRASE }, next: 'breve', now: LATER })).rejects.toBeInstanceOf(PassphraseTooShortError);
  });
});

describe('parseKeystore', () => {
  const error = (value: unknown) => {
    const parsed = parseKeystore(value);
    return parsed.ok ? 'ok' : parsed.error;
  };

  it('accepts the stored object and its JSON text', () => {
    expect(error(keystore)).toBe('ok');
    expect(error(JSON.parse(JSON.stringify(keystore)))).toBe('ok');
    expect(parseKeystore(JSON.stringify(keystore))).toEqual({ ok: true, keystore });
  });

  it('says missing when there is nothing', () => {
    for (const value of [undefined, null, '']) expect(error(value)).toBe('missing');
  });

  it('says corrupted for garbled input', () => {
    const garbled: unknown[] = [
      '{"format":"pco-keys',
      42,
      [],
      {},
      { ...keystore, format: 'something-else' },
      { ...keystore, version: '1' },
      { ...keystore, kdf: { ...keystore.kdf, algorithm: 'scrypt' } },
      { ...keystore, passphrase: { ...keystore.passphrase, salt: 'c2FsdA==' } },
      { ...keystore, recovery: { ...keystore.recovery, wrapped: { ...keystore.recovery.wrapped, ciphertext: 'QUJD' } } },
      { ...keystore, passphrase: undefined },
      { ...keystore, osProtected: 'yes' },
      { ...keystore, createdAt: 'yesterday' },
      { ...keystore, kdf: { ...keystore.kdf, memoryKiB: 8 * 1_048_576 } },
    ];
    for (const value of garbled) expect(error(value)).toBe('corrupted');
  });

  it('treats the wrapped blobs as opaque when the OS protects them (safeStorage output has its own length)', () => {
    const osBlob = bytesToBase64(new Uint8Array(130).fill(7));
    const protectedStore = { ...keystore, osProtected: true, passphrase: { ...keystore.passphrase, wrapped: { ...keystore.passphrase.wrapped, ciphertext: osBlob } } };
    expect(error(protectedStore)).toBe('ok');
    expect(error({ ...protectedStore, osProtected: false })).toBe('corrupted');
    expect(error({ ...protectedStore, passphrase: { ...protectedStore.passphrase, wrapped: { iv: keystore.passphrase.wrapped.iv, ciphertext: 'not base64' } } })).toBe('corrupted');
  });

  it('says unsupportedVersion for a key store from a newer build', () => {
    expect(error({ ...keystore, version: 2 })).toBe('unsupportedVersion');
    expect(error({ format: 'pco-keystore', version: 3, whatever: true })).toBe('unsupportedVersion');
  });

  it('says weakParameters for a key store downgraded below the Argon2id floor', () => {
    expect(error({ ...keystore, kdf: { ...keystore.kdf, memoryKiB: 4096 } })).toBe('weakParameters');
    expect(error({ ...keystore, kdf: { ...keystore.kdf, iterations: 1 } })).toBe('weakParameters');
  });
});
