// The shared folder (cartella condivisa) for sync bundles: the user picks a folder once; export
// writes new bundles there and import lists and reads them. The renderer names the folder by its
// absolute path (the token it got from the picker) and a file by a plain name with a sync
// extension; main validates both with zod, re-checks that the folder is an existing directory,
// never overwrites a file and never follows a name out of the folder. fs and dialogs are injected,
// so the handlers run under vitest on real temporary folders.
import { isAbsolute, join, normalize } from 'node:path';
import type { z } from 'zod';
import type { BridgeErrorCode, BridgeResult, OpenedFile, SavedFile, SharedFolder, SharedFolderEntry } from '../../shared/platform/desktopBridge';
import { SHARED_FOLDER_EXTENSIONS, listSharedFolderRequestSchema, readSharedFileRequestSchema, writeSharedFileRequestSchema } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
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
  readonly showFolderDialog: () => Promise<FolderDialogOutcome>;
  readonly readdir: (path: string) => Promise<string[]>;
  readonly stat: (path: string) => Promise<FolderStats>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
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

/** The folder as a normalised absolute path that exists and is a directory, or a refusal. */
async function checkedFolder(deps: FolderIpcDeps, folder: string): Promise<BridgeResult<string>> {
  if (!isAbsolute(folder)) return fail('invalidRequest', 'folder: must be an absolute path');
  const path = normalize(folder);
  try {
    if (!(await deps.stat(path)).isDirectory()) return fail('ioError', 'not a folder');
  } catch (error) {
    return fail('ioError', describeError(error));
  }
  return { ok: true, value: path };
}

export function createChooseFolderHandler(deps: FolderIpcDeps): () => Promise<BridgeResult<SharedFolder>> {
  return async () => {
    const choice = await deps.showFolderDialog();
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return fail('cancelled');
    const folder = await checkedFolder(deps, path);
    return folder.ok ? { ok: true, value: { token: folder.value, label: folder.value } } : folder;
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
        const stats = await deps.stat(join(folder.value, name));
        if (stats.isFile()) entries.push({ name, size: stats.size, modifiedAt: new Date(stats.mtimeMs).toISOString() });
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
      const stats = await deps.stat(path);
      if (!stats.isFile()) return fail('ioError', 'not a regular file');
      if (stats.size > maxBytes) return fail('tooLarge', `${stats.size} bytes, limit ${maxBytes}`);
      const bytes = await deps.readFile(path);
      if (bytes.byteLength > maxBytes) return fail('tooLarge', `${bytes.byteLength} bytes, limit ${maxBytes}`);
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
