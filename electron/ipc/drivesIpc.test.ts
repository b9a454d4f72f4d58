import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { runTool } from '../drives/runTool';
import { createFolderGrants } from '../folderGrants';
import { createMemoryStore } from '../jsonFileStore';
import { createListDrivesHandler, registerDrivesIpc } from './drivesIpc';
import type { InvokeEventLike, IpcMainLike } from './handle';

const grants = () => createFolderGrants({ store: createMemoryStore() });
const lsblk = (mountpoints: string[]) =>
  JSON.stringify({ blockdevices: mountpoints.map((mountpoint, i) => ({ name: `sd${'bcd'[i] ?? 'z'}`, rm: true, mountpoints: [mountpoint], label: `X${i}`, size: 5 })) });

describe('removable drives over IPC', () => {
  it('answers with the drives the real OS tool reports (lsblk on this Linux machine: an array, often empty)', async () => {
    const result = await createListDrivesHandler({ platform: process.platform, run: runTool, readdir: (path) => readdir(path), grants: grants() })();
    expect(result.ok).toBe(true);
    if (result.ok) for (const drive of result.value) expect(drive.path).not.toBe('/');
  });

  it('hands out a token main issued for each drive, the same one at every listing, and main resolves it to the drive', async () => {
    const folders = grants();
    const list = createListDrivesHandler({ platform: 'linux', run: () => Promise.resolve(lsblk(['/media/giulia/PCO'])), readdir: () => Promise.resolve([]), grants: folders });
    const first = await list();
    expect(first).toEqual({ ok: true, value: [{ path: '/media/giulia/PCO', label: 'X0', sizeBytes: 5, token: expect.stringMatching(/^drive-[0-9a-f-]{36}$/) as unknown }] });
    const token = first.ok ? (first.value[0]?.token ?? '') : '';
    expect(await list()).toEqual(first);
    expect(await folders.resolve(token)).toMatchObject({ path: '/media/giulia/PCO', origin: 'drive' });
  });

  it('leaves out a drive mounted at a network-shaped path', async () => {
    const list = createListDrivesHandler({ platform: 'linux', run: () => Promise.resolve(lsblk(['//server/share', '/media/x'])), readdir: () => Promise.resolve([]), grants: grants() });
    const result = await list();
    expect(result.ok && result.value.map((drive) => drive.path)).toEqual(['/media/x']);
  });

  it('refuses a sender that is not our renderer and turns a failure into a result', async () => {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, handler) => void handlers.set(channel, handler) };
    const event = {} as InvokeEventLike;
    registerDrivesIpc(ipcMain, { isTrustedSender: () => false, platform: 'linux', run: () => Promise.resolve('{}'), readdir: () => Promise.resolve([]), grants: grants() });
    expect(await handlers.get(IPC_CHANNELS.listRemovableDrives)?.(event)).toEqual({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' });
    registerDrivesIpc(ipcMain, { isTrustedSender: () => true, platform: 'linux', run: () => Promise.resolve(lsblk(['/media/x'])), readdir: () => Promise.resolve([]), grants: grants() });
    expect(await handlers.get(IPC_CHANNELS.listRemovableDrives)?.(event)).toMatchObject({ ok: true, value: [{ path: '/media/x', label: 'X0', sizeBytes: 5 }] });
  });
});
