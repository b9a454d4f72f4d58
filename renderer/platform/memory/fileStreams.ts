// Streamed files in the memory bridge: what is written is gathered and, on finish, saved like a
// whole file (the save dialog's record, or a new file in a memory folder); what is read is a file
// queued for the open dialog or one in a folder. Same validation and refusals as the real bridges.
import type { BridgeErrorCode, BridgeResult, FileFilter, OpenedFile, SavedFile } from '../../../shared/platform/desktopBridge';
import { MAX_BUNDLE_BYTES, tooLargeFailure } from '../../../shared/platform/desktopBridge';
import type { FileStreamCalls, ReadStarted, WriteStarted } from '../../../shared/platform/fileStreams';
import { beginReadRequestSchema, beginWriteRequestSchema, readPieceRequestSchema, streamRequestSchema, writePieceRequestSchema } from '../../../shared/platform/fileStreams';
import { concatBytes } from '../../../shared/sync/bytes';
import type { MemoryFolders } from './folders';

export interface MemoryStreamHost {
  readonly folders: MemoryFolders;
  /** The save dialog opening: a queued failure ('cancelled', say) or null to go on. */
  saveDialogRefusal(): BridgeResult<never> | null;
  /** Records the file the save dialog wrote, as saveFile does. */
  recordSave(name: string, bytes: Uint8Array, filters: readonly FileFilter[]): SavedFile;
  /** The open dialog: the next queued file, or 'cancelled'. */
  openViaDialog(): BridgeResult<OpenedFile>;
}

type Target = { readonly to: 'dialog'; readonly name: string; readonly filters: readonly FileFilter[] } | { readonly to: 'folder'; readonly folder: string; readonly name: string };

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });
const refused = (error: { issues: { message: string }[] }) => fail('invalidRequest', error.issues.map((issue) => issue.message).join('; '));
const unknownHandle = fail('invalidRequest', 'unknown handle');

export function createMemoryFileStreams(host: MemoryStreamHost): FileStreamCalls {
  const writing = new Map<string, { target: Target; parts: Uint8Array[] }>();
  const reading = new Map<string, Uint8Array>();
  let issued = 0;
  const newHandle = () => `memory-${(issued += 1).toString().padStart(6, '0')}`;

  return {
    beginWrite(request): Promise<BridgeResult<WriteStarted>> {
      const parsed = beginWriteRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error));
      const data = parsed.data;
      const refusal = data.to === 'dialog' ? host.saveDialogRefusal() : null;
      if (refusal) return Promise.resolve(refusal);
      if (data.to === 'folder') {
        if (!host.folders.hasFolder(data.folder)) return Promise.resolve(fail('unknownFolder', 'this folder was not chosen here: choose it again'));
        if (host.folders.folderFiles(data.folder).has(data.name)) return Promise.resolve(fail('ioError', 'a file with this name exists'));
      }
      const target: Target = data.to === 'folder' ? data : { to: 'dialog', name: data.suggestedName, filters: data.filters };
      const handle = newHandle();
      writing.set(handle, { target, parts: [] });
      return Promise.resolve({ ok: true, value: { handle } });
    },

    writePiece(request): Promise<BridgeResult<null>> {
      const parsed = writePieceRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error));
      const open = writing.get(parsed.data.handle);
      if (!open) return Promise.resolve(unknownHandle);
      open.parts.push(parsed.data.bytes.slice());
      return Promise.resolve({ ok: true, value: null });
    },

    async finishWrite(request): Promise<BridgeResult<SavedFile>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = writing.get(parsed.data.handle);
      if (!open) return unknownHandle;
      writing.delete(parsed.data.handle);
      const bytes = concatBytes(open.parts);
      const { target } = open;
      if (target.to === 'dialog') return { ok: true, value: host.recordSave(target.name, bytes, target.filters) };
      return host.folders.writeSharedFile({ folder: target.folder, name: target.name, bytes });
    },

    abortWrite(request): Promise<BridgeResult<null>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error));
      writing.delete(parsed.data.handle);
      return Promise.resolve({ ok: true, value: null });
    },

    async beginRead(request): Promise<BridgeResult<ReadStarted>> {
      const parsed = beginReadRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const source = parsed.data;
      const opened = source.from === 'dialog' ? host.openViaDialog() : await host.folders.readSharedFile({ folder: source.folder, name: source.name, maxBytes: Math.min(source.maxBytes, MAX_BUNDLE_BYTES) });
      if (!opened.ok) return opened;
      if (opened.value.bytes.byteLength > source.maxBytes) return tooLargeFailure(opened.value.bytes.byteLength, source.maxBytes);
      const handle = newHandle();
      reading.set(handle, opened.value.bytes);
      return { ok: true, value: { handle, name: opened.value.name, size: opened.value.bytes.byteLength } };
    },

    readPiece(request): Promise<BridgeResult<Uint8Array>> {
      const parsed = readPieceRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error));
      const bytes = reading.get(parsed.data.handle);
      if (!bytes) return Promise.resolve(unknownHandle);
      const { offset, length } = parsed.data;
      return Promise.resolve({ ok: true, value: bytes.slice(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length)) });
    },

    endRead(request): Promise<BridgeResult<null>> {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error));
      reading.delete(parsed.data.handle);
      return Promise.resolve({ ok: true, value: null });
    },
  };
}
