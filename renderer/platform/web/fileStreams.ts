// Streamed files in the web build. Writing: the save picker's writable stream (Chromium writes to
// a swap file and puts it in place on close, so an abort leaves nothing), a new file in the shared
// folder, or, without the File System Access API, Blob parts the browser keeps outside the page's
// heap (spilling to disk when large) and hands over as one download at the end. Reading: File.slice,
// which reads from disk only the piece asked for. Handles and checks: shared/platform/streamCalls.ts.
import type { BridgeErrorCode, BridgeResult } from '../../../shared/platform/desktopBridge';
import { createStreamCalls, type StreamHandlers } from '../../../shared/platform/streamCalls';
import { chooseFileToOpen, download, isAbort, ownBytes, pickers, toPickerTypes } from './filePickers';
import { exists, handleFor } from './sharedFolder';

type Writing =
  | { readonly kind: 'stream'; readonly stream: FileSystemWritableFileStream; readonly location: string; size: number; readonly drop: () => Promise<void> }
  | { readonly kind: 'download'; readonly name: string; readonly parts: Blob[]; size: number };

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

/** A picker the user closed is a cancel; anything else goes on as an error. */
async function unlessClosed<T>(pick: () => Promise<T>): Promise<BridgeResult<T>> {
  try {
    return { ok: true, value: await pick() };
  } catch (error) {
    if (isAbort(error)) return fail('cancelled');
    throw error;
  }
}

export function createWebFileStreams(): StreamHandlers {
  return createStreamCalls<Writing, File>({
    newHandle: () => `web-${crypto.randomUUID()}`,

    async startWrite(target) {
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
      const picked = await unlessClosed(() => showSaveFilePicker({ suggestedName: target.suggestedName, types: toPickerTypes(target.filters), excludeAcceptAllOption: target.filters.length > 0 }));
      if (!picked.ok) return picked;
      const stream = await picked.value.createWritable();
      return { ok: true, value: { kind: 'stream', stream, location: picked.value.name, size: 0, drop: () => stream.abort().catch(() => undefined) } };
    },
    async write(open, bytes) {
      if (open.kind === 'stream') await open.stream.write(ownBytes(bytes));
      else open.parts.push(new Blob([ownBytes(bytes)]));
      open.size += bytes.byteLength;
    },
    async finish(open) {
      if (open.kind === 'download') {
        download(open.name, new Blob(open.parts, { type: 'application/octet-stream' }));
        return { location: open.name, size: open.size };
      }
      await open.stream.close();
      return { location: open.location, size: open.size };
    },
    drop: (open) => (open.kind === 'stream' ? open.drop() : Promise.resolve()),

    async startRead(source) {
      let file: File | null;
      if (source.from === 'folder') {
        const folder = await handleFor(source.folder);
        if (!folder.ok) return folder;
        file = await (await folder.value.getFileHandle(source.name)).getFile();
      } else {
        const picked = await unlessClosed(() => chooseFileToOpen(source.filters));
        if (!picked.ok) return picked;
        file = picked.value;
      }
      if (!file) return fail('cancelled');
      return { ok: true, value: { file, name: file.name, size: file.size } };
    },
    // A File read after it changed on disk rejects (NotReadableError): the import then fails whole.
    read: async (file, offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    close: () => Promise.resolve(),
  });
}
