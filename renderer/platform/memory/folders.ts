// The shared folder of the memory bridge: folders are maps of file name → bytes, so tests run
// export and import through the shared-folder calls with the same validation as the real bridges.
// As in Electron, a folder is reached only by a token this bridge issued (a chosen folder, a
// plugged drive): anything else, a path included, is 'unknownFolder'.
import type { BridgeResult, DesktopBridge, SharedFolderEntry } from '../../../shared/platform/desktopBridge';
import { listSharedFolderRequestSchema, readSharedFileRequestSchema, tooLargeFailure, writeSharedFileRequestSchema } from '../../../shared/platform/desktopBridge';

type FolderCalls = Pick<DesktopBridge, 'chooseSharedFolder' | 'listSharedFolder' | 'writeSharedFile' | 'readSharedFile'>;

export interface MemoryFolders extends FolderCalls {
  /** The folder the next chooseSharedFolder returns (created empty if new); none means 'cancelled'. */
  setNextFolder(token: string | null): void;
  /** Issues a token without a dialog (a plugged drive): its folder exists from now on, empty if new. */
  issueFolder(token: string): void;
  /** Whether this bridge issued the token. */
  hasFolder(token: string): boolean;
  /** The files in a folder, for assertions. */
  folderFiles(token: string): ReadonlyMap<string, Uint8Array>;
  clearFolders(): void;
}

const refused = (detail: string): BridgeResult<never> => ({ ok: false, error: 'invalidRequest', detail });
const unknownFolder: BridgeResult<never> = { ok: false, error: 'unknownFolder', detail: 'this folder was not chosen here: choose it again' };

export function createMemoryFolders(): MemoryFolders {
  const folders = new Map<string, Map<string, { bytes: Uint8Array; modifiedAt: string }>>();
  let next: string | null = null;
  let tick = 0;
  const folder = (token: string) => folders.get(token);

  return {
    setNextFolder(token) {
      next = token;
    },
    issueFolder(token) {
      if (!folders.has(token)) folders.set(token, new Map());
    },
    hasFolder(token) {
      return folders.has(token);
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
      if (!files) return Promise.resolve(unknownFolder);
      const entries: SharedFolderEntry[] = [...files].map(([name, file]) => ({ name, size: file.bytes.byteLength, modifiedAt: file.modifiedAt }));
      return Promise.resolve({ ok: true, value: entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)) });
    },
    writeSharedFile(request) {
      const parsed = writeSharedFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error.message));
      const files = folder(parsed.data.folder);
      if (!files) return Promise.resolve(unknownFolder);
      if (files.has(parsed.data.name)) return Promise.resolve({ ok: false, error: 'ioError', detail: 'a file with this name exists' });
      tick += 1;
      files.set(parsed.data.name, { bytes: parsed.data.bytes.slice(), modifiedAt: new Date(Date.UTC(2019, 0, 1) + tick * 1000).toISOString() });
      return Promise.resolve({ ok: true, value: { location: `${parsed.data.folder}/${parsed.data.name}`, size: parsed.data.bytes.byteLength } });
    },
    readSharedFile(request) {
      const parsed = readSharedFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(refused(parsed.error.message));
      const files = folder(parsed.data.folder);
      if (!files) return Promise.resolve(unknownFolder);
      const file = files.get(parsed.data.name);
      if (!file) return Promise.resolve({ ok: false, error: 'ioError', detail: 'no such file' });
      const { maxBytes } = parsed.data;
      if (file.bytes.byteLength > maxBytes) return Promise.resolve(tooLargeFailure(file.bytes.byteLength, maxBytes));
      return Promise.resolve({ ok: true, value: { name: parsed.data.name, bytes: file.bytes.slice() } });
    },
  };
}
