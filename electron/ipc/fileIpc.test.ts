import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { createOpenFileHandler, createSaveFileHandler, registerFileIpc } from './fileIpc';
import type { InvokeEventLike, IpcMainLike } from './handle';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pco-file-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs = { writeFile: (path: string, bytes: Uint8Array) => writeFile(path, bytes), readFile: (path: string) => readFile(path), stat: (path: string) => stat(path) };
const bundleFilter = [{ name: 'PCO bundle', extensions: ['pcobundle'] }];

describe('save file', () => {
  it('refuses an invalid request without opening a dialog', async () => {
    const showSaveDialog = vi.fn();
    const save = createSaveFileHandler({ showSaveDialog, writeFile: realFs.writeFile });
    for (const request of [undefined, 'x', { suggestedName: '../escape.txt', bytes: new Uint8Array(1) }, { suggestedName: 'a.txt', bytes: [1, 2] }, { suggestedName: '', bytes: new Uint8Array(1) }]) {
      const result = await save(request);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBe('invalidRequest');
    }
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const writeSpy = vi.fn(realFs.writeFile);
    const save = createSaveFileHandler({ showSaveDialog: () => Promise.resolve({ canceled: true }), writeFile: writeSpy });
    expect(await save({ suggestedName: 'a.pcobundle', bytes: new Uint8Array([1]) })).toEqual({ ok: false, error: 'cancelled' });
    expect(writeSpy).not.toHaveBeenCalled();
  });

  it('writes the bytes to the chosen path, starting the dialog in the default folder', async () => {
    const target = join(dir, 'export.pcobundle');
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: target }));
    const save = createSaveFileHandler({ showSaveDialog, writeFile: realFs.writeFile, defaultDirectory: dir });
    const bytes = new Uint8Array([0, 1, 2, 250, 251]);
    const result = await save({ suggestedName: 'export.pcobundle', bytes, filters: bundleFilter });
    expect(result).toEqual({ ok: true, value: { location: target, size: 5 } });
    expect(showSaveDialog).toHaveBeenCalledWith({ defaultPath: join(dir, 'export.pcobundle'), filters: bundleFilter });
    expect([...(await readFile(target))]).toEqual([0, 1, 2, 250, 251]);
  });

  it('turns a write failure into ioError instead of throwing', async () => {
    const save = createSaveFileHandler({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: join(dir, 'missing', 'x.txt') }), writeFile: realFs.writeFile });
    const result = await save({ suggestedName: 'x.txt', bytes: new Uint8Array([1]) });
    expect(result).toMatchObject({ ok: false, error: 'ioError' });
    if (!result.ok) expect(result.detail).toMatch(/ENOENT/);
  });
});

describe('open file', () => {
  const chooser = (filePaths: string[], canceled = false) => () => Promise.resolve({ canceled, filePaths });

  it('refuses an invalid request without opening a dialog', async () => {
    const showOpenDialog = vi.fn();
    const open = createOpenFileHandler({ showOpenDialog, ...realFs });
    for (const request of [null, {}, { maxBytes: 0 }, { maxBytes: 1.5 }, { maxBytes: 10, filters: [{ name: 'x', extensions: ['../'] }] }]) {
      expect(await open(request)).toMatchObject({ ok: false, error: 'invalidRequest' });
    }
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it('reports a cancelled dialog', async () => {
    const open = createOpenFileHandler({ showOpenDialog: chooser([], true), ...realFs });
    expect(await open({ maxBytes: 10 })).toEqual({ ok: false, error: 'cancelled' });
    const openEmpty = createOpenFileHandler({ showOpenDialog: chooser([]), ...realFs });
    expect(await openEmpty({ maxBytes: 10 })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('refuses a file larger than maxBytes before reading it', async () => {
    const path = join(dir, 'big.pcobundle');
    await writeFile(path, new Uint8Array(2048));
    const readSpy = vi.fn(realFs.readFile);
    const open = createOpenFileHandler({ showOpenDialog: chooser([path]), stat: realFs.stat, readFile: readSpy });
    const result = await open({ maxBytes: 1024, filters: bundleFilter });
    expect(result).toMatchObject({ ok: false, error: 'tooLarge' });
    expect(readSpy).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit after stat, having asked the disk for no more than the limit', async () => {
    const asked: (number | undefined)[] = [];
    const open = createOpenFileHandler({
      showOpenDialog: chooser(['/x/grown.bin']),
      stat: () => Promise.resolve({ size: 4, isFile: () => true }),
      readFile: (_path, maxBytes) => (asked.push(maxBytes), Promise.resolve(new Uint8Array(17))),
    });
    expect(await open({ maxBytes: 16 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 16 });
    expect(asked).toEqual([16]);
  });

  it('names the limit in the refusal, and refuses to be asked for more than a bundle can be', async () => {
    const path = join(dir, 'big.pcobundle');
    await writeFile(path, new Uint8Array(2048));
    const open = createOpenFileHandler({ showOpenDialog: chooser([path]), ...realFs });
    expect(await open({ maxBytes: 1024 })).toMatchObject({ ok: false, error: 'tooLarge', limitBytes: 1024 });
    expect(await open({ maxBytes: MAX_BUNDLE_BYTES + 1 })).toMatchObject({ ok: false, error: 'invalidRequest' });
  });

  it('reads a real file from disk', async () => {
    const path = join(dir, 'import.pcobundle');
    await writeFile(path, new Uint8Array([9, 8, 7]));
    const open = createOpenFileHandler({ showOpenDialog: chooser([path]), ...realFs });
    const result = await open({ maxBytes: 3, filters: bundleFilter });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.name).toBe('import.pcobundle');
      expect([...result.value.bytes]).toEqual([9, 8, 7]);
    }
  });

  it('turns a directory or a missing file into ioError', async () => {
    const openDir = createOpenFileHandler({ showOpenDialog: chooser([dir]), ...realFs });
    expect(await openDir({ maxBytes: 10 })).toMatchObject({ ok: false, error: 'ioError' });
    const openMissing = createOpenFileHandler({ showOpenDialog: chooser([join(dir, 'nope')]), ...realFs });
    expect(await openMissing({ maxBytes: 10 })).toMatchObject({ ok: false, error: 'ioError' });
  });
});

describe('registerFileIpc', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
    return { ipcMain, handlers };
  }
  const trusted: InvokeEventLike = { senderFrame: { url: 'file:///app/index.html', parent: null } };

  it('registers the save and open channels, refuses untrusted senders, never rejects', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const showOpenDialog = vi.fn(() => Promise.reject(new Error('dialog exploded')));
    registerFileIpc(ipcMain, {
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showOpenDialog,
      ...realFs,
      isTrustedSender: (event) => event === trusted,
    });
    expect([...handlers.keys()].sort()).toEqual([IPC_CHANNELS.openFile, IPC_CHANNELS.saveFile].sort());
    const open = handlers.get(IPC_CHANNELS.openFile);
    const save = handlers.get(IPC_CHANNELS.saveFile);
    if (!open || !save) throw new Error('handlers missing');
    const stranger: InvokeEventLike = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await open(stranger, { maxBytes: 10 })).toEqual({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' });
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(await open(trusted, { maxBytes: 10 })).toEqual({ ok: false, error: 'ioError', detail: 'dialog exploded' });
    expect(await save(trusted, { suggestedName: 'a.txt', bytes: new Uint8Array(1) })).toEqual({ ok: false, error: 'cancelled' });
  });
});
