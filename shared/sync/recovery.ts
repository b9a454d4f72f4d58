// Forgotten passphrase: a laptop's raw data key, encrypted (age, armored) to the programme
// recipient, travels to the coordinator in the laptop's first bundle. For a reset the coordinator
// unwraps it and re-wraps it with a one-time code (age scrypt passphrase mode) handed over in person.
import { Decrypter, Encrypter, armor } from 'age-encryption';
import { randomBytes } from '../crypto/runtime';

export class RecoveryUnwrapError extends Error {
  constructor(detail: string) {
    super(`Cannot unwrap the recovery key: ${detail}`);
    this.name = 'RecoveryUnwrapError';
  }
}

export async function wrapDataKeyForProgramme(rawKey: Uint8Array, programmeRecipient: string): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(programmeRecipient);
  return armor.encode(await encrypter.encrypt(rawKey));
}

async function unwrap(wrapped: string, add: (decrypter: Decrypter) => void): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  add(decrypter);
  try {
    return await decrypter.decrypt(armor.decode(wrapped));
  } catch (error) {
    throw new RecoveryUnwrapError(error instanceof Error ? error.message : String(error));
  }
}

export function unwrapDataKeyWithProgramme(wrapped: string, programmeIdentity: string): Promise<Uint8Array> {
  return unwrap(wrapped, (d) => d.addIdentity(programmeIdentity));
}

/** `logN`: scrypt work factor; age's default 18 takes about a second, tests pass less. */
export async function wrapDataKeyWithCode(rawKey: Uint8Array, code: string, options: { logN?: number } = {}): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(normaliseCode(code));
  if (options.logN !== undefined) encrypter.setScryptWorkFactor(options.logN);
  return armor.encode(await encrypter.encrypt(rawKey));
}

export function unwrapDataKeyWithCode(wrapped: string, code: string): Promise<Uint8Array> {
  return unwrap(wrapped, (d) => d.addPassphrase(normaliseCode(code)));
}

// Crockford-like alphabet: no 0/O, 1/I/L to misread when the code is read aloud or copied by hand.
export const ONE_TIME_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** `count` symbols of the alphabet, each equally likely. */
export function randomCodeSymbols(count: number): string {
  let chars = '';
  while (chars.length < count) {
    // Rejection sampling: 240 is the largest multiple of 30 below 256, so every letter is equally likely.
    for (const b of randomBytes(32)) if (b < 240 && chars.length < count) chars += ONE_TIME_CODE_ALPHABET.charAt(b % ONE_TIME_CODE_ALPHABET.length);
  }
  return chars;
}

/** 20 random characters (≈ 98 bits) in groups of 5: `K7QDM-2XF9A-…`. */
export function generateOneTimeCode(): string {
  const chars = randomCodeSymbols(20);
  return chars.match(/.{5}/g)?.join('-') ?? chars;
}

/** Typing slips that must not matter: case, spaces, dashes. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
