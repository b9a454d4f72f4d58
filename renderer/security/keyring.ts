// Where the key store lives on this laptop and how it is opened. The data key is wrapped by a
// key derived from the passphrase (Argon2id) and, where the OS offers real protection (Electron
// safeStorage), the passphrase wrap is sealed by the OS too. Failed attempts are counted in the
// database so a reload does not reset the growing delay.
import { changePassphrase, createKeystore, parseKeystore, unlockWithPassphrase, unlockWithRecoveryCode, type Keystore } from '../../shared/crypto/keystore';
import { generateRecoveryCode } from '../../shared/crypto/recoveryCode';
import { base64ToBytes, bytesToBase64 } from '../../shared/crypto/encoding';
import { WrongSecretError } from '../../shared/crypto/dataKey';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';

const KEYSTORE = 'keystore';
const FAILURES = 'unlockFailures';

export type KeyringState =
  | { kind: 'none' }
  | { kind: 'legacy' }
  | { kind: 'present'; keystore: Keystore }
  | { kind: 'corrupted'; reason: 'missing' | 'corrupted' | 'unsupportedVersion' | 'weakParameters' };

export class TooManyAttemptsError extends Error {
  constructor(readonly waitSeconds: number) {
    super(`Wait ${waitSeconds} s before trying again`);
    this.name = 'TooManyAttemptsError';
  }
}

export class OsProtectionError extends Error {
  constructor() {
    super('The operating system could not open the protected key');
    this.name = 'OsProtectionError';
  }
}

export { WrongSecretError };

/** Seconds to wait after `failures` wrong attempts: none for the first three, then doubling, capped at 5 minutes. */
export function delayAfterFailures(failures: number): number {
  return failures < 3 ? 0 : Math.min(2 ** (failures - 3) * 2, 300);
}

export async function readKeyring(db: PcoDatabase): Promise<KeyringState> {
  const stored = await db.meta.get(KEYSTORE);
  if (stored === undefined) {
    const hasUser = (await db.meta.get('localUser')) !== undefined;
    if (!hasUser) return { kind: 'none' };
    // Data without a key store: either written before encryption existed (rows without a
    // `sealed` column), or the key store was lost: never start empty over it.
    const sealedRow = await db.workers.filter((row) => row.sealed !== undefined).first();
    return sealedRow ? { kind: 'corrupted', reason: 'missing' } : { kind: 'legacy' };
  }
  const parsed = parseKeystore(stored.value);
  return parsed.ok ? { kind: 'present', keystore: parsed.keystore } : { kind: 'corrupted', reason: parsed.error };
}

/** Adds the OS protection (Electron safeStorage) to the passphrase slot where the OS offers it. */
export async function osProtect(bridge: DesktopBridge, keystore: Keystore): Promise<Keystore> {
  const storage = await bridge.secretStorage();
  if (!storage.available) return keystore;
  const result = await bridge.protectSecret(base64ToBytes(keystore.passphrase.wrapped.ciphertext));
  if (!result.ok) return keystore;
  return { ...keystore, osProtected: true, passphrase: { ...keystore.passphrase, wrapped: { ...keystore.passphrase.wrapped, ciphertext: bytesToBase64(result.value) } } };
}

async function osUnprotect(bridge: DesktopBridge, keystore: Keystore): Promise<Keystore> {
  if (!keystore.osProtected) return keystore;
  const result = await bridge.unprotectSecret(base64ToBytes(keystore.passphrase.wrapped.ciphertext));
  if (!result.ok) throw new OsProtectionError();
  return { ...keystore, osProtected: false, passphrase: { ...keystore.passphrase, wrapped: { ...keystore.passphrase.wrapped, ciphertext: bytesToBase64(result.value) } } };
}

export interface NewKeys {
  readonly dataKey: CryptoKey;
  /** Shown once to the user; never stored. */
  readonly recoveryCode: string;
}

export async function createKeys(db: PcoDatabase, bridge: DesktopBridge, passphrase: string, now = Date.now): Promise<NewKeys> {
  const recoveryCode = generateRecoveryCode();
  const { keystore, dataKey } = await createKeystore({ passphrase, recoveryCode, now: new Date(now()) });
  await db.meta.put({ key: KEYSTORE, value: await osProtect(bridge, keystore) });
  return { dataKey, recoveryCode };
}

async function checkDelay(db: PcoDatabase, now: number): Promise<void> {
  const failures = (await db.meta.get(FAILURES))?.value as { count: number; lastAt: number } | undefined;
  if (!failures) return;
  const wait = delayAfterFailures(failures.count) * 1000 - (now - failures.lastAt);
  if (wait > 0) throw new TooManyAttemptsError(Math.ceil(wait / 1000));
}

async function recordFailure(db: PcoDatabase, now: number): Promise<void> {
  const failures = (await db.meta.get(FAILURES))?.value as { count: number } | undefined;
  await db.meta.put({ key: FAILURES, value: { count: (failures?.count ?? 0) + 1, lastAt: now } });
}

async function attempt(db: PcoDatabase, open: () => Promise<CryptoKey>, now: () => number): Promise<CryptoKey> {
  await checkDelay(db, now());
  try {
    const key = await open();
    await db.meta.delete(FAILURES);
    return key;
  } catch (error) {
    if (error instanceof WrongSecretError) await recordFailure(db, now());
    throw error;
  }
}

export async function unlock(db: PcoDatabase, bridge: DesktopBridge, keystore: Keystore, passphrase: string, now = Date.now): Promise<CryptoKey> {
  return attempt(db, async () => unlockWithPassphrase(await osUnprotect(bridge, keystore), passphrase), now);
}

/** Forgotten passphrase: the recovery code opens the data key and a new passphrase replaces the old. */
export async function recover(db: PcoDatabase, bridge: DesktopBridge, keystore: Keystore, recoveryCode: string, nextPassphrase: string, now = Date.now): Promise<CryptoKey> {
  const dataKey = await attempt(db, () => unlockWithRecoveryCode(keystore, recoveryCode), now);
  const next = await changePassphrase(keystore, { current: { recoveryCode }, next: nextPassphrase, now: new Date(now()) });
  await db.meta.put({ key: KEYSTORE, value: await osProtect(bridge, next) });
  return dataKey;
}

/** Re-wraps the same data key under a new passphrase: no data is re-encrypted. */
export async function replacePassphrase(db: PcoDatabase, bridge: DesktopBridge, keystore: Keystore, current: string, nextPassphrase: string, now = Date.now): Promise<Keystore> {
  await checkDelay(db, now());
  const opened = await osUnprotect(bridge, keystore);
  let next: Keystore;
  try {
    next = await changePassphrase(opened, { current: { passphrase: current }, next: nextPassphrase, now: new Date(now()) });
  } catch (error) {
    if (error instanceof WrongSecretError) await recordFailure(db, now());
    throw error;
  }
  const stored = await osProtect(bridge, next);
  await db.meta.put({ key: KEYSTORE, value: stored });
  return stored;
}
