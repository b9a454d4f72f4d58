import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { runTool } from '../drives/runTool';
import { createListDrivesHandler, registerDrivesIpc } from './drivesIpc';
import type { InvokeEventLike, IpcMainLike } from './handle';

describe('removable drives over IPC', () => {
  it('answers with the drives the real OS tool reports (lsblk on this Linux machine: an array, often empty)', async () => {
    const result = await createListDrivesHandler({ platform: process.platform, run: runTool, readdir: (path) => readdir(path) })();
    expect(result.ok).toBe(true);
    if (result.ok) for (const drive of result.value) expect(drive.path).not.toBe('/');
  });

  it('refuses a sender that is not our renderer and turns a failure into a result', async () => {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, handler) => void handlers.set(channel, handler) };
    const event = {} as InvokeEventLike;
    registerDrivesIpc(ipcMain, { isTrustedSender: () => false, platform: 'linux', run: () => Promise.resolve('{}'), readdir: () => Promise.resolve([]) });
    expect(await handlers.get(IPC_CHANNELS.listRemovableDrives)?.(event)).toEqual({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' });
    registerDrivesIpc(ipcMain, { isTrustedSender: () => true, platform: 'linux', run: () => Promise.resolve('{"blockdevices":[{"name":"sda","rm":true,"mountpoints":["/media/x"],"label":"X","size":5}]}'), readdir: () => Promise.resolve([]) });
    expect(await handlers.get(IPC_CHANNELS.listRemovableDrives)?.(event)).toEqual({ ok: true, value: [{ path: '/media/x', label: 'X', sizeBytes: 5 }] });
  });
});
