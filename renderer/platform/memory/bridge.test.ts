import { describe, expect, it } from 'vitest';
import { MAX_SECRET_BYTES } from '../../../shared/platform/desktopBridge';
import { createMemoryBridge, fakeProtect, fakeUnprotect } from './bridge';

describe('memory bridge', () => {
  it('records saves as copies and refuses invalid requests', async () => {
    const bridge = createMemoryBridge();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await bridge.saveFile({ suggestedName: 'a.pcobundle', bytes })).toEqual({ ok: true, value: { location: 'memory://a.pcobundle', size: 3 } });
    bytes[0] = 99;
    expect(bridge.saved).toHaveLength(1);
    expect([...(bridge.saved[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
    expect(await bridge.saveFile({ suggestedName: 'a/b', bytes })).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(bridge.saved).toHaveLength(1);
  });

  it('opens queued files in order, enforces maxBytes and cancels when the queue is empty', async () => {
    const bridge = createMemoryBridge();
    bridge.queueOpen({ name: 'one.pcobundle', bytes: new Uint8Array([1]) }, { name: 'big.pcobundle', bytes: new Uint8Array(10) });
    expect(await bridge.openFile({ maxBytes: 5 })).toMatchObject({ ok: true, value: { name: 'one.pcobundle' } });
    expect(await bridge.openFile({ maxBytes: 5 })).toMatchObject({ ok: false, error: 'tooLarge' });
    expect(await bridge.openFile({ maxBytes: 5 })).toEqual({ ok: false, error: 'cancelled' });
    expect(await bridge.openFile({ maxBytes: -1 })).toMatchObject({ ok: false, error: 'invalidRequest' });
  });

  it('fails the next call on request, then recovers; reset forgets everything', async () => {
    const bridge = createMemoryBridge({ version: '9.9.9' });
    expect(await bridge.getAppInfo()).toEqual({ kind: 'web', version: '9.9.9', platform: 'memory' });
    bridge.failNext('saveFile', 'ioError', 'disk full');
    expect(await bridge.saveFile({ suggestedName: 'x.txt', bytes: new Uint8Array(1) })).toEqual({ ok: false, error: 'ioError', detail: 'disk full' });
    expect((await bridge.saveFile({ suggestedName: 'x.txt', bytes: new Uint8Array(1) })).ok).toBe(true);
    bridge.queueOpen({ name: 'q', bytes: new Uint8Array(1) });
    bridge.failNext('openFile', 'cancelled');
    bridge.reset();
    expect(bridge.saved).toHaveLength(0);
    expect(await bridge.openFile({ maxBytes: 5 })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('fakes reversible secret protection (test only), marked so it is never mistaken for the input', async () => {
    const bridge = createMemoryBridge();
    expect(await bridge.secretStorage()).toEqual({ available: true, backend: 'memory-test-only' });
    const secret = new Uint8Array([0, 1, 2, 254, 255]);
    const sealed = await bridge.protectSecret(secret);
    if (!sealed.ok) throw new Error(sealed.error);
    expect(new TextDecoder().decode(sealed.value.subarray(0, 9))).toBe('TEST-ONLY');
    expect([...sealed.value.subarray(-secret.byteLength)]).not.toEqual([...secret]);
    const opened = await bridge.unprotectSecret(sealed.value);
    expect(opened.ok && [...opened.value]).toEqual([...secret]);
    expect(await bridge.unprotectSecret(secret)).toMatchObject({ ok: false, error: 'ioError' });
    expect(fakeUnprotect(fakeProtect(new Uint8Array([42])))).toEqual(new Uint8Array([42]));
  });

  it('validates secrets like Electron, simulates unavailability and queued failures; reset restores', async () => {
    const bridge = createMemoryBridge();
    expect(await bridge.protectSecret(new Uint8Array(0))).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(await bridge.protectSecret(new Uint8Array(MAX_SECRET_BYTES + 1))).toMatchObject({ ok: false, error: 'invalidRequest' });
    bridge.setSecretStorageAvailable(false);
    expect(await bridge.secretStorage()).toEqual({ available: false, backend: 'none' });
    expect(await bridge.protectSecret(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await bridge.unprotectSecret(fakeProtect(new Uint8Array([1])))).toMatchObject({ ok: false, error: 'unavailable' });
    bridge.reset();
    expect((await bridge.secretStorage()).available).toBe(true);
    bridge.failNext('unprotectSecret', 'ioError', 'keyring locked');
    const sealed = await bridge.protectSecret(new Uint8Array([3]));
    if (!sealed.ok) throw new Error(sealed.error);
    expect(await bridge.unprotectSecret(sealed.value)).toEqual({ ok: false, error: 'ioError', detail: 'keyring locked' });
    expect(await bridge.unprotectSecret(sealed.value)).toEqual({ ok: true, value: new Uint8Array([3]) });
  });

  it('hands out bundles the OS opened, once each, as copies; null when none waits', async () => {
    const bridge = createMemoryBridge();
    expect(await bridge.takeOpenedBundle()).toEqual({ ok: true, value: null });
    const bytes = new Uint8Array([1, 2]);
    bridge.queueOpenedBundle({ name: 'a.pcobundle', bytes });
    bytes[0] = 9;
    expect(await bridge.takeOpenedBundle()).toEqual({ ok: true, value: { name: 'a.pcobundle', bytes: new Uint8Array([1, 2]) } });
    expect(await bridge.takeOpenedBundle()).toEqual({ ok: true, value: null });
    bridge.queueOpenedBundle({ name: 'b.pcobundle', bytes });
    bridge.reset();
    expect(await bridge.takeOpenedBundle()).toEqual({ ok: true, value: null });
  });
});
