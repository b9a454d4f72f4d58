// The shared folder in the web build: a directory handle from the File System Access API
// (Chromium), kept in a small IndexedDB store of its own so the choice survives a reload. The
// browser asks the user again for permission after a restart; that happens inside the click
// that exports or imports. Browsers without the API answer 'unavailable' and the screens fall
// back to the save and open dialogs.
import type { BridgeErrorCode, BridgeResult, OpenedFile, SavedFile, SharedFolder, SharedFolderEntry } from '../../../shared/platform/desktopBridge';
import { SHARED_FOLDER_EXTENSIONS, listSharedFolderRequestSchema, readSharedFileRequestSchema, tooLargeFailure, writeSharedFileRequestSchema } from '../../../shared/platform/desktopBridge';
import { isAbort } from './filePickers';

const STORE_DB = 'pco-desk-platform';
const STORE = 'folderHandles';

type Permission = 'granted' | 'denied' | 'prompt';

/** The parts of FileSystemDirectoryHandle used here (permissions and iteration are not in lib.dom). */
export interface DirectoryHandle {
  readonly name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileSystemFileHandle>;
  values(): AsyncIterable<{ kind: 'file' | 'directory'; name: string }>;
  removeEntry?(name: string): Promise<void>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
}

interface DirectoryPickerHost {
  readonly showDirectoryPicker?: (options?: { id?: string; mode?: 'readwrite' }) => Promise<DirectoryHandle>;
}

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isSyncFile = (name: string) => !name.startsWith('.') && SHARED_FOLDER_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`));

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(STORE_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB'));
  });
}

async function storeRequest<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openStore();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error ?? new Error('indexedDB'));
    });
  } finally {
    db.close();
  }
}

/** Folders chosen or reached in this page's life, by token: the store is read once per folder. */
const known = new Map<string, DirectoryHandle>();

export async function handleFor(token: string): Promise<BridgeResult<DirectoryHandle>> {
  const handle = known.get(token) ?? (await storeRequest<DirectoryHandle | undefined>('readonly', (store) => store.get(token)));
  if (!handle) return fail('unknownFolder', 'unknown folder: choose it again');
  known.set(token, handle);
  if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted') {
    const answer = handle.requestPermission ? await handle.requestPermission({ mode: 'readwrite' }) : 'denied';
    if (answer !== 'granted') return fail('cancelled', 'permission not granted');
  }
  return { ok: true, value: handle };
}

export async function exists(folder: DirectoryHandle, name: string): Promise<boolean> {
  try {
    await folder.getFileHandle(name);
    return true;
  } catch {
    return false;
  }
}

export const webSharedFolder = {
  async chooseSharedFolder(): Promise<BridgeResult<SharedFolder>> {
    const { showDirectoryPicker } = window as unknown as DirectoryPickerHost;
    if (!showDirectoryPicker) return fail('unavailable', 'this browser cannot keep a folder');
    try {
      const handle = await showDirectoryPicker({ id: 'pco-shared-folder', mode: 'readwrite' });
      const token = `folder-${crypto.randomUUID()}`;
      await storeRequest('readwrite', (store) => store.put(handle, token));
      known.set(token, handle);
      return { ok: true, value: { token, label: handle.name } };
    } catch (error) {
      return isAbort(error) ? fail('cancelled') : fail('ioError', describe(error));
    }
  },

  async listSharedFolder(request: unknown): Promise<BridgeResult<SharedFolderEntry[]>> {
    const parsed = listSharedFolderRequestSchema.safeParse(request);
    if (!parsed.success) return fail('invalidRequest', parsed.error.message);
    try {
      const folder = await handleFor(parsed.data.folder);
      if (!folder.ok) return folder;
      const entries: SharedFolderEntry[] = [];
      for await (const entry of folder.value.values()) {
        if (entry.kind !== 'file' || !isSyncFile(entry.name)) continue;
        const file = await (await folder.value.getFileHandle(entry.name)).getFile();
        entries.push({ name: entry.name, size: file.size, modifiedAt: new Date(file.lastModified).toISOString() });
      }
      return { ok: true, value: entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name)) };
    } catch (error) {
      return fail('ioError', describe(error));
    }
  },

  async writeSharedFile(request: unknown): Promise<BridgeResult<SavedFile>> {
    const parsed = writeSharedFileRequestSchema.safeParse(request);
    if (!parsed.success) return fail('invalidRequest', parsed.error.message);
    const { name, bytes } = parsed.data;
    try {
      const folder = await handleFor(parsed.data.folder);
      if (!folder.ok) return folder;
      if (await exists(folder.value, name)) return fail('ioError', 'a file with this name exists');
      const writable = await (await folder.value.getFileHandle(name, { create: true })).createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
      return { ok: true, value: { location: `${folder.value.name}/${name}`, size: bytes.byteLength } };
    } catch (error) {
      return fail('ioError', describe(error));
    }
  },

  async readSharedFile(request: unknown): Promise<BridgeResult<OpenedFile>> {
    const parsed = readSharedFileRequestSchema.safeParse(request);
    if (!parsed.success) return fail('invalidRequest', parsed.error.message);
    const { name, maxBytes } = parsed.data;
    try {
      const folder = await handleFor(parsed.data.folder);
      if (!folder.ok) return folder;
      const file = await (await folder.value.getFileHandle(name)).getFile();
      if (file.size > maxBytes) return tooLargeFailure(file.size, maxBytes);
      return { ok: true, value: { name, bytes: new Uint8Array(await file.arrayBuffer()) } };
    } catch (error) {
      return fail('ioError', describe(error));
    }
  },
};
