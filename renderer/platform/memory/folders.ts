// The shared folder of the memory bridge: folders are maps of file name → bytes, so tests run
// export and import through the shared-folder calls with the same validation as the real bridges.
import type { BridgeResult, DesktopBridge, SharedFolderEntry } from '../../../shared/platform/desktopBridge';
import { listSharedFolderRequestSchema, readSharedFileRequestSchema, writeSharedFileRequestSchema } from '../../../shared/platform/desktopBridge';

type FolderCalls = Pick<DesktopBridge, 'chooseSharedFolder' | 'listSharedFolder' | 'writeSharedFile' | 'readSharedFile'>;

export interface MemoryFolders extends FolderCalls {
  /** The folder the next chooseSharedFolder returns (created empty if new); none means 'cancelled'. */
  setNextFolder(token: string | null): void;
  /** The files in a folder, for assertions. */
  folderFiles(token: string): ReadonlyMap<string, Uint8Array>;
  clearFolders(): void;
}

const refused = (detail: string): BridgeResult<never> => ({ ok: false, error: 'invalidRequest', detail });

export function createMemoryFolders(): MemoryFolders {
  const folders = new Map<string, Map<string, { bytes: Uint8Array; modifiedAt: string }>>();
  let next: string | null = null;
  let tick = 0;
  const folder = (token: string) => folders.get(token);

  return {
    setNextFolder(token) {
      next = token;
    },
    folderFiles(token) {
      return new Map([...(folder(token) ?? new Map<string, { bytes: Uint8Array }>())].map(([name, file]) => [name, file.bytes]));
    },
    clearFolders() {
      folders.clear();
      next = null;
    },
    chooseSharedFolder() {
      if (next === null) return Promise.resolve({ ok: false, error: 'cancelled' });
      if (!folders.has(next)) folders.set(next, new Map());
      return Promise.resolve({ ok: true, value: { token: next, label: next } });
    },
    listSharedFolder(request) {
      const parsed = listSharedFolderRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error.message));
      const files = folder(parsed.data.folder);
      if (!files) return Promise.resolve({ ok: false, error: 'ioError', detail: 'no such folder' });
      const entries: SharedFolderEntry[] = [...files].map(([name, file]) => ({ name, size: file.bytes.byteLength, modifiedAt: file.modifiedAt }));
      return Promise.resolve({ ok: true, value: entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)) });
    },
    writeSharedFile(request) {
      const parsed = writeSharedFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error.message));
      const files = folder(parsed.data.folder);
      if (!files) return Promise.resolve({ ok: false, error: 'ioError', detail: 'no such folder' });
      if (files.has(parsed.data.name)) return Promise.resolve({ ok: false, error: 'ioError', detail: 'a file with this name exists' });
      tick += 1;
      files.set(parsed.data.name, { bytes: parsed.data.bytes.slice(), modifiedAt: new Date(Date.UTC(2019, 0, 1) + tick * 1000).toISOString() });
      return Promise.resolve({ ok: true, value: { location: `${parsed.data.folder}/${parsed.data.name}`, size: parsed.data.bytes.byteLength } });
    },
    readSharedFile(request) {
      const parsed = readSharedFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error.message));
      const file = folder(parsed.data.folder)?.get(parsed.data.name);
      if (!file) return Promise.resolve({ ok: false, error: 'ioError', detail: 'no such file' });
      if (file.bytes.byteLength > parsed.data.maxBytes) return Promise.resolve({ ok: false, error: 'tooLarge' });
      return Promise.resolve({ ok: true, value: { name: parsed.data.name, bytes: file.bytes.slice() } });
    },
  };
}
