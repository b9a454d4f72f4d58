// Saving and opening files for the renderer: native dialogs + disk, behind the DesktopBridge
// contract. The renderer never names a path: main writes and reads only the path the user chose in
// the dialog (a network share included: the user picked it), and reads at most the bundle limit.
// Every request is validated with the shared zod schema; every outcome, including a refusal or an
// I/O error, is a BridgeResult value. Dialogs and fs are injected, so this module runs under vitest
// without Electron.
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { BridgeErrorCode, BridgeResult, FileFilter, OpenedFile, SavedFile } from '../../shared/platform/desktopBridge';
import { openFileRequestSchema, saveFileRequestSchema, tooLargeFailure } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

export interface SaveDialogRequest {
  readonly defaultPath: string;
  readonly filters: FileFilter[];
}
export interface SaveDialogOutcome {
  readonly canceled: boolean;
  readonly filePath?: string | undefined;
}
export interface OpenDialogRequest {
  readonly filters: FileFilter[];
  readonly properties: ['openFile'];
}
export interface OpenDialogOutcome {
  readonly canceled: boolean;
  readonly filePaths: readonly string[];
}
export interface FileStats {
  readonly size: number;
  isFile(): boolean;
}

export interface SaveFileDeps {
  readonly showSaveDialog: (request: SaveDialogRequest) => Promise<SaveDialogOutcome>;
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Folder the save dialog starts in (e.g. the user's Documents); none means the OS default. */
  readonly defaultDirectory?: string | undefined;
}

export interface OpenFileDeps {
  readonly showOpenDialog: (request: OpenDialogRequest) => Promise<OpenDialogOutcome>;
  readonly stat: (path: string) => Promise<FileStats>;
  /** Reads at most `maxBytes + 1` bytes (electron/boundedRead.ts). */
  readonly readFile: (path: string, maxBytes: number) => Promise<Uint8Array>;
}

export type FileIpcDeps = SaveFileDeps & OpenFileDeps & { readonly isTrustedSender: SenderCheck };

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

function invalid(error: z.ZodError): BridgeResult<never> {
  const detail = error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; ');
  return fail('invalidRequest', detail.slice(0, 500));
}

export function createSaveFileHandler(deps: SaveFileDeps): (request: unknown) => Promise<BridgeResult<SavedFile>> {
  return async (raw) => {
    const parsed = saveFileRequestSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const { suggestedName, bytes, filters } = parsed.data;
    try {
      const defaultPath = deps.defaultDirectory === undefined ? suggestedName : join(deps.defaultDirectory, suggestedName);
      const choice = await deps.showSaveDialog({ defaultPath, filters });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return fail('cancelled');
      await deps.writeFile(choice.filePath, bytes);
      return { ok: true, value: { location: choice.filePath, size: bytes.byteLength } };
    } catch (error) {
      return fail('ioError', describeError(error));
    }
  };
}

export function createOpenFileHandler(deps: OpenFileDeps): (request: unknown) => Promise<BridgeResult<OpenedFile>> {
  return async (raw) => {
    const parsed = openFileRequestSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    const { filters, maxBytes } = parsed.data;
    try {
      const choice = await deps.showOpenDialog({ filters, properties: ['openFile'] });
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return fail('cancelled');
      const stats = await deps.stat(path);
      if (!stats.isFile()) return fail('ioError', 'not a regular file');
      if (stats.size > maxBytes) return tooLargeFailure(stats.size, maxBytes);
      const bytes = await deps.readFile(path, maxBytes);
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) return tooLargeFailure(bytes.byteLength, maxBytes);
      return { ok: true, value: { name: basename(path), bytes } };
    } catch (error) {
      return fail('ioError', describeError(error));
    }
  };
}

export function registerFileIpc(ipcMain: IpcMainLike, deps: FileIpcDeps): void {
  const common = {
    isTrustedSender: deps.isTrustedSender,
    refused: () => fail('invalidRequest', 'untrusted sender'),
    failed: (error: unknown) => fail('ioError', describeError(error)),
  };
  handleSafely(ipcMain, IPC_CHANNELS.saveFile, { ...common, run: createSaveFileHandler(deps) });
  handleSafely(ipcMain, IPC_CHANNELS.openFile, { ...common, run: createOpenFileHandler(deps) });
}
