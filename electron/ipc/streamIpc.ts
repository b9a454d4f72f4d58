// Streamed files for the renderer (a sync bundle too big to cross IPC whole): main opens the file
// the user chose in the dialog, or a new one in a shared folder named by its token, and hands the
// renderer an opaque handle to write or read it a piece at a time. A file being written goes to a
// hidden temporary name beside the target and takes its name only when finished, so an abandoned
// export leaves nothing behind and the shared folder never lists half a bundle; a shared folder's
// file is never overwritten. Reads stop at the size the file had when opened. Handles are few and
// per process; fs and dialogs are injected, so the handlers run under vitest on real folders.
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { BridgeErrorCode, BridgeResult, SavedFile } from '../../shared/platform/desktopBridge';
import { tooLargeFailure } from '../../shared/platform/desktopBridge';
import type { FileStreamCalls, ReadStarted, WriteStarted } from '../../shared/platform/fileStreams';
import { beginReadRequestSchema, beginWriteRequestSchema, readPieceRequestSchema, streamRequestSchema, writePieceRequestSchema } from '../../shared/platform/fileStreams';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
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

/** Open handles of each kind at once: an export and an import, with room for a screen left open. */
export const MAX_OPEN_STREAMS = 8;

interface Writing {
  readonly file: WritingFile;
  readonly temporary: string;
  readonly target: string;
  /** A shared folder's file must not exist when it takes its name. */
  readonly mustBeNew: boolean;
  size: number;
}

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });
const refused = (error: { issues: { message: string }[] }) => fail('invalidRequest', error.issues.map((issue) => issue.message).join('; ').slice(0, 500));
const unknownHandle = fail('invalidRequest', 'unknown handle');
const tooMany = fail('ioError', `at most ${MAX_OPEN_STREAMS} files open at once`);
const temporaryBeside = (target: string) => join(dirname(target), `.${basename(target)}.${randomUUID()}.part`);

/** The calls as main receives them: anything at all, checked with the shared schema first. */
export type StreamHandlers = { readonly [Call in keyof FileStreamCalls]: (request: unknown) => ReturnType<FileStreamCalls[Call]> };
const STREAM_CALLS = ['beginWrite', 'writePiece', 'finishWrite', 'abortWrite', 'beginRead', 'readPiece', 'endRead'] as const satisfies readonly (keyof FileStreamCalls)[];

export function createStreamHandlers(deps: StreamIpcDeps): StreamHandlers {
  const writing = new Map<string, Writing>();
  const reading = new Map<string, ReadingFile>();

  /** Where the file goes: the dialog's choice, or a new name in a granted folder. */
  async function targetOf(request: unknown): Promise<BridgeResult<{ target: string; mustBeNew: boolean }>> {
    const parsed = beginWriteRequestSchema.safeParse(request);
    if (!parsed.success) return refused(parsed.error);
    const data = parsed.data;
    if (data.to === 'folder') {
      const grant = await deps.grants.resolve(data.folder);
      if (!grant) return fail('unknownFolder', 'this folder was not chosen in this app: choose it again');
      const target = join(grant.path, data.name);
      if (await deps.exists(target)) return fail('ioError', 'a file with this name exists');
      return { ok: true, value: { target, mustBeNew: true } };
    }
    const defaultPath = deps.defaultDirectory === undefined ? data.suggestedName : join(deps.defaultDirectory, data.suggestedName);
    const choice = await deps.showSaveDialog({ defaultPath, filters: data.filters });
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return fail('cancelled');
    return { ok: true, value: { target: choice.filePath, mustBeNew: false } };
  }

  async function drop(open: Writing): Promise<void> {
    await open.file.close().catch(() => undefined);
    await deps.unlink(open.temporary).catch(() => undefined);
  }

  return {
    async beginWrite(request): Promise<BridgeResult<WriteStarted>> {
      if (writing.size >= MAX_OPEN_STREAMS) return tooMany;
      const where = await targetOf(request);
      if (!where.ok) return where;
      const temporary = temporaryBeside(where.value.target);
      try {
        const file = await deps.createNewFile(temporary);
        const handle = randomUUID();
        writing.set(handle, { file, temporary, ...where.value, size: 0 });
        return { ok: true, value: { handle } };
      } catch (error) {
        return fail('ioError', describeError(error));
      }
    },

    async writePiece(request): Promise<BridgeResult<null>> {
      const parsed = writePieceRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = writing.get(parsed.data.handle);
      if (!open) return unknownHandle;
      try {
        await open.file.write(parsed.data.bytes);
        open.size += parsed.data.bytes.byteLength;
        return { ok: true, value: null };
      } catch (error) {
        writing.delete(parsed.data.handle);
        await drop(open);
        return fail('ioError', describeError(error));
      }
    },

    async finishWrite(request): Promise<BridgeResult<SavedFile>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = writing.get(parsed.data.handle);
      if (!open) return unknownHandle;
      writing.delete(parsed.data.handle);
      try {
        await open.file.close();
        if (open.mustBeNew && (await deps.exists(open.target))) throw new Error('a file with this name exists');
        await deps.rename(open.temporary, open.target);
        return { ok: true, value: { location: open.target, size: open.size } };
      } catch (error) {
        await drop(open);
        return fail('ioError', describeError(error));
      }
    },

    async abortWrite(request): Promise<BridgeResult<null>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = writing.get(parsed.data.handle);
      writing.delete(parsed.data.handle);
      if (open) await drop(open);
      return { ok: true, value: null };
    },

    async beginRead(request): Promise<BridgeResult<ReadStarted>> {
      const parsed = beginReadRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      if (reading.size >= MAX_OPEN_STREAMS) return tooMany;
      const source = parsed.data;
      let path: string;
      if (source.from === 'folder') {
        const grant = await deps.grants.resolve(source.folder);
        if (!grant) return fail('unknownFolder', 'this folder was not chosen in this app: choose it again');
        path = join(grant.path, source.name);
      } else {
        const choice = await deps.showOpenDialog({ filters: source.filters, properties: ['openFile'] });
        const chosen = choice.filePaths[0];
        if (choice.canceled || chosen === undefined) return fail('cancelled');
        path = chosen;
      }
      try {
        const file = await deps.openForReading(path);
        if (file.size > source.maxBytes) {
          await file.close();
          return tooLargeFailure(file.size, source.maxBytes);
        }
        const handle = randomUUID();
        reading.set(handle, file);
        return { ok: true, value: { handle, name: basename(path), size: file.size } };
      } catch (error) {
        return fail('ioError', describeError(error));
      }
    },

    async readPiece(request): Promise<BridgeResult<Uint8Array>> {
      const parsed = readPieceRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const file = reading.get(parsed.data.handle);
      if (!file) return unknownHandle;
      const { offset, length } = parsed.data;
      try {
        return { ok: true, value: offset >= file.size ? new Uint8Array(0) : await file.read(offset, Math.min(length, file.size - offset)) };
      } catch (error) {
        return fail('ioError', describeError(error));
      }
    },

    async endRead(request): Promise<BridgeResult<null>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const file = reading.get(parsed.data.handle);
      reading.delete(parsed.data.handle);
      await file?.close().catch(() => undefined);
      return { ok: true, value: null };
    },
  };
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
