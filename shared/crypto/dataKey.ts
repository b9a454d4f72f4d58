// The data key: one random AES-GCM-256 key that encrypts every sensitive field. It is stored only
// wrapped (AES-GCM key wrap) under keys derived from the passphrase and from the recovery code, so
// changing the passphrase re-wraps 32 bytes instead of re-encrypting the whole database.
import { DecryptionError, WrongSecretError } from './errors';
import { base64ByteLength, base64ToBytes, bytesToBase64, utf8Encode } from './encoding';
import { IV_BYTES, isAuthenticationFailure, randomBytes, subtle, type AesKeyAlgorithm, type CryptoKey } from './runtime';

// Re-exported where they are thrown, so callers import the function and its failure together.
export { DecryptionError, WrongSecretError } from './errors';

export interface WrappedKey {
  /** base64 of the 12-byte AES-GCM IV. */
  readonly iv: string;
  /** base64 of the wrapped key: 32 key bytes + 16-byte GCM tag. */
  readonly ciphertext: string;
}

const AES_256: AesKeyAlgorithm = { name: 'AES-GCM', length: 256 };
const WRAPPED_BYTES = 32 + 16;

// Bound as associated data: a blob wrapped here can only be unwrapped as a data key of this
// format, never confused with another AES-GCM payload under the same wrapping key.
const WRAP_CONTEXT = utf8Encode('pco/data-key/v1');

/**
 * A fresh data key. Extractable only so it can be wrapped right after creation (and re-wrapped on
 * a passphrase change); keys handed to the app for daily use come from
 * `unwrapDataKey(..., { extractable: false })`.
 */
export function generateDataKey(): Promise<CryptoKey> {
  return subtle().generateKey(AES_256, true, ['encrypt', 'decrypt']);
}

export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<WrappedKey> {
  // Wrapping is rare (creation, passphrase change): a direct CSPRNG IV, no pool needed.
  const iv = randomBytes(IV_BYTES);
  const wrapped = await subtle().wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv, additionalData: WRAP_CONTEXT });
  return { iv: bytesToBase64(iv), ciphertext: bytesToBase64(new Uint8Array(wrapped)) };
}

/** True when the blob has the right shape (base64, 12-byte IV, 48-byte ciphertext); says nothing about the key. */
export function isWellFormedWrappedKey(wrapped: WrappedKey): boolean {
  return base64ByteLength(wrapped.iv) === IV_BYTES && base64ByteLength(wrapped.ciphertext) === WRAPPED_BYTES;
}

/**
 * Unwraps the data key. Authentication failure — a wrong passphrase or recovery code, or a
 * tampered blob, which AES-GCM cannot tell apart — is a WrongSecretError; a blob of the wrong
 * shape is a DecryptionError('malformed').
 */
export async function unwrapDataKey(wrapped: WrappedKey, wrappingKey: CryptoKey, options: { readonly extractable: boolean }): Promise<CryptoKey> {
  if (!isWellFormedWrappedKey(wrapped)) throw new DecryptionError('malformed', 'wrapped data key');
  const iv = base64ToBytes(wrapped.iv);
  const ciphertext = base64ToBytes(wrapped.ciphertext);
  try {
    return await subtle().unwrapKey(
      'raw',
      ciphertext,
      wrappingKey,
      { name: 'AES-GCM', iv, additionalData: WRAP_CONTEXT },
      AES_256,
      options.extractable,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    if (isAuthenticationFailure(error)) throw new WrongSecretError();
    throw error; // misuse (e.g. a key without unwrapKey usage) is a bug, not a wrong secret
  }
}
