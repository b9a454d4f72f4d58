import { describe, expect, it } from 'vitest';
import { createMemoryBridge } from './bridge';

describe('memory bridge shared folder', () => {
  it('chooses a folder, writes once, lists and reads back, refusing other names', async () => {
    const bridge = createMemoryBridge();
    expect(await bridge.chooseSharedFolder()).toEqual({ ok: false, error: 'cancelled' });
    bridge.setNextFolder('usb');
    expect(await bridge.chooseSharedFolder()).toEqual({ ok: true, value: { token: 'usb', label: 'usb' } });
    expect(await bridge.writeSharedFile({ folder: 'usb', name: 'a.pcobundle', bytes: new Uint8Array([1, 2]) })).toMatchObject({ ok: true });
    expect(await bridge.writeSharedFile({ folder: 'usb', name: 'a.pcobundle', bytes: new Uint8Array([3]) })).toMatchObject({ ok: false, error: 'ioError' });
    expect(await bridge.writeSharedFile({ folder: 'usb', name: '../x.exe', bytes: new Uint8Array([3]) })).toMatchObject({ ok: false, error: 'invalidRequest' });
    const listed = await bridge.listSharedFolder({ folder: 'usb' });
    expect(listed.ok && listed.value.map((entry) => entry.name)).toEqual(['a.pcobundle']);
    const read = await bridge.readSharedFile({ folder: 'usb', name: 'a.pcobundle', maxBytes: 10 });
    expect(read.ok && [...read.value.bytes]).toEqual([1, 2]);
  });
});
