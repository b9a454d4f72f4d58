// Recovery codes: printed once at set-up, kept on paper, typed back in when the passphrase is
// forgotten. Crockford base32 because it is made to be read and typed by people: no I, L, O or U,
// case-insensitive, and the look-alikes people do type (I, L, O) read as the digits they resemble.
import { randomBytes } from './runtime';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 26 symbols × 5 bits = 130 bits: far beyond guessing, even without the Argon2id in front. */
export const RECOVERY_CODE_LENGTH = 26;
const GROUP = 5;

const LOOK_ALIKES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };
// Separators people add when copying a code by hand; anything else is a typo, not formatting.
const SEPARATORS = /[\s\-_.]/g;

/** Canonical display form: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-X. */
function group(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join('-');
}

export function generateRecoveryCode(): string {
  // 256 is a multiple of 32, so masking a byte to 5 bits is uniform: no modulo bias.
  const bytes = randomBytes(RECOVERY_CODE_LENGTH);
  let symbols = '';
  for (const byte of bytes) symbols += ALPHABET.charAt(byte & 0x1f);
  bytes.fill(0);
  return group(symbols);
}

/**
 * The canonical form of a typed recovery code, or undefined when it cannot be one: wrong length,
 * or a character outside Crockford's alphabet (U included, which Crockford reserves).
 */
export function normalizeRecoveryCode(input: string): string | undefined {
  const compact = input.replace(SEPARATORS, '');
  // ASCII only before upper-casing: toUpperCase would turn 'ß' into 'SS' and 'ı' into 'I'.
  if (!/^[0-9A-Za-z]+$/.test(compact)) return undefined;
  let symbols = '';
  for (const char of compact.toUpperCase()) {
    const symbol = LOOK_ALIKES[char] ?? char;
    if (!ALPHABET.includes(symbol)) return undefined;
    symbols += symbol;
  }
  return symbols.length === RECOVERY_CODE_LENGTH ? group(symbols) : undefined;
}

/** The 26 symbols without grouping: what the KDF hashes, so display changes can never lock anyone out. */
export function recoveryCodeSecret(canonical: string): string {
  return canonical.replaceAll('-', '');
}
