import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { createChooseFolderHandler, createListFolderHandler, createReadFileHandler, createWriteFileHandler, registerFolderIpc, type FolderIpcDeps } from './folderIpc';
import type { InvokeEventLike, IpcMainLike } from './handle';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pco-folder-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function realDeps(chosen: string[] = [dir], canceled = false): FolderIpcDeps {
  return {
    showFolderDialog: () => Promise.resolve({ canceled, filePaths: chosen }),
    readdir: (path) => readdir(path),
    stat: (path) => stat(path),
    readFile: (path) => readFile(path),
    writeNewFile: (path, bytes) => writeFile(path, bytes, { flag: 'wx' }),
  };
}

describe('choose the shared folder', () => {
  it('returns the chosen folder as token and label', async () => {
    expect(await createChooseFolderHandler(realDeps())()).toEqual({ ok: true, value: { token: dir, label: dir } });
  });

  it('reports a cancelled dialog', async () => {
    expect(await createChooseFolderHandler(realDeps([], true))()).toEqual({ ok: false, error: 'cancelled' });
  });

  it('refuses a path that is not a folder', async () => {
    await writeFile(join(dir, 'a.txt'), 'x');
    expect(await createChooseFolderHandler(realDeps([join(dir, 'a.txt')]))()).toMatchObject({ ok: false, error: 'ioError' });
  });
});

describe('write, list and read sync files', () => {
  it('writes a new bundle, lists it and reads it back', async () => {
    const deps = realDeps();
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const written = await createWriteFileHandler(deps)({ folder: dir, name: 'da-coordinatore.pcobundle', bytes });
    expect(written).toEqual({ ok: true, value: { location: join(dir, 'da-coordinatore.pcobundle'), size: 4 } });
    await writeFile(join(dir, 'notes.txt'), 'not a bundle');
    await writeFile(join(dir, '.hidden.pcobundle'), 'hidden');
    await mkdir(join(dir, 'folder.pcobundle'));
    const listed = await createListFolderHandler(deps)({ folder: dir });
    expect(listed.ok && listed.value.map((entry) => [entry.name, entry.size])).toEqual([['da-coordinatore.pcobundle', 4]]);
    const read = await createReadFileHandler(deps)({ folder: dir, name: 'da-coordinatore.pcobundle', maxBytes: 100 });
    expect(read.ok && [...read.value.bytes]).toEqual([1, 2, 3, 250]);
  });

  it('never overwrites an existing file', async () => {
    await writeFile(join(dir, 'b.pcobundle'), 'first');
    const result = await createWriteFileHandler(realDeps())({ folder: dir, name: 'b.pcobundle', bytes: new Uint8Array([9]) });
    expect(result).toMatchObject({ ok: false, error: 'ioError' });
    expect(await readFile(join(dir, 'b.pcobundle'), 'utf8')).toBe('first');
  });

  it('refuses names that leave the folder or are not sync files, and relative folders', async () => {
    const deps = realDeps();
    const write = createWriteFileHandler(deps);
    for (const name of ['../escape.pcobundle', 'sub/x.pcobundle', 'x.exe', 'x.pcobundle.exe', '.x.pcobundle', '']) {
      expect(await write({ folder: dir, name, bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'invalidRequest' });
    }
    expect(await write({ folder: 'relative/dir', name: 'a.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(await createReadFileHandler(deps)({ folder: dir, name: '../../etc/passwd', maxBytes: 10 })).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a file over the size limit and a folder that vanished', async () => {
    await writeFile(join(dir, 'big.pcobundle'), new Uint8Array(50));
    expect(await createReadFileHandler(realDeps())({ folder: dir, name: 'big.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'tooLarge' });
    expect(await createListFolderHandler(realDeps())({ folder: join(dir, 'gone') })).toMatchObject({ ok: false, error: 'ioError' });
  });

  it('does not read through a symbolic link named like a bundle into a directory', async () => {
    await mkdir(join(dir, 'inner'));
    await symlink(join(dir, 'inner'), join(dir, 'link.pcobundle'));
    expect(await createReadFileHandler(realDeps())({ folder: dir, name: 'link.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'ioError' });
  });
});

describe('registration', () => {
  it('registers the four channels and refuses untrusted senders', async () => {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
    const writeNewFile = vi.fn();
    registerFolderIpc(ipcMain, { ...realDeps(), writeNewFile, isTrustedSender: () => false });
    expect([...handlers.keys()].sort()).toEqual([IPC_CHANNELS.chooseSharedFolder, IPC_CHANNELS.listSharedFolder, IPC_CHANNELS.readSharedFile, IPC_CHANNELS.writeSharedFile].sort());
    const answer = await handlers.get(IPC_CHANNELS.writeSharedFile)?.({ senderFrame: null }, { folder: dir, name: 'a.pcobundle', bytes: new Uint8Array([1]) });
    expect(answer).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(writeNewFile).not.toHaveBeenCalled();
  });
});
