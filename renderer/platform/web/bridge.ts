// DesktopBridge for the web build. Saving uses the File System Access API where the browser has
// it (a real "Save as" dialog) and otherwise a download link; opening uses the open picker or a
// hidden <input type=file>. Requests are validated with the same zod schemas the Electron main
// process uses, so both builds refuse the same things. A browser has no OS key store the page
// can use to seal a secret to this user and machine, so secret protection is 'unavailable' and
// the data key stays wrapped by the passphrase alone.
import type { z } from 'zod';
import type { AppInfo, BridgeErrorCode, BridgeResult, DesktopBridge, OpenedFile, SavedFile, SecretStorageInfo } from '../../../shared/platform/desktopBridge';
import { openFileRequestSchema, protectedSecretBytesSchema, saveFileRequestSchema, secretBytesSchema, tooLargeFailure } from '../../../shared/platform/desktopBridge';
import { chooseFileToOpen, download, isAbort, ownBytes, pickers, toPickerTypes } from './filePickers';
import { webSharedFolder } from './sharedFolder';
import { createWebFileStreams } from './fileStreams';

const FALLBACK_VERSION = '0.1.0';

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

function invalid(error: z.ZodError): BridgeResult<never> {
  return fail('invalidRequest', error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; '));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function appVersion(): string {
  const version: unknown = import.meta.env.PACKAGE_VERSION;
  return typeof version === 'string' && version !== '' ? version : FALLBACK_VERSION;
}

async function readLimited(file: File, maxBytes: number): Promise<BridgeResult<OpenedFile>> {
  if (file.size > maxBytes) return tooLargeFailure(file.size, maxBytes);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > maxBytes) return tooLargeFailure(bytes.byteLength, maxBytes);
  return { ok: true, value: { name: file.name, bytes } };
}

export const bridge: DesktopBridge = {
  ...createWebFileStreams(),
  getAppInfo(): Promise<AppInfo> {
    return Promise.resolve({ kind: 'web', version: appVersion(), platform: navigator.platform });
  },

  async saveFile(request): Promise<BridgeResult<SavedFile>> {
    const parsed = saveFileRequestSchema.safeParse(request);
    if (!parsed.success) return invalid(parsed.error);
    const { suggestedName, bytes, filters } = parsed.data;
    const { showSaveFilePicker } = pickers();
    if (!showSaveFilePicker) {
      try {
        download(suggestedName, new Blob([ownBytes(bytes)], { type: 'application/octet-stream' }));
        return { ok: true, value: { location: suggestedName, size: bytes.byteLength } };
      } catch (error) {
        return fail('ioError', describe(error));
      }
    }
    let handle: FileSystemFileHandle;
    try {
      handle = await showSaveFilePicker({ suggestedName, types: toPickerTypes(filters), excludeAcceptAllOption: filters.length > 0 });
    } catch (error) {
      return isAbort(error) ? fail('cancelled') : fail('ioError', describe(error));
    }
    let writable: FileSystemWritableFileStream | undefined;
    try {
      writable = await handle.createWritable();
      await writable.write(ownBytes(bytes));
      await writable.close();
      return { ok: true, value: { location: handle.name, size: bytes.byteLength } };
    } catch (error) {
      await writable?.abort().catch(() => undefined);
      return fail('ioError', describe(error));
    }
  },

  async openFile(request): Promise<BridgeResult<OpenedFile>> {
    const parsed = openFileRequestSchema.safeParse(request);
    if (!parsed.success) return invalid(parsed.error);
    const { filters, maxBytes } = parsed.data;
    try {
      const file = await chooseFileToOpen(filters);
      if (!file) return fail('cancelled');
      return await readLimited(file, maxBytes);
    } catch (error) {
      return isAbort(error) ? fail('cancelled') : fail('ioError', describe(error));
    }
  },

  secretStorage(): Promise<SecretStorageInfo> {
    return Promise.resolve({ available: false, backend: 'none' });
  },

  protectSecret(plain): Promise<BridgeResult<Uint8Array>> {
    const parsed = secretBytesSchema.safeParse(plain);
    return Promise.resolve(parsed.success ? fail('unavailable', 'no OS key protection in the browser') : invalid(parsed.error));
  },

  unprotectSecret(protectedBytes): Promise<BridgeResult<Uint8Array>> {
    const parsed = protectedSecretBytesSchema.safeParse(protectedBytes);
    return Promise.resolve(parsed.success ? fail('unavailable', 'no OS key protection in the browser') : invalid(parsed.error));
  },

  chooseSharedFolder: () => webSharedFolder.chooseSharedFolder(),
  listSharedFolder: (request) => webSharedFolder.listSharedFolder(request),
  writeSharedFile: (request) => webSharedFolder.writeSharedFile(request),
  readSharedFile: (request) => webSharedFolder.readSharedFile(request),
  // A web page cannot see the machine's drives: the save dialog reaches a stick instead.
  listRemovableDrives: () => Promise.resolve(fail('unavailable', 'the browser cannot list drives')),
  // The OS never opens a file with a web page: nothing ever waits.
  takeOpenedBundle: () => Promise.resolve({ ok: true, value: null }),
};
