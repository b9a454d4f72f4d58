import { describe, expect, it, vi } from 'vitest';
import { MAX_PROTECTED_SECRET_BYTES, MAX_SECRET_BYTES, secretStorageInfoSchema } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import type { InvokeEventLike, IpcMainLike } from './handle';
import type { SafeStorageLike, SecretDeps } from './secretIpc';
import { createProtectSecretHandler, createUnprotectSecretHandler, describeSecretStorage, registerSecretIpc } from './secretIpc';

/**
 * A stand-in for safeStorage that behaves like it where it matters: it takes and returns strings,
 * adds a header (as the real one adds "v10"/"v11"), and throws on data it did not seal.
 */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { sealed: string[] } {
  const sealed: string[] = [];
  const header = Buffer.from('v11');
  return {
    sealed,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(plainText) {
      sealed.push(plainText);
      const body = Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5a);
      return Buffer.concat([header, body]);
    },
    decryptString(encrypted) {
      if (!encrypted.subarray(0, 3).equals(header)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString('utf8');
    },
  };
}

const linux = (safeStorage: SafeStorageLike): SecretDeps => ({ platform: 'linux', safeStorage });

describe('describeSecretStorage', () => {
  it('names the backend of each platform and matches the shared schema', () => {
    const safeStorage = fakeSafeStorage();
    expect(describeSecretStorage({ platform: 'darwin', safeStorage })).toEqual({ available: true, backend: 'keychain' });
    expect(describeSecretStorage({ platform: 'win32', safeStorage })).toEqual({ available: true, backend: 'dpapi' });
    expect(describeSecretStorage(linux(safeStorage))).toEqual({ available: true, backend: 'gnome_libsecret' });
    expect(describeSecretStorage(linux(fakeSafeStorage({ backend: 'kwallet6' })))).toEqual({ available: true, backend: 'kwallet6' });
    expect(secretStorageInfoSchema.safeParse(describeSecretStorage(linux(safeStorage))).success).toBe(true);
  });

  it("treats Linux's basic_text (a hard-coded key) and an unknown backend as unavailable", () => {
    expect(describeSecretStorage(linux(fakeSafeStorage({ backend: 'basic_text' })))).toEqual({ available: false, backend: 'basic_text' });
    expect(describeSecretStorage(linux(fakeSafeStorage({ backend: 'unknown' })))).toEqual({ available: false, backend: 'unknown' });
    expect(describeSecretStorage({ platform: 'freebsd', safeStorage: fakeSafeStorage() })).toEqual({ available: false, backend: 'unknown' });
  });

  it('reports unavailable when the OS says so, and when the probe throws', () => {
    expect(describeSecretStorage({ platform: 'darwin', safeStorage: fakeSafeStorage({ available: false }) })).toEqual({ available: false, backend: 'keychain' });
    const throwing = { ...fakeSafeStorage(), getSelectedStorageBackend: () => { throw new Error('dbus gone'); } };
    expect(describeSecretStorage(linux(throwing))).toEqual({ available: false, backend: 'unknown' });
  });

  it('does not ask for the Linux backend on other platforms', () => {
    const safeStorage = fakeSafeStorage();
    const backend = vi.spyOn(safeStorage, 'getSelectedStorageBackend');
    describeSecretStorage({ platform: 'win32', safeStorage });
    expect(backend).not.toHaveBeenCalled();
  });
});

