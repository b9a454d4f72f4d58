// OS key protection for the renderer: Electron's safeStorage (Keychain on macOS, DPAPI on
// Windows, the desktop keyring on Linux) seals a small secret — the passphrase-wrapped data key —
// so a copy of the profile folder is useless on another machine or account. safeStorage is
// injected, so this module runs under vitest without Electron. Every request is validated with
// the shared zod schemas; every outcome is a value, never a rejection across IPC.
import type { z } from 'zod';
import type { BridgeErrorCode, BridgeResult, SecretStorageInfo } from '../../shared/platform/desktopBridge';
import { protectedSecretBytesSchema, secretBytesSchema } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

/** The part of Electron's safeStorage used here; the real module satisfies it. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store backs the key. */
  getSelectedStorageBackend(): string;
}

export interface SecretIpcDeps {
  readonly safeStorage: SafeStorageLike;
  /** process.platform of the main process. */
  readonly platform: string;
  readonly isTrustedSender: SenderCheck;
}

export type SecretDeps = Omit<SecretIpcDeps, 'isTrustedSender'>;

/**
 * Linux's `basic_text` backend (no keyring found, or --password-store=basic) is not protection:
 * it encrypts with a key hard-coded in Chromium, so anyone who copies the profile folder can
 * decrypt it, yet isEncryptionAvailable() still says true. Offering it as OS protection would be
 * a lie, so it counts as unavailable. `unknown` (backend not determined yet) is not trusted either.
 */
const NOT_PROTECTION = 'basic_text';

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

const invalid = (error: z.ZodError): BridgeResult<never> => fail('invalidRequest', error.issues.map((issue) => issue.message).join('; '));

function backendName(deps: SecretDeps): string {
  switch (deps.platform) {
    case 'darwin':
      return 'keychain';
    case 'win32':
      return 'dpapi';
    case 'linux':
      return deps.safeStorage.getSelectedStorageBackend();
    default:
      return 'unknown';
  }
}

/** What the OS offers right now. Never throws: a failing probe means "not available". */
export function describeSecretStorage(deps: SecretDeps): SecretStorageInfo {
  try {
    const backend = backendName(deps);
    const available = backend !== 'unknown' && backend !== NOT_PROTECTION && deps.safeStorage.isEncryptionAvailable();
    return { available, backend };
  } catch {
    return { available: false, backend: 'unknown' };
  }
}

// safeStorage seals strings, not bytes (Electron 38 has no Buffer variant), so the secret travels
// as base64. Those strings cannot be wiped; they live until garbage collection, in main only.
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A fresh, exactly sized copy. A small Buffer is a view on Node's shared allocation pool, and IPC
 * serialises a view's whole ArrayBuffer: sending the view could leak unrelated pool bytes.
 */
function ownCopy(buffer: Buffer): Uint8Array {
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return copy;
}

function unavailable(storage: SecretStorageInfo): BridgeResult<never> {
  return fail('unavailable', `no OS key protection (${storage.backend})`);
}

export function createSecretStorageHandler(deps: SecretDeps): () => Promise<SecretStorageInfo> {
  return () => Promise.resolve(describeSecretStorage(deps));
}

export function createProtectSecretHandler(deps: SecretDeps): (request: unknown) => Promise<BridgeResult<Uint8Array>> {
  return async (raw) => {
    const parsed = secretBytesSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const storage = describeSecretStorage(deps);
    if (!storage.available) return unavailable(storage);
    const plain = parsed.data;
    try {
      const sealed = deps.safeStorage.encryptString(Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength).toString('base64'));
      return { ok: true, value: ownCopy(sealed) };
    } catch (error) {
      return fail('ioError', describeError(error));
    }
  };
}

export function createUnprotectSecretHandler(deps: SecretDeps): (request: unknown) => Promise<BridgeResult<Uint8Array>> {
  return async (raw) => {
    const parsed = protectedSecretBytesSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const storage = describeSecretStorage(deps);
    if (!storage.available) return unavailable(storage);
    let opened: string;
    try {
      opened = deps.safeStorage.decryptString(Buffer.from(parsed.data));
    } catch (error) {
      return fail('ioError', describeError(error));
    }
    // What this app sealed always opens to non-empty base64; anything else was not ours.
    if (opened === '' || !STRICT_BASE64.test(opened)) return fail('ioError', 'not a secret protected by PCO Desk');
    const bytes = Buffer.from(opened, 'base64');
    const value = ownCopy(bytes);
    bytes.fill(0);
    return { ok: true, value };
  };
}

export function registerSecretIpc(ipcMain: IpcMainLike, deps: SecretIpcDeps): void {
  handleSafely<SecretStorageInfo>(ipcMain, IPC_CHANNELS.secretStorage, {
    isTrustedSender: deps.isTrustedSender,
    refused: () => ({ available: false, backend: 'unknown' }),
    failed: () => ({ available: false, backend: 'unknown' }),
    run: createSecretStorageHandler(deps),
  });
  const common = {
    isTrustedSender: deps.isTrustedSender,
    refused: () => fail('invalidRequest', 'untrusted sender'),
    failed: (error: unknown) => fail('ioError', describeError(error)),
  };
  handleSafely(ipcMain, IPC_CHANNELS.protectSecret, { ...common, run: createProtectSecretHandler(deps) });
  handleSafely(ipcMain, IPC_CHANNELS.unprotectSecret, { ...common, run: createUnprotectSecretHandler(deps) });
}
