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

  it('answers unknownFolder, as Electron does, for a token it did not issue: a path kept by an old setting among them', async () => {
    const bridge = createMemoryBridge();
    for (const folder of ['/srv/pco', 'C:\\PCO', 'folder-never-issued']) {
      expect(await bridge.listSharedFolder({ folder })).toMatchObject({ ok: false, error: 'unknownFolder' });
      expect(await bridge.writeSharedFile({ folder, name: 'a.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'unknownFolder' });
      expect(await bridge.readSharedFile({ folder, name: 'a.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'unknownFolder' });
    }
  });

  it('names the limit when a file is too large', async () => {
    const bridge = createMemoryBridge();
    bridge.setNextFolder('usb');
    await bridge.chooseSharedFolder();
    await bridge.writeSharedFile({ folder: 'usb', name: 'a.pcobundle', bytes: new Uint8Array(20) });
    expect(await bridge.readSharedFile({ folder: 'usb', name: 'a.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 10 });
    bridge.queueOpen({ name: 'b.pcobundle', bytes: new Uint8Array(20) });
    expect(await bridge.openFile({ maxBytes: 10 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 10 });
  });

  it('writes to a plugged drive through the token it lists, never through its path', async () => {
    const bridge = createMemoryBridge();
    bridge.plugDrive({ path: '/media/giulia/PCO', label: 'PCO', sizeBytes: 16e9, token: 'drive-1' });
    const drives = await bridge.listRemovableDrives();
    expect(drives).toEqual({ ok: true, value: [{ path: '/media/giulia/PCO', label: 'PCO', sizeBytes: 16e9, token: 'drive-1' }] });
    expect(await bridge.writeSharedFile({ folder: 'drive-1', name: 'a.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: true });
    expect(bridge.folderFiles('drive-1').has('a.pcobundle')).toBe(true);
    expect(await bridge.writeSharedFile({ folder: '/media/giulia/PCO', name: 'b.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'unknownFolder' });
  });
});
