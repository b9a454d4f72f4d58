// Streamed files for the renderer (a sync bundle too big to cross IPC whole): main opens the file
// the user chose in the dialog, or a new one in a shared folder named by its token, and hands the
// renderer an opaque handle to write or read it a piece at a time (the handle bookkeeping and checks
// are shared/platform/streamCalls.ts). A file being written goes to a hidden temporary name beside
// the target and takes its name only when finished, so an abandoned export leaves nothing behind
// and the shared folder never lists half a bundle; a shared folder's file is never overwritten.
// fs and dialogs are injected, so the handlers run under vitest on real folders.
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { BridgeErrorCode, BridgeResult } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { createStreamCalls, type StreamHandlers } from '../../shared/platform/streamCalls';
import type { FolderGrants } from '../folderGrants';
import type { ReadingFile, WritingFile } from '../streamFiles';
import type { OpenDialogOutcome, OpenDialogRequest, SaveDialogOutcome, SaveDialogRequest } from './fileIpc';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

export interface StreamIpcDeps {
  readonly showSaveDialog: (request: SaveDialogRequest) => Promise<SaveDialogOutcome>;
  readonly showOpenDialog: (request: OpenDialogRequest) => Promise<OpenDialogOutcome>;
  readonly defaultDirectory?: string | undefined;
  readonly grants: FolderGrants;
  /** Whether anything (a file, a link, a folder) has this name. */
  readonly exists: (path: string) => Promise<boolean>;
  readonly createNewFile: (path: string) => Promise<WritingFile>;
  readonly openForReading: (path: string) => Promise<ReadingFile>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
}

interface Writing {
  readonly file: WritingFile;
  readonly temporary: string;
  readonly target: string;
  /** A shared folder's file must not exist when it takes its name. */
  readonly mustBeNew: boolean;
  size: number;
}

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });
const unknownFolder = fail('unknownFolder', 'this folder was not chosen in this app: choose it again');
const STREAM_CALLS = ['beginWrite', 'writePiece', 'finishWrite', 'abortWrite', 'beginRead', 'readPiece', 'endRead'] as const satisfies readonly (keyof StreamHandlers)[];

export function createStreamHandlers(deps: StreamIpcDeps): StreamHandlers {
  return createStreamCalls<Writing, ReadingFile>({
    newHandle: randomUUID,

    async startWrite(target) {
      let path: string;
      if (target.to === 'folder') {
        const grant = await deps.grants.resolve(target.folder);
        if (!grant) return unknownFolder;
        path = join(grant.path, target.name);
        if (await deps.exists(path)) return fail('ioError', 'a file with this name exists');
      } else {
        const defaultPath = deps.defaultDirectory === undefined ? target.suggestedName : join(deps.defaultDirectory, target.suggestedName);
        const choice = await deps.showSaveDialog({ defaultPath, filters: target.filters });
        if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return fail('cancelled');
        path = choice.filePath;
      }
      const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.part`);
      const file = await deps.createNewFile(temporary);
      return { ok: true, value: { file, temporary, target: path, mustBeNew: target.to === 'folder', size: 0 } };
    },
    async write(open, bytes) {
      await open.file.write(bytes);
      open.size += bytes.byteLength;
    },
    async finish(open) {
      await open.file.close();
      if (open.mustBeNew && (await deps.exists(open.target))) throw new Error('a file with this name exists');
      await deps.rename(open.temporary, open.target);
      return { location: open.target, size: open.size };
    },
    async drop(open) {
      await open.file.close().catch(() => undefined);
      await deps.unlink(open.temporary).catch(() => undefined);
    },

    async startRead(source) {
      let path: string;
      if (source.from === 'folder') {
        const grant = await deps.grants.resolve(source.folder);
        if (!grant) return unknownFolder;
        path = join(grant.path, source.name);
      } else {
        const choice = await deps.showOpenDialog({ filters: source.filters, properties: ['openFile'] });
        const chosen = choice.filePaths[0];
        if (choice.canceled || chosen === undefined) return fail('cancelled');
        path = chosen;
      }
      const file = await deps.openForReading(path);
      return { ok: true, value: { file, name: basename(path), size: file.size } };
    },
    read: (file, offset, length) => file.read(offset, length),
    close: (file) => file.close(),
  });
}

export function registerStreamIpc(ipcMain: IpcMainLike, deps: StreamIpcDeps & { readonly isTrustedSender: SenderCheck }): void {
  const handlers = createStreamHandlers(deps);
  const common = {
    isTrustedSender: deps.isTrustedSender,
    refused: () => fail('invalidRequest', 'untrusted sender'),
    failed: (error: unknown) => fail('ioError', describeError(error)),
  };
  for (const call of STREAM_CALLS) handleSafely<BridgeResult<unknown>>(ipcMain, IPC_CHANNELS[call], { ...common, run: handlers[call] });
}
