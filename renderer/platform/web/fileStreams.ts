// Streamed files in the web build. Writing: the save picker's writable stream (Chromium writes to
// a swap file and puts it in place on close, so an abort leaves nothing), a new file in the shared
// folder, or, without the File System Access API, Blob parts the browser keeps outside the page's
// heap (spilling to disk when large) and hands over as one download at the end. Reading: File.slice,
// which reads from disk only the piece asked for.
import type { BridgeErrorCode, BridgeResult, SavedFile } from '../../../shared/platform/desktopBridge';
import { tooLargeFailure } from '../../../shared/platform/desktopBridge';
import type { FileStreamCalls, ReadStarted, WriteStarted } from '../../../shared/platform/fileStreams';
import { beginReadRequestSchema, beginWriteRequestSchema, readPieceRequestSchema, streamRequestSchema, writePieceRequestSchema } from '../../../shared/platform/fileStreams';
import { chooseFileToOpen, download, isAbort, ownBytes, pickers, toPickerTypes } from './filePickers';
import { exists, handleFor } from './sharedFolder';

type Writing =
  | { readonly kind: 'stream'; readonly stream: FileSystemWritableFileStream; readonly location: string; size: number; readonly drop: () => Promise<void> }
  | { readonly kind: 'download'; readonly name: string; readonly parts: Blob[]; size: number };

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const refused = (error: { issues: { message: string }[] }) => fail('invalidRequest', error.issues.map((issue) => issue.message).join('; '));
const unknownHandle = fail('invalidRequest', 'unknown handle');
const newHandle = () => `web-${crypto.randomUUID()}`;

export function createWebFileStreams(): FileStreamCalls {
  const writing = new Map<string, Writing>();
  const reading = new Map<string, File>();

  async function startWrite(request: unknown): Promise<BridgeResult<Writing>> {
    const parsed = beginWriteRequestSchema.safeParse(request);
    if (!parsed.success) return refused(parsed.error);
    const target = parsed.data;
    if (target.to === 'folder') {
      const folder = await handleFor(target.folder);
      if (!folder.ok) return folder;
      if (await exists(folder.value, target.name)) return fail('ioError', 'a file with this name exists');
      const stream = await (await folder.value.getFileHandle(target.name, { create: true })).createWritable();
      const drop = async () => {
        await stream.abort().catch(() => undefined);
        await folder.value.removeEntry?.(target.name).catch(() => undefined);
      };
      return { ok: true, value: { kind: 'stream', stream, location: `${folder.value.name}/${target.name}`, size: 0, drop } };
    }
    const { showSaveFilePicker } = pickers();
    if (!showSaveFilePicker) return { ok: true, value: { kind: 'download', name: target.suggestedName, parts: [], size: 0 } };
    let handle: FileSystemFileHandle;
    try {
      handle = await showSaveFilePicker({ suggestedName: target.suggestedName, types: toPickerTypes(target.filters), excludeAcceptAllOption: target.filters.length > 0 });
    } catch (error) {
      return isAbort(error) ? fail('cancelled') : fail('ioError', describe(error));
    }
    const stream = await handle.createWritable();
    return { ok: true, value: { kind: 'stream', stream, location: handle.name, size: 0, drop: () => stream.abort().catch(() => undefined) } };
  }

  return {
    async beginWrite(request): Promise<BridgeResult<WriteStarted>> {
      try {
        const started = await startWrite(request);
        if (!started.ok) return started;
        const handle = newHandle();
        writing.set(handle, started.value);
        return { ok: true, value: { handle } };
      } catch (error) {
        return fail('ioError', describe(error));
      }
    },

    async writePiece(request): Promise<BridgeResult<null>> {
      const parsed = writePieceRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const target = writing.get(parsed.data.handle);
      if (!target) return unknownHandle;
      try {
        if (target.kind === 'stream') await target.stream.write(ownBytes(parsed.data.bytes));
        else target.parts.push(new Blob([ownBytes(parsed.data.bytes)]));
        target.size += parsed.data.bytes.byteLength;
        return { ok: true, value: null };
      } catch (error) {
        return fail('ioError', describe(error));
      }
    },

    async finishWrite(request): Promise<BridgeResult<SavedFile>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const target = writing.get(parsed.data.handle);
      if (!target) return unknownHandle;
      writing.delete(parsed.data.handle);
      try {
        if (target.kind === 'download') {
          download(target.name, new Blob(target.parts, { type: 'application/octet-stream' }));
          return { ok: true, value: { location: target.name, size: target.size } };
        }
        await target.stream.close();
        return { ok: true, value: { location: target.location, size: target.size } };
      } catch (error) {
        if (target.kind === 'stream') await target.drop();
        return fail('ioError', describe(error));
      }
    },

    async abortWrite(request): Promise<BridgeResult<null>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const target = writing.get(parsed.data.handle);
      writing.delete(parsed.data.handle);
      if (target?.kind === 'stream') await target.drop();
      return { ok: true, value: null };
    },

    async beginRead(request): Promise<BridgeResult<ReadStarted>> {
      const parsed = beginReadRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const source = parsed.data;
      try {
        let file: File | null;
        if (source.from === 'folder') {
          const folder = await handleFor(source.folder);
          if (!folder.ok) return folder;
          file = await (await folder.value.getFileHandle(source.name)).getFile();
        } else {
          file = await chooseFileToOpen(source.filters);
        }
        if (!file) return fail('cancelled');
        if (file.size > source.maxBytes) return tooLargeFailure(file.size, source.maxBytes);
        const handle = newHandle();
        reading.set(handle, file);
        return { ok: true, value: { handle, name: file.name, size: file.size } };
      } catch (error) {
        return isAbort(error) ? fail('cancelled') : fail('ioError', describe(error));
      }
    },

    async readPiece(request): Promise<BridgeResult<Uint8Array>> {
      const parsed = readPieceRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const file = reading.get(parsed.data.handle);
      if (!file) return unknownHandle;
      const { offset, length } = parsed.data;
      try {
        return { ok: true, value: new Uint8Array(await file.slice(offset, Math.min(file.size, offset + length)).arrayBuffer()) };
      } catch (error) {
        // A File read after it changed on disk rejects (NotReadableError): the import then fails whole.
        return fail('ioError', describe(error));
      }
    },

    endRead(request): Promise<BridgeResult<null>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error));
      reading.delete(parsed.data.handle);
      return Promise.resolve({ ok: true, value: null });
    },
  };
}
