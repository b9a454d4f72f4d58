import { describe, expect, it } from 'vitest';
import { createMemoryBridge } from './bridge';

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
});
