// The persisted key store: the data key wrapped twice, once under the passphrase and once under
// the recovery code, each through Argon2id with its own salt. Nothing in it is secret on its own;
// it is the one thing that must survive for the encrypted data to stay readable.
import { z } from 'zod';
import { isWellFormedWrappedKey, generateDataKey, unwrapDataKey, wrapDataKey } from './dataKey';
import { base64ByteLength, base64ToBytes, bytesToBase64 } from './encoding';
import { KdfParametersError, MalformedRecoveryCodeError, PassphraseTooShortError, WrongSecretError } from './errors';
import { ARGON2ID_DEFAULTS, SALT_BYTES, checkKdfParams, deriveWrappingKey, generateSalt, type Argon2idParams } from './kdf';
import { PASSPHRASE_MIN_LENGTH, passphraseLength } from './passphrase';
import { normalizeRecoveryCode, recoveryCodeSecret } from './recoveryCode';
import type { CryptoKey } from './runtime';

const KEYSTORE_FORMAT = 'pco-keystore';
const KEYSTORE_VERSION = 1;

const base64 = z.string().refine((text) => base64ByteLength(text) !== undefined, 'base64');
// Only the encoding is checked here: with osProtected the blobs are the OS's, of its own length.
const wrappedKeySchema = z.object({ iv: base64, ciphertext: base64 });
const slotSchema = z.object({
  salt: z.string().refine((salt) => base64ByteLength(salt) === SALT_BYTES, `the salt is base64 of ${SALT_BYTES} bytes`),
  wrapped: wrappedKeySchema,
});
const count = z.number().int().positive();

export const keystoreSchema = z
  .object({
    format: z.literal(KEYSTORE_FORMAT),
    version: z.literal(KEYSTORE_VERSION),
    // One KDF block for both slots: the recovery slot is kept as is across passphrase changes, so
    // raising these parameters means re-wrapping both, which needs the recovery code too.
    kdf: z.object({ algorithm: z.literal('argon2id'), memoryKiB: count, iterations: count, parallelism: count }),
    passphrase: slotSchema,
    recovery: slotSchema,
    /** Set when the wrapped blobs are additionally protected by the OS (Electron safeStorage); opaque to this module. */
    osProtected: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .superRefine((keystore, context) => {
    if (keystore.osProtected) return;
    for (const slot of ['passphrase', 'recovery'] as const) {
      if (!isWellFormedWrappedKey(keystore[slot].wrapped)) {
        context.addIssue({ code: 'custom', path: [slot, 'wrapped'], message: 'a wrapped key is a 12-byte IV and a 48-byte ciphertext' });
      }
    }
  });

export type Keystore = z.infer<typeof keystoreSchema>;

export type KeystoreProblem = 'missing' | 'corrupted' | 'unsupportedVersion' | 'weakParameters';
export type ParsedKeystore = { readonly ok: true; readonly keystore: Keystore } | { readonly ok: false; readonly error: KeystoreProblem };

/** A key store written by a newer build: say "update the app", not "your data is damaged". */
function isNewerFormat(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { format, version } = value as Readonly<Record<string, unknown>>;
  return format === KEYSTORE_FORMAT && typeof version === 'number' && Number.isInteger(version) && version > KEYSTORE_VERSION;
}

/**
 * Validates a stored key store: the stored object, or its JSON text (a key store kept in a file).
 * Parameters below the Argon2id floor are refused as 'weakParameters' (a downgraded key store
 * makes passphrase guessing cheap); absurdly high ones as 'corrupted' (no build writes them).
 */
export function parseKeystore(value: unknown): ParsedKeystore {
  if (value === undefined || value === null || value === '') return { ok: false, error: 'missing' };
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return { ok: false, error: 'corrupted' };
    }
  }
  if (isNewerFormat(data)) return { ok: false, error: 'unsupportedVersion' };
  const parsed = keystoreSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'corrupted' };
  try {
    checkKdfParams(parsed.data.kdf);
  } catch (error) {
    if (error instanceof KdfParametersError && error.problem === 'weak') return { ok: false, error: 'weakParameters' };
    return { ok: false, error: 'corrupted' };
  }
  return { ok: true, keystore: parsed.data };
}

function requireLongEnough(passphrase: string): void {
  if (passphraseLength(passphrase) < PASSPHRASE_MIN_LENGTH) throw new PassphraseTooShortError(PASSPHRASE_MIN_LENGTH);
}

