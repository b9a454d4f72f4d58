import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { createFolderGrants, type FolderGrants } from '../folderGrants';
import { createJsonFileStore } from '../jsonFileStore';
import { createChooseFolderHandler, createListFolderHandler, createReadFileHandler, createWriteFileHandler, registerFolderIpc, type FolderIpcDeps } from './folderIpc';
import type { InvokeEventLike, IpcMainLike } from './handle';

let dir: string;
/** Where main keeps the folders the user picked (userData in the app). */
let userData: string;
let grants: FolderGrants;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pco-folder-ipc-'));
  userData = await mkdtemp(join(tmpdir(), 'pco-folder-grants-'));
  grants = openGrants();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

/** The grants as main opens them at start: from the JSON file in userData. */
function openGrants(): FolderGrants {
  return createFolderGrants({ store: createJsonFileStore(join(userData, 'shared-folders.json')) });
}

function realDeps(chosen: string[] = [dir], canceled = false): FolderIpcDeps {
  return {
    grants,
    showFolderDialog: () => Promise.resolve({ canceled, filePaths: chosen }),
    readdir: (path) => readdir(path),
    stat: (path) => stat(path),
    lstat: (path) => lstat(path),
    readFile: (path) => readFile(path),
    writeNewFile: (path, bytes) => writeFile(path, bytes, { flag: 'wx' }),
  };
}

/** Picks `dir` in the (fake) dialog and returns the token main issued for it. */
async function pickedToken(deps: FolderIpcDeps = realDeps()): Promise<string> {
  const chosen = await createChooseFolderHandler(deps)();
  if (!chosen.ok) throw new Error(`choose failed: ${chosen.error} ${chosen.detail ?? ''}`);
  return chosen.value.token;
}

describe('choose the shared folder', () => {
  it('returns an opaque token main issued, and the path only as the label', async () => {
    const chosen = await createChooseFolderHandler(realDeps())();
    expect(chosen).toMatchObject({ ok: true, value: { label: dir } });
    const token = chosen.ok ? chosen.value.token : '';
    expect(token).toMatch(/^folder-[0-9a-f-]{36}$/);
    expect(token).not.toContain(dir);
  });

  it('gives the same folder picked again the same token', async () => {
    expect(await pickedToken()).toBe(await pickedToken());
  });

  it('reports a cancelled dialog', async () => {
    expect(await createChooseFolderHandler(realDeps([], true))()).toEqual({ ok: false, error: 'cancelled' });
  });

  it('refuses a path that is not a folder', async () => {
    await writeFile(join(dir, 'a.txt'), 'x');
    expect(await createChooseFolderHandler(realDeps([join(dir, 'a.txt')]))()).toMatchObject({ ok: false, error: 'ioError' });
  });
});