describe('protect and unprotect', () => {
  it('round-trips any bytes through base64, so no byte is lost to string encoding', async () => {
    const safeStorage = fakeSafeStorage();
    const protect = createProtectSecretHandler(linux(safeStorage));
    const unprotect = createUnprotectSecretHandler(linux(safeStorage));
    const secret = new Uint8Array(256).map((_, i) => i);
    const sealed = await protect(secret);
    if (!sealed.ok) throw new Error(sealed.error);
    expect(safeStorage.sealed).toEqual([Buffer.from(secret).toString('base64')]);
    expect(sealed.value).not.toBeInstanceOf(Buffer);
    expect(sealed.value.buffer.byteLength).toBe(sealed.value.byteLength);
    const opened = await unprotect(sealed.value);
    if (!opened.ok) throw new Error(opened.error);
    expect([...opened.value]).toEqual([...secret]);
    expect(opened.value.buffer.byteLength).toBe(opened.value.byteLength);
  });

  it('seals only the viewed bytes of a subarray', async () => {
    const safeStorage = fakeSafeStorage();
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    await createProtectSecretHandler(linux(safeStorage))(backing.subarray(2, 5));
    expect(safeStorage.sealed).toEqual([Buffer.from([1, 2, 3]).toString('base64')]);
  });

  it('refuses invalid or oversized input before touching safeStorage', async () => {
    const safeStorage = fakeSafeStorage();
    const encrypt = vi.spyOn(safeStorage, 'encryptString');
    const decrypt = vi.spyOn(safeStorage, 'decryptString');
    const protect = createProtectSecretHandler(linux(safeStorage));
    const unprotect = createUnprotectSecretHandler(linux(safeStorage));
    for (const request of [undefined, 'secret', [1, 2, 3], { bytes: new Uint8Array(1) }, new Uint8Array(0), new Uint8Array(MAX_SECRET_BYTES + 1)]) {
      expect(await protect(request)).toMatchObject({ ok: false, error: 'invalidRequest' });
    }
    for (const request of [null, new Uint8Array(0), new Uint8Array(MAX_PROTECTED_SECRET_BYTES + 1)]) {
      expect(await unprotect(request)).toMatchObject({ ok: false, error: 'invalidRequest' });
    }
    expect(encrypt).not.toHaveBeenCalled();
    expect(decrypt).not.toHaveBeenCalled();
    expect((await protect(new Uint8Array(MAX_SECRET_BYTES))).ok).toBe(true);
  });

  it('the largest secret, once sealed, is still accepted for unsealing', async () => {
    const safeStorage = fakeSafeStorage();
    const sealed = await createProtectSecretHandler(linux(safeStorage))(new Uint8Array(MAX_SECRET_BYTES).fill(255));
    if (!sealed.ok) throw new Error(sealed.error);
    expect(sealed.value.byteLength).toBeLessThanOrEqual(MAX_PROTECTED_SECRET_BYTES);
    expect((await createUnprotectSecretHandler(linux(safeStorage))(sealed.value)).ok).toBe(true);
  });

  it("answers 'unavailable' without OS protection, including basic_text", async () => {
    for (const safeStorage of [fakeSafeStorage({ available: false }), fakeSafeStorage({ backend: 'basic_text' })]) {
      const encrypt = vi.spyOn(safeStorage, 'encryptString');
      expect(await createProtectSecretHandler(linux(safeStorage))(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
      expect(await createUnprotectSecretHandler(linux(safeStorage))(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
      expect(encrypt).not.toHaveBeenCalled();
    }
  });

  it('turns safeStorage failures and foreign data into ioError', async () => {
    const safeStorage = fakeSafeStorage();
    const unprotect = createUnprotectSecretHandler(linux(safeStorage));
    expect(await unprotect(new Uint8Array([1, 2, 3, 4]))).toMatchObject({ ok: false, error: 'ioError', detail: expect.stringMatching(/decrypting/) });
    const notBase64 = safeStorage.encryptString('hello, world');
    expect(await unprotect(new Uint8Array(notBase64))).toEqual({ ok: false, error: 'ioError', detail: 'not a secret protected by PCO Desk' });
    const empty = safeStorage.encryptString('');
    expect(await unprotect(new Uint8Array(empty))).toMatchObject({ ok: false, error: 'ioError' });
    const failing = { ...fakeSafeStorage(), encryptString: () => { throw new Error('keyring locked'); } };
    expect(await createProtectSecretHandler(linux(failing))(new Uint8Array([1]))).toEqual({ ok: false, error: 'ioError', detail: 'keyring locked' });
  });
});

describe('registerSecretIpc', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
    return { ipcMain, handlers };
  }
  const trusted: InvokeEventLike = { senderFrame: { url: 'file:///app/index.html', parent: null } };
  const stranger: InvokeEventLike = { senderFrame: { url: 'https://evil.example/', parent: null } };

  it('registers three channels, serves our renderer and tells strangers nothing', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const safeStorage = fakeSafeStorage();
    const encrypt = vi.spyOn(safeStorage, 'encryptString');
    registerSecretIpc(ipcMain, { platform: 'darwin', safeStorage, isTrustedSender: (event) => event === trusted });
    expect([...handlers.keys()].sort()).toEqual([IPC_CHANNELS.protectSecret, IPC_CHANNELS.secretStorage, IPC_CHANNELS.unprotectSecret].sort());
    const info = handlers.get(IPC_CHANNELS.secretStorage);
    const protect = handlers.get(IPC_CHANNELS.protectSecret);
    const unprotect = handlers.get(IPC_CHANNELS.unprotectSecret);
    if (!info || !protect || !unprotect) throw new Error('handlers missing');

    expect(await info(trusted)).toEqual({ available: true, backend: 'keychain' });
    expect(await info(stranger)).toEqual({ available: false, backend: 'unknown' });
    expect(await protect(stranger, new Uint8Array([1]))).toEqual({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' });
    expect(await unprotect(stranger, new Uint8Array([1]))).toEqual({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' });
    expect(encrypt).not.toHaveBeenCalled();

    const sealed = (await protect(trusted, new Uint8Array([7, 7]))) as { ok: true; value: Uint8Array };
    expect(sealed.ok).toBe(true);
    expect(await unprotect(trusted, sealed.value)).toEqual({ ok: true, value: new Uint8Array([7, 7]) });
  });

  it('never rejects, even when the availability probe itself blows up', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const safeStorage = { ...fakeSafeStorage(), isEncryptionAvailable: () => { throw new Error('not ready'); } };
    registerSecretIpc(ipcMain, { platform: 'win32', safeStorage, isTrustedSender: () => true });
    expect(await handlers.get(IPC_CHANNELS.secretStorage)?.(trusted)).toEqual({ available: false, backend: 'unknown' });
    expect(await handlers.get(IPC_CHANNELS.protectSecret)?.(trusted, new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
  });
});
