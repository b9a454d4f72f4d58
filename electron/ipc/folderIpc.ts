// The shared folder (cartella condivisa) for sync bundles: the user picks a folder once; export
// writes new bundles there and import lists and reads them. The renderer names the folder by the
// opaque token main issued when the user picked it (or when main listed a removable drive), never
// by a path: a token main did not issue, a path or a UNC share among them, is refused before the
// disk is touched ('unknownFolder'). A file is named by a plain name with a sync extension; main
// validates both with zod, re-checks that the folder is an existing directory, never overwrites a
// file, never follows a name out of the folder (no symbolic links) and reads at most the bundle
// limit. fs and dialogs are injected, so the handlers run under vitest on real temporary folders.
import { join } from 'node:path';
import type { z } from 'zod';
import type { BridgeErrorCode, BridgeResult, OpenedFile, SavedFile, SharedFolder, SharedFolderEntry } from '../../shared/platform/desktopBridge';
import { SHARED_FOLDER_EXTENSIONS, listSharedFolderRequestSchema, readSharedFileRequestSchema, tooLargeFailure, writeSharedFileRequestSchema } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import type { FolderGrants } from '../folderGrants';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

export interface FolderStats {
  readonly size: number;
  readonly mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface FolderDialogOutcome {
  readonly canceled: boolean;
  readonly filePaths: readonly string[];
}

export interface FolderIpcDeps {
  /** The folders main issued tokens for (electron/folderGrants.ts). */
  readonly grants: FolderGrants;
  readonly showFolderDialog: () => Promise<FolderDialogOutcome>;
  readonly readdir: (path: string) => Promise<string[]>;
  readonly stat: (path: string) => Promise<FolderStats>;
  /** Stats a name in the folder without following a symbolic link. */
  readonly lstat: (path: string) => Promise<FolderStats>;
  /** Reads at most `maxBytes + 1` bytes (electron/boundedRead.ts), without following a final link. */
  readonly readFile: (path: string, maxBytes: number) => Promise<Uint8Array>;
  /** Must fail when the file exists (flag 'wx'). */
  readonly writeNewFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** Folders with more entries are listed only up to this many sync files. */
const MAX_LISTED = 500;

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

function invalid(error: z.ZodError): BridgeResult<never> {
  return fail('invalidRequest', error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; ').slice(0, 500));
}

const isSyncFile = (name: string) => !name.startsWith('.') && SHARED_FOLDER_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`));

/** The folder behind a token, when main issued it and it is an existing directory; otherwise a refusal. */
async function checkedFolder(deps: FolderIpcDeps, token: string): Promise<BridgeResult<string>> {
  const grant = await deps.grants.resolve(token);
  if (!grant) return fail('unknownFolder', 'this folder was not chosen in this app: choose it again');
  return existingFolder(deps, grant.path);
}

async function existingFolder(deps: FolderIpcDeps, path: string): Promise<BridgeResult<string>> {
  try {
    if (!(await deps.stat(path)).isDirectory()) return fail('ioError', 'not a folder');
  } catch (error) {
    return fail('ioError', describeError(error));
  }
  return { ok: true, value: path };
}

/** The stats of a regular file (a symbolic link is not one); undefined for anything else. */
async function regularFile(deps: FolderIpcDeps, path: string): Promise<FolderStats | undefined> {
  const stats = await deps.lstat(path);
  return stats.isFile() ? stats : undefined;
}

export function createChooseFolderHandler(deps: FolderIpcDeps): () => Promise<BridgeResult<SharedFolder>> {
  return async () => {
    const choice = await deps.showFolderDialog();
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return fail('cancelled');
    // Picked by the user in the dialog: the one way a network share becomes a shared folder.
    const folder = await existingFolder(deps, path);
    if (!folder.ok) return folder;
    try {
      const grant = await deps.grants.grantPicked(path);
      return { ok: true, value: { token: grant.token, label: path } };
    } catch (error) {
      return fail('ioError', `the folder could not be remembered: ${describeError(error)}`);
    }
  };
}

export function createListFolderHandler(deps: FolderIpcDeps): (request: unknown) => Promise<BridgeResult<SharedFolderEntry[]>> {
  return async (raw) => {
    const parsed = listSharedFolderRequestSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const folder = await checkedFolder(deps, parsed.data.folder);
    if (!folder.ok) return folder;
    try {
      const entries: SharedFolderEntry[] = [];
      for (const name of (await deps.readdir(folder.value)).filter(isSyncFile)) {
        const stats = await regularFile(deps, join(folder.value, name));
        if (stats) entries.push({ name, size: stats.size, modifiedAt: new Date(stats.mtimeMs).toISOString() });
      }
      entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name));
      return { ok: true, value: entries.slice(0, MAX_LISTED) };
    } catch (error) {
      return fail('ioError', describeError(error));
    }
  };
}

export function createWriteFileHandler(deps: FolderIpcDeps): (request: unknown) => Promise<BridgeResult<SavedFile>> {
  return async (raw) => {
    const parsed = writeSharedFileRequestSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const folder = await checkedFolder(deps, parsed.data.folder);
    if (!folder.ok) return folder;
    const path = join(folder.value, parsed.data.name);
    try {
      await deps.writeNewFile(path, parsed.data.bytes);
      return { ok: true, value: { location: path, size: parsed.data.bytes.byteLength } };
    } catch (error) {
      return fail('ioError', describeError(error));
    }
  };
}

export function createReadFileHandler(deps: FolderIpcDeps): (request: unknown) => Promise<BridgeResult<OpenedFile>> {
  return async (raw) => {
    const parsed = readSharedFileRequestSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const folder = await checkedFolder(deps, parsed.data.folder);
    if (!folder.ok) return folder;
    const { name, maxBytes } = parsed.data;
    const path = join(folder.value, name);
    try {
      const stats = await regularFile(deps, path);
      if (!stats) return fail('ioError', 'not a regular file');
      if (stats.size > maxBytes) return tooLargeFailure(stats.size, maxBytes);
      const bytes = await deps.readFile(path, maxBytes);
      // The file may have grown between lstat and read.
      if (bytes.byteLength > maxBytes) return tooLargeFailure(bytes.byteLength, maxBytes);
      return { ok: true, value: { name, bytes } };
    } catch (error) {
      return fail('ioError', describeError(error));
    }
  };
}

export function registerFolderIpc(ipcMain: IpcMainLike, deps: FolderIpcDeps & { readonly isTrustedSender: SenderCheck }): void {
  const common = {
    isTrustedSender: deps.isTrustedSender,
    refused: () => fail('invalidRequest', 'untrusted sender'),
    failed: (error: unknown) => fail('ioError', describeError(error)),
  };
  handleSafely(ipcMain, IPC_CHANNELS.chooseSharedFolder, { ...common, run: createChooseFolderHandler(deps) });
  handleSafely(ipcMain, IPC_CHANNELS.listSharedFolder, { ...common, run: createListFolderHandler(deps) });
  handleSafely(ipcMain, IPC_CHANNELS.writeSharedFile, { ...common, run: createWriteFileHandler(deps) });
  handleSafely(ipcMain, IPC_CHANNELS.readSharedFile, { ...common, run: createReadFileHandler(deps) });
}
