// The Electron bridge passes the DesktopBridge contract through main's real handlers on real
// temporary folders: the renderer side (renderer/platform/electron/bridge.ts) forwards to a preload
// stand-in that calls main's handlers as IPC would; only the dialogs are played by the harness.
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../shared/platform/desktopBridge';
import { openSink } from '../../../shared/platform/fileStreams';
import { readAtMost } from '../../../electron/boundedRead';
import { createFolderGrants } from '../../../electron/folderGrants';
import { createJsonFileStore } from '../../../electron/jsonFileStore';
import { createOpenFileHandler, createSaveFileHandler } from '../../../electron/ipc/fileIpc';
import { createChooseFolderHandler, createListFolderHandler, createReadFileHandler, createWriteFileHandler, type FolderIpcDeps } from '../../../electron/ipc/folderIpc';
import { createStreamHandlers } from '../../../electron/ipc/streamIpc';
import { createNewFile, openForReading } from '../../../electron/streamFiles';
import { describeBridgeContract, patterned, type BridgeHarness } from './bridgeContract';

const unavailable = () => Promise.resolve({ ok: false as const, error: 'unavailable' as const });

async function electronHarness(): Promise<BridgeHarness & { readonly root: string }> {
  const root = await mkdtemp(join(tmpdir(), 'pco-bridge-contract-'));
  const [saves, opens, shared, userData] = ['saves', 'opens', 'shared', 'userData'].map((name) => join(root, name));
  for (const folder of [saves, opens, shared, userData]) await mkdir(folder as string);
  const folders = { saves: saves as string, opens: opens as string, shared: shared as string };
  let nextSave = 'unnamed';
  let nextOpen = '';
  let cancel = false;
  const cancelled = () => {
    const answer = cancel;
    cancel = false;
    return answer;
  };
  const dialogs = {
    showSaveDialog: () => Promise.resolve(cancelled() ? { canceled: true } : { canceled: false, filePath: join(folders.saves, nextSave) }),
    showOpenDialog: () => Promise.resolve(cancelled() ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [join(folders.opens, nextOpen)] }),
  };
  const grants = createFolderGrants({ store: createJsonFileStore(join(userData as string, 'shared-folders.json')) });
  const folderDeps: FolderIpcDeps = {
    grants,
    showFolderDialog: () => Promise.resolve({ canceled: false, filePaths: [folders.shared] }),
    readdir: (path) => readdir(path),
    stat: (path) => stat(path),
    lstat: (path) => lstat(path),
    readFile: (path, maxBytes) => readAtMost(path, maxBytes, { noFollow: true }),
    writeNewFile: (path, bytes) => writeFile(path, bytes, { flag: 'wx' }),
  };
  const streams = createStreamHandlers({
    ...dialogs,
    grants,
    exists: (path) => lstat(path).then(
      () => true,
      () => false,
    ),
    createNewFile,
    openForReading,
    rename: (from, to) => rename(from, to),
    unlink: (path) => unlink(path),
  });
  // What the preload exposes: each call goes to main's handler for its channel.
  const preload: DesktopBridge = {
    getAppInfo: () => Promise.resolve({ kind: 'electron', version: 'contract', platform: 'linux' }),
    saveFile: createSaveFileHandler({ ...dialogs, writeFile: (path, bytes) => writeFile(path, bytes) }),
    openFile: createOpenFileHandler({ ...dialogs, stat: (path) => stat(path), readFile: (path, maxBytes) => readAtMost(path, maxBytes) }),
    secretStorage: () => Promise.resolve({ available: false, backend: 'none' }),
    protectSecret: unavailable,
    unprotectSecret: unavailable,
    chooseSharedFolder: createChooseFolderHandler(folderDeps),
    listSharedFolder: createListFolderHandler(folderDeps),
    writeSharedFile: createWriteFileHandler(folderDeps),
    readSharedFile: createReadFileHandler(folderDeps),
    listRemovableDrives: unavailable,
    takeOpenedBundle: () => Promise.resolve({ ok: true, value: null }),
    ...streams,
  };
  vi.stubGlobal('window', { pcoDesktop: preload });
  vi.stubGlobal('navigator', { platform: 'linux' });
  vi.resetModules();
  const { bridge } = await import('../electron/bridge');
  const visibleFiles = async (folder: string) => {
    const files = new Map<string, Uint8Array>();
    for (const name of (await readdir(folder)).filter((entry) => !entry.startsWith('.'))) files.set(name, new Uint8Array(await readFile(join(folder, name))));
    return files;
  };
  return {
    root,
    bridge,
    answerSaveDialog: (name) => void (nextSave = name),
    async answerOpenDialog(name, bytes) {
      nextOpen = name;
      await writeFile(join(folders.opens, name), bytes);
    },
    cancelNextDialog: () => void (cancel = true),
    savedBytes: async (name) => (await visibleFiles(folders.saves)).get(name) ?? null,
    async folderToken() {
      const chosen = await bridge.chooseSharedFolder();
      if (!chosen.ok) throw new Error(chosen.error);
      return chosen.value.token;
    },
    folderFiles: () => visibleFiles(folders.shared),
    async dispose() {
      vi.unstubAllGlobals();
      await rm(root, { recursive: true, force: true });
    },
  };
}

describeBridgeContract('Electron (main handlers on real files)', electronHarness);

describe('Electron streamed files on disk', () => {
  it('writes beside the target under a hidden name, and an abandoned file leaves no trace at all', async () => {
    const harness = await electronHarness();
    try {
      harness.answerSaveDialog('export.pcobundle');
      const sink = await openSink(harness.bridge, { to: 'dialog', suggestedName: 'export.pcobundle', filters: [] });
      if (!sink.ok) throw new Error(sink.error);
      await sink.value.write(patterned(5 * 1024 * 1024));
      const during = await readdir(join(harness.root, 'saves'));
      expect(during).toHaveLength(1);
      expect(during[0]).toMatch(/^\.export\.pcobundle\.[0-9a-f-]{36}\.part$/);
      await sink.value.abort();
      expect(await readdir(join(harness.root, 'saves'))).toEqual([]);
    } finally {
      await harness.dispose();
    }
  });
});
