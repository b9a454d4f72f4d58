// age encryption of bundle bytes: binary format, X25519 recipients, readable by the `age` CLI.
import { Decrypter, Encrypter } from 'age-encryption';

export async function encryptToRecipients(plaintext: Uint8Array, recipients: readonly string[]): Promise<Uint8Array> {
  const unique = [...new Set(recipients)];
  if (unique.length === 0) throw new Error('A bundle needs at least one recipient');
  const encrypter = new Encrypter();
  for (const recipient of unique) encrypter.addRecipient(recipient);
  return encrypter.encrypt(plaintext);
}

export type DecryptOutcome = { ok: true; plaintext: Uint8Array } | { ok: false; reason: 'notForThisDevice' | 'corrupted'; detail: string };

/**
 * Tells "not addressed to us" (no stanza matched any identity) from damage (bad header, bad MAC,
 * truncated payload), which age-encryption reports with different messages.
 */
export async function decryptWithIdentities(ciphertext: Uint8Array, identities: readonly string[]): Promise<DecryptOutcome> {
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  try {
    return { ok: true, plaintext: await decrypter.decrypt(ciphertext) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: /no identity matched/i.test(detail) ? 'notForThisDevice' : 'corrupted', detail };
  }
}
