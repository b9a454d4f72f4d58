// Typed errors of the encryption-at-rest layer. The UI tells these apart (wrong passphrase vs
// damaged data vs a keystore written by a newer app), so none of them is ever a bare Error.
export { CryptoUnavailableError } from './runtime';

/**
 * The passphrase or recovery code does not open the key store. AES-GCM cannot tell a wrong
 * secret from a tampered wrapped key, so both land here; the UI says "wrong passphrase".
 */
export class WrongSecretError extends Error {
  constructor(message = 'Wrong passphrase or recovery code') {
    super(message);
    this.name = 'WrongSecretError';
  }
}

/** The input is not a recovery code at all (wrong length or characters): no KDF was run. */
export class MalformedRecoveryCodeError extends WrongSecretError {
  constructor() {
    super('Not a recovery code: expected 26 characters of Crockford base32');
    this.name = 'MalformedRecoveryCodeError';
  }
}

export type DecryptionFailure = 'authentication' | 'malformed' | 'unsupportedVersion';

/**
 * A sealed value (or a wrapped key's structure) cannot be opened: tampered, moved to another
 * record (associated data differs), opened with another key, truncated, or of a format version
 * this build cannot read. `associatedData` names the record (ids, never content) for the report.
 */
export class DecryptionError extends Error {
  constructor(
    readonly reason: DecryptionFailure,
    readonly associatedData?: string,
  ) {
    super(`Cannot decrypt${associatedData === undefined ? '' : ` ${associatedData}`}: ${reason}`);
    this.name = 'DecryptionError';
  }
}

export type KdfParametersProblem = 'weak' | 'excessive' | 'invalid';

/**
 * Argon2id parameters refused: below the floor (a key store downgraded to make guessing cheap),
 * absurdly high (a key store edited to hang or crash the app at unlock), or not integers.
 */
export class KdfParametersError extends Error {
  constructor(
    readonly problem: KdfParametersProblem,
    detail: string,
  ) {
    super(`Argon2id parameters refused (${problem}): ${detail}`);
    this.name = 'KdfParametersError';
  }
}

/** A new passphrase shorter than the floor: a last line of defence behind the UI's strength meter. */
export class PassphraseTooShortError extends Error {
  constructor(readonly minLength: number) {
    super(`The passphrase must have at least ${minLength} characters`);
    this.name = 'PassphraseTooShortError';
  }
}

/** Text that should be base64 (from storage) is not. */
export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}
