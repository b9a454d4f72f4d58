// Passphrase → wrapping key, with Argon2id (hash-wasm: WebAssembly, same code in Node, Chromium
// and Electron; the web build's CSP needs 'wasm-unsafe-eval' for it).
import { argon2id } from 'hash-wasm';
import { KdfParametersError } from './errors';
import { utf8Encode } from './encoding';
import { randomBytes, subtle, type CryptoKey } from './runtime';

export { KdfParametersError } from './errors';

export interface Argon2idParams {
  /** Memory cost in KiB (Argon2's m). */
  readonly memoryKiB: number;
  /** Passes over the memory (Argon2's t). */
  readonly iterations: number;
  /** Lanes (Argon2's p). */
  readonly parallelism: number;
}

/**
 * RFC 9106 §4's "second recommended option" (the one for when 2 GiB is too much): Argon2id,
 * m = 64 MiB, t = 3, 128-bit salt, 256-bit output. That is not an OWASP profile: OWASP's Password
 * Storage Cheat Sheet lists *minimums* (m = 19 MiB, t = 2, p = 1 and equivalents), which we take as
 * the floor below. RFC 9106 says p = 4; we use p = 1 because hash-wasm runs the lanes one after the
 * other on a single thread, so more lanes would not make unlock faster for us, while the memory ×
 * passes an attacker must pay per guess stays the same.
 * Measured: ≈ 0.4–0.5 s per derivation in Node 20 on a 2-core AMD EPYC VM (see `npm run bench`),
 * inside the ~1 s budget for unlock on a 2-core laptop; an older laptop may reach ~1 s.
 */
export const ARGON2ID_DEFAULTS: Argon2idParams = Object.freeze({ memoryKiB: 65_536, iterations: 3, parallelism: 1 });

/** OWASP's minimum (19 MiB, 2 passes): a stored key store asking for less was downgraded. */
export const ARGON2ID_MINIMUMS = Object.freeze({ memoryKiB: 19_456, iterations: 2 });

// Well above anything a build of this app writes (16× the default memory, 10× the passes), and
// below what would crash the WebAssembly heap: an edited key store must not hang or kill the app.
const MAXIMUMS = Object.freeze({ memoryKiB: 1_048_576, iterations: 32, parallelism: 8 });

/** 128-bit salts, as RFC 9106 recommends. */
export const SALT_BYTES = 16;
const KEY_BYTES = 32;

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1;
}

/** Throws KdfParametersError when the parameters are weaker than the floor, absurd, or not integers. */
export function checkKdfParams(params: Argon2idParams): void {
  const { memoryKiB, iterations, parallelism } = params;
  if (!isCount(memoryKiB) || !isCount(iterations) || !isCount(parallelism)) {
    throw new KdfParametersError('invalid', `m=${memoryKiB}, t=${iterations}, p=${parallelism}`);
  }
  if (memoryKiB < ARGON2ID_MINIMUMS.memoryKiB || iterations < ARGON2ID_MINIMUMS.iterations) {
    throw new KdfParametersError('weak', `m=${memoryKiB} KiB, t=${iterations} (minimum m=${ARGON2ID_MINIMUMS.memoryKiB}, t=${ARGON2ID_MINIMUMS.iterations})`);
  }
  if (memoryKiB > MAXIMUMS.memoryKiB || iterations > MAXIMUMS.iterations || parallelism > MAXIMUMS.parallelism) {
    throw new KdfParametersError('excessive', `m=${memoryKiB} KiB, t=${iterations}, p=${parallelism}`);
  }
}

export function generateSalt(): Uint8Array {
  return randomBytes(SALT_BYTES);
}

/**
 * Argon2id(secret, salt) imported as a NON-extractable AES-GCM-256 key whose only usages are
 * wrapKey/unwrapKey: it can wrap and unwrap the data key and nothing else, so no code path can
 * encrypt records with it by mistake, and the unwrapped data key never exists as bytes in JS.
 *
 * The secret is NFC-normalised first: the same passphrase typed on macOS (which may produce
 * decomposed accents, "è" = e + ◌̀) and on Windows must give the same key.
 */
export async function deriveWrappingKey(secret: string, salt: Uint8Array, params: Argon2idParams = ARGON2ID_DEFAULTS): Promise<CryptoKey> {
  checkKdfParams(params);
  if (salt.length < SALT_BYTES) throw new KdfParametersError('weak', `salt of ${salt.length} bytes (minimum ${SALT_BYTES})`);
  // hash-wasm refuses an empty password with a plain Error; callers decide what empty means.
  if (secret.length === 0) throw new TypeError('deriveWrappingKey: empty secret');
  const password = utf8Encode(secret.normalize('NFC'));
  let raw: Uint8Array | undefined;
  try {
    raw = await argon2id({
      password,
      salt,
      parallelism: params.parallelism,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
    return await subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['wrapKey', 'unwrapKey']);
  } finally {
    // Best effort: the copies we own are wiped; the JS string and the WASM heap are out of reach.
    password.fill(0);
    raw?.fill(0);
  }
}
