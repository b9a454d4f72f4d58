// The Electron bridge in Node: `window.pcoDesktop` (what the preload exposes) is a fake, so these
// tests pin the forwarding and the turning of a missing preload or a rejected call into results.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../shared/platform/desktopBridge';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function loadBridge(pcoDesktop: Partial<DesktopBridge> | undefined) {
  vi.stubGlobal('window', { pcoDesktop });
  vi.stubGlobal('navigator', { platform: 'TestOS' });
  vi.resetModules();
  return (await import('./bridge')).bridge;
}

describe('electron bridge', () => {
  it('forwards every call to the preload unchanged', async () => {
    const sealed = new Uint8Array([9, 9]);
    const api: DesktopBridge = {
      getAppInfo: vi.fn(() => Promise.resolve({ kind: 'electron' as const, version: '1.0.0', platform: 'linux' })),
      saveFile: vi.fn(() => Promise.resolve({ ok: true as const, value: { location: '/x.txt', size: 1 } })),
      openFile: vi.fn(() => Promise.resolve({ ok: false as const, error: 'cancelled' as const })),
      secretStorage: vi.fn(() => Promise.resolve({ available: true, backend: 'kwallet6' })),
      protectSecret: vi.fn(() => Promise.resolve({ ok: true as const, value: sealed })),
      unprotectSecret: vi.fn(() => Promise.resolve({ ok: true as const, value: new Uint8Array([1]) })),
      chooseSharedFolder: vi.fn(() => Promise.resolve({ ok: true as const, value: { token: 'folder-1', label: '/srv/pco' } })),
      listSharedFolder: vi.fn(() => Promise.resolve({ ok: true as const, value: [] })),
      writeSharedFile: vi.fn(() => Promise.resolve({ ok: true as const, value: { location: '/srv/pco/a.pcobundle', size: 1 } })),
      readSharedFile: vi.fn(() => Promise.resolve({ ok: false as const, error: 'ioError' as const })),
      listRemovableDrives: vi.fn(() => Promise.resolve({ ok: true as const, value: [] })),
      takeOpenedBundle: vi.fn(() => Promise.resolve({ ok: true as const, value: { name: 'a.pcobundle', bytes: new Uint8Array([4]) } })),
      beginWrite: vi.fn(() => Promise.resolve({ ok: true as const, value: { handle: 'handle-1' } })),
      writePiece: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
      finishWrite: vi.fn(() => Promise.resolve({ ok: true as const, value: { location: '/x.pcobundle', size: 3 } })),
      abortWrite: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
      beginRead: vi.fn(() => Promise.resolve({ ok: true as const, value: { handle: 'handle-2', name: 'x.pcobundle', size: 3 } })),
      readPiece: vi.fn(() => Promise.resolve({ ok: true as const, value: new Uint8Array([1, 2, 3]) })),
      endRead: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    };
    const bridge = await loadBridge(api);
    expect(await bridge.chooseSharedFolder()).toMatchObject({ ok: true, value: { token: 'folder-1' } });
    expect(await bridge.listSharedFolder({ folder: 'folder-1' })).toEqual({ ok: true, value: [] });
    expect(await bridge.writeSharedFile({ folder: 'folder-1', name: 'a.pcobundle', bytes: new Uint8Array(1) })).toMatchObject({ ok: true });
    expect(await bridge.readSharedFile({ folder: 'folder-1', name: 'a.pcobundle', maxBytes: 1 })).toEqual({ ok: false, error: 'ioError' });
    expect(api.listSharedFolder).toHaveBeenCalledWith({ folder: 'folder-1' });
    expect(await bridge.getAppInfo()).toEqual({ kind: 'electron', version: '1.0.0', platform: 'linux' });
    expect(await bridge.saveFile({ suggestedName: 'x.txt', bytes: new Uint8Array(1) })).toMatchObject({ ok: true });
    expect(await bridge.openFile({ maxBytes: 1 })).toEqual({ ok: false, error: 'cancelled' });
    expect(await bridge.secretStorage()).toEqual({ available: true, backend: 'kwallet6' });
    const plain = new Uint8Array([1]);
    expect(await bridge.protectSecret(plain)).toEqual({ ok: true, value: sealed });
    expect(api.protectSecret).toHaveBeenCalledWith(plain);
    expect(await bridge.unprotectSecret(sealed)).toEqual({ ok: true, value: new Uint8Array([1]) });
    expect(api.unprotectSecret).toHaveBeenCalledWith(sealed);
    expect(await bridge.listRemovableDrives()).toEqual({ ok: true, value: [] });
    expect(await bridge.takeOpenedBundle()).toEqual({ ok: true, value: { name: 'a.pcobundle', bytes: new Uint8Array([4]) } });
  });

  it('without the preload: no OS protection, unavailable secrets, ioError for files', async () => {
    const bridge = await loadBridge(undefined);
    expect(await bridge.secretStorage()).toEqual({ available: false, backend: 'unknown' });
    expect(await bridge.protectSecret(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await bridge.unprotectSecret(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await bridge.saveFile({ suggestedName: 'x.txt', bytes: new Uint8Array(1) })).toMatchObject({ ok: false, error: 'ioError' });
    expect(await bridge.getAppInfo()).toEqual({ kind: 'electron', version: 'unknown', platform: 'TestOS' });
    expect(await bridge.takeOpenedBundle()).toMatchObject({ ok: false, error: 'unavailable' });
  });

  it('turns a rejected IPC call into a result', async () => {
    const boom = () => Promise.reject(new Error('IPC channel closed'));
    const bridge = await loadBridge({ secretStorage: boom, protectSecret: boom, unprotectSecret: boom, openFile: boom });
    expect(await bridge.secretStorage()).toEqual({ available: false, backend: 'unknown' });
    expect(await bridge.protectSecret(new Uint8Array([1]))).toEqual({ ok: false, error: 'ioError', detail: 'IPC channel closed' });
    expect(await bridge.unprotectSecret(new Uint8Array([1]))).toEqual({ ok: false, error: 'ioError', detail: 'IPC channel closed' });
    expect(await bridge.openFile({ maxBytes: 1 })).toEqual({ ok: false, error: 'ioError', detail: 'IPC channel closed' });
  });
});
