// Recovery through the coordinator. Each laptop escrows its raw data key to the programme key in
// its first bundle; when a counselor has lost both passphrase and recovery code, the coordinator
// re-wraps that key with a one-time code into a recovery file (renderer/sync/recoveryFile.ts).
// Here the laptop opens the file with the code and builds a NEW key store around the same data
// key (new passphrase, new recovery code): no record is re-encrypted.
import { keystoreSchema, type Keystore } from '../../shared/crypto/keystore';
import { unwrapDataKey, wrapDataKey } from '../../shared/crypto/dataKey';
import { ARGON2ID_DEFAULTS, deriveWrappingKey, generateSalt, type Argon2idParams } from '../../shared/crypto/kdf';
import { base64ToBytes, bytesToBase64 } from '../../shared/crypto/encoding';
import { generateRecoveryCode, normalizeRecoveryCode, recoveryCodeSecret } from '../../shared/crypto/recoveryCode';
import { unwrapDataKeyWithCode } from '../../shared/sync/recovery';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import { ensureDeviceId } from '../db/session';
import { createRecordCodec } from '../db/codec';
import { osProtect } from './keyring';
import { readRecoveryFile, RecoveryFileError } from '../sync/recoveryFile';

const AES = { name: 'AES-GCM', length: 256 } as const;

/**
 * The raw bytes of the data key, opened through the recovery slot (never OS-protected, unlike the
 * passphrase slot in Electron). Used once, right after joining a programme, to escrow the key.
 */
export async function rawDataKey(keystore: Keystore, recoveryCode: string): Promise<Uint8Array> {
  const canonical = normalizeRecoveryCode(recoveryCode);
  if (!canonical) throw new Error('malformed recovery code');
  const wrappingKey = await deriveWrappingKey(recoveryCodeSecret(canonical), base64ToBytes(keystore.recovery.salt), keystore.kdf);
  const key = await unwrapDataKey(keystore.recovery.wrapped, wrappingKey, { extractable: true });
  return new Uint8Array(await crypto.subtle.exportKey('raw', key as unknown as globalThis.CryptoKey));
}

async function wrapSlot(dataKey: globalThis.CryptoKey, secret: string, params: Argon2idParams): Promise<Keystore['passphrase']> {
  const salt = generateSalt();
  const wrappingKey = await deriveWrappingKey(secret, salt, params);
  return { salt: bytesToBase64(salt), wrapped: await wrapDataKey(dataKey as never, wrappingKey) };
}

/** A key store around an existing data key, with a new passphrase and a new recovery code. */
export async function keystoreForKey(raw: Uint8Array, passphrase: string, now: Date, params: Argon2idParams = ARGON2ID_DEFAULTS) {
  const extractable = await crypto.subtle.importKey('raw', new Uint8Array(raw), AES, true, ['encrypt', 'decrypt']);
  const recoveryCode = generateRecoveryCode();
  const canonical = normalizeRecoveryCode(recoveryCode) ?? recoveryCode;
  const iso = now.toISOString();
  const keystore: Keystore = keystoreSchema.parse({
    format: 'pco-keystore',
    version: 1,
    kdf: { algorithm: 'argon2id', ...params },
    passphrase: await wrapSlot(extractable, passphrase, params),
    recovery: await wrapSlot(extractable, recoveryCodeSecret(canonical), params),
    osProtected: false,
    createdAt: iso,
    updatedAt: iso,
  });
  const dataKey = await crypto.subtle.importKey('raw', new Uint8Array(raw), AES, false, ['encrypt', 'decrypt']);
  return { keystore, dataKey, recoveryCode };
}

export interface CoordinatorRecovery {
  readonly dataKey: CryptoKey;
  /** The new recovery code, shown once. */
  readonly recoveryCode: string;
}

/** Opens a coordinator's recovery file with its one-time code and replaces this laptop's key store. */
export async function recoverThroughCoordinator(db: PcoDatabase, bridge: DesktopBridge, fileText: string, code: string, passphrase: string): Promise<CoordinatorRecovery> {
  const file = readRecoveryFile(fileText);
  if (file.deviceId !== (await ensureDeviceId(db))) throw new RecoveryFileError('otherDevice');
  const raw = await unwrapDataKeyWithCode(file.wrappedDataKey, code).catch(() => {
    throw new RecoveryFileError('wrongCode');
  });
  const { keystore, dataKey, recoveryCode } = await keystoreForKey(raw, passphrase, new Date());
  // The key must open this laptop's data: try it on a sealed row before replacing the key store.
  const sample = await db.counselors.filter((row) => row.sealed !== null && row.sealed !== undefined).first();
  if (sample) await createRecordCodec(dataKey).open('counselors', sample).catch(() => {
    throw new RecoveryFileError('wrongKey');
  });
  await db.meta.put({ key: 'keystore', value: await osProtect(bridge, keystore) });
  await db.meta.delete('unlockFailures');
  return { dataKey, recoveryCode };
}
