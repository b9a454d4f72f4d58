// Key material of a laptop and of the programme: age X25519 identities for encryption, Ed25519
// for signatures. Everything as strings so it can be sealed and stored as plain data.
import { ed25519 } from '@noble/curves/ed25519.js';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { base64ToBytes, bytesToBase64 } from '../crypto/encoding';
import { sha256Hex } from './bytes';

export interface AgeKeyPair {
  /** `AGE-SECRET-KEY-1…`: secret. */
  readonly identity: string;
  /** `age1…`: public. */
  readonly recipient: string;
}

export interface DeviceKeys {
  readonly ageIdentity: string;
  readonly ageRecipient: string;
  /** Ed25519 secret key (32 bytes), base64: secret. */
  readonly signSecretKey: string;
  /** Ed25519 public key (32 bytes), base64. */
  readonly signPublicKey: string;
}

export async function generateProgrammeKey(): Promise<AgeKeyPair> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export async function generateDeviceKeys(): Promise<DeviceKeys> {
  const age = await generateProgrammeKey();
  const { secretKey, publicKey } = ed25519.keygen();
  return { ageIdentity: age.identity, ageRecipient: age.recipient, signSecretKey: bytesToBase64(secretKey), signPublicKey: bytesToBase64(publicKey) };
}

/** A standard age identity file, readable by `age -d -i file`. */
export async function ageIdentityFileText(identity: string, createdAtIso: string): Promise<string> {
  const recipient = await identityToRecipient(identity);
  return `# created: ${createdAtIso}\n# public key: ${recipient}\n${identity}\n`;
}

/** The identity line of an age identity file; comments and blank lines are skipped. */
export function readAgeIdentityFile(text: string): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.startsWith('AGE-SECRET-KEY-1'));
  if (!line) throw new Error('No age identity (AGE-SECRET-KEY-1…) in this file');
  return line;
}

export function signMessage(signSecretKey: string, message: Uint8Array): string {
  return bytesToBase64(ed25519.sign(message, base64ToBytes(signSecretKey)));
}

/** False for any malformed key or signature, never throws. */
export function verifyMessage(signPublicKey: string, message: Uint8Array, signature: string): boolean {
  try {
    return ed25519.verify(base64ToBytes(signature), message, base64ToBytes(signPublicKey));
  } catch {
    return false;
  }
}

/** What two people compare aloud: first 16 hex digits of SHA-256 of the signing key, in groups of 4. */
export function keyFingerprint(signPublicKey: string): string {
  const hex = sha256Hex(base64ToBytes(signPublicKey)).slice(0, 16);
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