describe('only folders main issued a token for', () => {
  it('refuses a folder the renderer names by its path, and writes nothing', async () => {
    const deps = realDeps();
    await writeFile(join(dir, 'a.pcobundle'), 'x');
    expect(await createWriteFileHandler(deps)({ folder: dir, name: 'b.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'unknownFolder' });
    expect(await createListFolderHandler(deps)({ folder: dir })).toMatchObject({ ok: false, error: 'unknownFolder' });
    expect(await createReadFileHandler(deps)({ folder: dir, name: 'a.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'unknownFolder' });
    expect(await readdir(dir)).toEqual(['a.pcobundle']);
  });

  it('refuses UNC and other network paths without touching them (no authentication to a remote host)', async () => {
    const touched: string[] = [];
    const spy = (path: string) => {
      touched.push(path);
      return stat(path);
    };
    const deps: FolderIpcDeps = { ...realDeps(), stat: spy, lstat: spy, readdir: (path) => (touched.push(path), readdir(path)) };
    for (const folder of ['\\\\evil\\share', '\\\\?\\UNC\\evil\\share', '\\\\.\\UNC\\evil\\share', '//evil/share', '/\\evil\\share']) {
      expect(await createListFolderHandler(deps)({ folder })).toMatchObject({ ok: false, error: 'unknownFolder' });
      expect(await createWriteFileHandler(deps)({ folder, name: 'a.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'unknownFolder' });
    }
    expect(touched).toEqual([]);
  });

  it('writes to a removable drive through the token main issued when it listed the drive', async () => {
    const drive = grants.grantDrive(dir);
    const written = await createWriteFileHandler(realDeps())({ folder: drive?.token, name: 'sulla-chiavetta.pcobundle', bytes: new Uint8Array([1]) });
    expect(written).toMatchObject({ ok: true, value: { location: join(dir, 'sulla-chiavetta.pcobundle') } });
  });

  it('keeps the picked folder across a restart: a new main process knows the token', async () => {
    const token = await pickedToken();
    grants = openGrants();
    const written = await createWriteFileHandler(realDeps())({ folder: token, name: 'dopo-riavvio.pcobundle', bytes: new Uint8Array([5]) });
    expect(written).toEqual({ ok: true, value: { location: join(dir, 'dopo-riavvio.pcobundle'), size: 1 } });
  });

  it('accepts a network-style path the user picked in the dialog', async () => {
    // On Linux `//tmp/x` is /tmp/x: a path shaped like a UNC share that exists here.
    const unc = `/${dir}`;
    const chosen = await createChooseFolderHandler(realDeps([unc]))();
    expect(chosen).toMatchObject({ ok: true, value: { label: unc } });
    const token = chosen.ok ? chosen.value.token : '';
    expect(await grants.resolve(token)).toMatchObject({ origin: 'picked', network: true });
    expect(await createWriteFileHandler(realDeps())({ folder: token, name: 'rete.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: true });
    expect(await readdir(dir)).toEqual(['rete.pcobundle']);
  });
});

describe('reads bounded by the bundle limit', () => {
  it('refuses a request for more than a bundle can be', async () => {
    const token = await pickedToken();
    await writeFile(join(dir, 'a.pcobundle'), new Uint8Array([1]));
    expect(await createReadFileHandler(realDeps())({ folder: token, name: 'a.pcobundle', maxBytes: MAX_BUNDLE_BYTES + 1 })).toMatchObject({ ok: false, error: 'invalidRequest' });
  });

  it('names the limit in the refusal, so the renderer can tell the user', async () => {
    const token = await pickedToken();
    await writeFile(join(dir, 'big.pcobundle'), new Uint8Array(50));
    expect(await createReadFileHandler(realDeps())({ folder: token, name: 'big.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 10 });
  });

  it('never asks the disk for more than the limit (a file growing after the size check)', async () => {
    const token = await pickedToken();
    await writeFile(join(dir, 'a.pcobundle'), new Uint8Array(4));
    const asked: (number | undefined)[] = [];
    const deps: FolderIpcDeps = { ...realDeps(), readFile: (path, maxBytes) => (asked.push(maxBytes), Promise.resolve(new Uint8Array(11))) };
    expect(await createReadFileHandler(deps)({ folder: token, name: 'a.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 10 });
    expect(asked).toEqual([10]);
  });

  it('does not follow a symbolic link named like a bundle to a file outside the folder', async () => {
    const token = await pickedToken();
    const outside = await mkdtemp(join(tmpdir(), 'pco-outside-'));
    try {
      await writeFile(join(outside, 'secret.txt'), 'not yours');
      await symlink(join(outside, 'secret.txt'), join(dir, 'link.pcobundle'));
      expect(await createReadFileHandler(realDeps())({ folder: token, name: 'link.pcobundle', maxBytes: 100 })).toMatchObject({ ok: false, error: 'ioError' });
      const listed = await createListFolderHandler(realDeps())({ folder: token });
      expect(listed).toEqual({ ok: true, value: [] });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('write, list and read sync files', () => {
  it('writes a new bundle, lists it and reads it back', async () => {
    const deps = realDeps();
    const token = await pickedToken(deps);
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const written = await createWriteFileHandler(deps)({ folder: token, name: 'da-coordinatore.pcobundle', bytes });
    expect(written).toEqual({ ok: true, value: { location: join(dir, 'da-coordinatore.pcobundle'), size: 4 } });
    await writeFile(join(dir, 'notes.txt'), 'not a bundle');
    await writeFile(join(dir, '.hidden.pcobundle'), 'hidden');
    await mkdir(join(dir, 'folder.pcobundle'));
    const listed = await createListFolderHandler(deps)({ folder: token });
    expect(listed.ok && listed.value.map((entry) => [entry.name, entry.size])).toEqual([['da-coordinatore.pcobundle', 4]]);
    const read = await createReadFileHandler(deps)({ folder: token, name: 'da-coordinatore.pcobundle', maxBytes: 100 });
    expect(read.ok && [...read.value.bytes]).toEqual([1, 2, 3, 250]);
  });

  it('never overwrites an existing file', async () => {
    await writeFile(join(dir, 'b.pcobundle'), 'first');
    const result = await createWriteFileHandler(realDeps())({ folder: await pickedToken(), name: 'b.pcobundle', bytes: new Uint8Array([9]) });
    expect(result).toMatchObject({ ok: false, error: 'ioError' });
    expect(await readFile(join(dir, 'b.pcobundle'), 'utf8')).toBe('first');
  });

  it('refuses names that leave the folder or are not sync files, and relative folders', async () => {
    const deps = realDeps();
    const token = await pickedToken(deps);
    const write = createWriteFileHandler(deps);
    for (const name of ['../escape.pcobundle', 'sub/x.pcobundle', 'x.exe', 'x.pcobundle.exe', '.x.pcobundle', '']) {
      expect(await write({ folder: token, name, bytes: new Uint8Array([1]) })).toMatchObject({ ok: false, error: 'invalidRequest' });
    }
    expect(await write({ folder: 'relative/dir', name: 'a.pcobundle', bytes: new Uint8Array([1]) })).toMatchObject({ ok: false });
    expect(await createReadFileHandler(deps)({ folder: token, name: '../../etc/passwd', maxBytes: 10 })).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers ioError when the picked folder has vanished', async () => {
    const inner = join(dir, 'inner');
    await mkdir(inner);
    const token = await pickedToken(realDeps([inner]));
    await rm(inner, { recursive: true });
    expect(await createListFolderHandler(realDeps())({ folder: token })).toMatchObject({ ok: false, error: 'ioError' });
  });

  it('does not read through a symbolic link named like a bundle into a directory', async () => {
    await mkdir(join(dir, 'inner'));
    await symlink(join(dir, 'inner'), join(dir, 'link.pcobundle'));
    expect(await createReadFileHandler(realDeps())({ folder: await pickedToken(), name: 'link.pcobundle', maxBytes: 10 })).toMatchObject({ ok: false, error: 'ioError' });
  });
});

describe('registration', () => {
  it('registers the four channels and refuses untrusted senders', async () => {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
    const writeNewFile = vi.fn();
    registerFolderIpc(ipcMain, { ...realDeps(), writeNewFile, isTrustedSender: () => false });
    expect([...handlers.keys()].sort()).toEqual([IPC_CHANNELS.chooseSharedFolder, IPC_CHANNELS.listSharedFolder, IPC_CHANNELS.readSharedFile, IPC_CHANNELS.writeSharedFile].sort());
    const answer = await handlers.get(IPC_CHANNELS.writeSharedFile)?.({ senderFrame: null }, { folder: await pickedToken(), name: 'a.pcobundle', bytes: new Uint8Array([1]) });
    expect(answer).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(writeNewFile).not.toHaveBeenCalled();
  });
});
