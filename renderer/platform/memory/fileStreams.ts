// Streamed files in the memory bridge: what is written is gathered and, on finish, saved like a
// whole file (the save dialog's record, or a new file in a memory folder); what is read is a file
// queued for the open dialog or one in a folder. Same checks and refusals as the real bridges
// (shared/platform/streamCalls.ts).
import type { BridgeErrorCode, BridgeResult, FileFilter, OpenedFile, SavedFile } from '../../../shared/platform/desktopBridge';
import { MAX_BUNDLE_BYTES } from '../../../shared/platform/desktopBridge';
import { createStreamCalls, type StreamHandlers, type WriteTarget } from '../../../shared/platform/streamCalls';
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

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

export function createMemoryFileStreams(host: MemoryStreamHost): StreamHandlers {
  let issued = 0;
  return createStreamCalls<{ target: WriteTarget; parts: Uint8Array[] }, Uint8Array>({
    newHandle: () => `memory-${(issued += 1).toString().padStart(6, '0')}`,

    startWrite(target) {
      const refusal = target.to === 'dialog' ? host.saveDialogRefusal() : null;
      if (refusal) return Promise.resolve(refusal);
      if (target.to === 'folder') {
        if (!host.folders.hasFolder(target.folder)) return Promise.resolve(fail('unknownFolder', 'this folder was not chosen here: choose it again'));
        if (host.folders.folderFiles(target.folder).has(target.name)) return Promise.resolve(fail('ioError', 'a file with this name exists'));
      }
      return Promise.resolve({ ok: true, value: { target, parts: [] } });
    },
    write: (open, bytes) => Promise.resolve(void open.parts.push(bytes.slice())),
    async finish({ target, parts }) {
      const bytes = concatBytes(parts);
      if (target.to === 'dialog') return host.recordSave(target.suggestedName, bytes, target.filters);
      const written = await host.folders.writeSharedFile({ folder: target.folder, name: target.name, bytes });
      if (!written.ok) throw new Error(written.detail ?? written.error);
      return written.value;
    },
    drop: () => Promise.resolve(),

    async startRead(source) {
      const opened = source.from === 'dialog' ? host.openViaDialog() : await host.folders.readSharedFile({ folder: source.folder, name: source.name, maxBytes: MAX_BUNDLE_BYTES });
      if (!opened.ok) return opened;
      return { ok: true, value: { file: opened.value.bytes, name: opened.value.name, size: opened.value.bytes.byteLength } };
    },
    read: (bytes, offset, length) => Promise.resolve(bytes.slice(offset, offset + length)),
    close: () => Promise.resolve(),
  });
}