function recoverySecret(code: string): string {
  const canonical = normalizeRecoveryCode(code);
  if (canonical === undefined) throw new MalformedRecoveryCodeError();
  return recoveryCodeSecret(canonical);
}

type Slot = 'passphrase' | 'recovery';

async function unlockSlot(keystore: Keystore, slot: Slot, secret: string, extractable: boolean): Promise<CryptoKey> {
  // Nothing stored here was set with an empty secret (creation requires 12+ characters).
  if (secret.length === 0) throw new WrongSecretError();
  const { salt, wrapped } = keystore[slot];
  const wrappingKey = await deriveWrappingKey(secret, base64ToBytes(salt), keystore.kdf);
  return unwrapDataKey(wrapped, wrappingKey, { extractable });
}

async function wrapInto(dataKey: CryptoKey, secret: string, params: Argon2idParams): Promise<Keystore['passphrase']> {
  const salt = generateSalt();
  const wrappingKey = await deriveWrappingKey(secret, salt, params);
  return { salt: bytesToBase64(salt), wrapped: await wrapDataKey(dataKey, wrappingKey) };
}

export interface CreateKeystoreInput {
  readonly passphrase: string;
  /** From generateRecoveryCode(), shown to the counselor to write down; any accepted spelling. */
  readonly recoveryCode: string;
  readonly now: Date;
  /** Argon2id cost; defaults to ARGON2ID_DEFAULTS. Tests pass the cheaper (still accepted) minimums. */
  readonly params?: Argon2idParams;
}

/**
 * Creates a data key and the key store that protects it. The returned data key is a
 * non-extractable copy, obtained by unwrapping what was just stored: if the stored form could not
 * be opened, creation fails here rather than on the next unlock.
 */
export async function createKeystore(input: CreateKeystoreInput): Promise<{ keystore: Keystore; dataKey: CryptoKey }> {
  requireLongEnough(input.passphrase);
  const secret = recoverySecret(input.recoveryCode);
  const params = input.params ?? ARGON2ID_DEFAULTS;
  checkKdfParams(params);
  const extractable = await generateDataKey();
  const passphrase = await wrapInto(extractable, input.passphrase, params);
  const recovery = await wrapInto(extractable, secret, params);
  const now = input.now.toISOString();
  const keystore: Keystore = {
    format: KEYSTORE_FORMAT,
    version: KEYSTORE_VERSION,
    kdf: { algorithm: 'argon2id', memoryKiB: params.memoryKiB, iterations: params.iterations, parallelism: params.parallelism },
    passphrase,
    recovery,
    osProtected: false,
    createdAt: now,
    updatedAt: now,
  };
  return { keystore, dataKey: await unlockSlot(keystore, 'passphrase', input.passphrase, false) };
}

/** The data key for daily use (non-extractable). Throws WrongSecretError on a wrong passphrase. */
export function unlockWithPassphrase(keystore: Keystore, passphrase: string): Promise<CryptoKey> {
  return unlockSlot(keystore, 'passphrase', passphrase, false);
}

/** As unlockWithPassphrase; MalformedRecoveryCodeError (a WrongSecretError) when the input cannot be a code. */
export async function unlockWithRecoveryCode(keystore: Keystore, recoveryCode: string): Promise<CryptoKey> {
  return unlockSlot(keystore, 'recovery', recoverySecret(recoveryCode), false);
}

export interface ChangePassphraseInput {
  /** Proof of access: the current passphrase, or the recovery code when it was forgotten. */
  readonly current: { readonly passphrase: string } | { readonly recoveryCode: string };
  readonly next: string;
  readonly now: Date;
}

/**
 * Re-wraps the SAME data key under a new passphrase (fresh salt): no record is re-encrypted, and
 * the recovery slot is kept. The old passphrase no longer opens the returned key store (it still
 * opens any copy of the old one, e.g. a backup of this file).
 * The slot used as proof must be a plain wrap (undo OS protection first). The result has
 * `osProtected: false`, since the new passphrase blob is a plain wrap: the caller re-applies OS
 * protection if it wants it.
 */
export async function changePassphrase(keystore: Keystore, input: ChangePassphraseInput): Promise<Keystore> {
  requireLongEnough(input.next);
  const { current } = input;
  const dataKey =
    'passphrase' in current
      ? await unlockSlot(keystore, 'passphrase', current.passphrase, true)
      : await unlockSlot(keystore, 'recovery', recoverySecret(current.recoveryCode), true);
  const passphrase = await wrapInto(dataKey, input.next, keystore.kdf);
  return { ...keystore, passphrase, osProtected: false, updatedAt: input.now.toISOString() };
}
