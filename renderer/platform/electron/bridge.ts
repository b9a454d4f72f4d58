// DesktopBridge for the Electron build: forwards to the preload's `window.pcoDesktop`. The main
// process validates and answers with results; this layer only turns the unexpected (no preload,
// a rejected IPC call) into results too, so callers never need try/catch.
import type { AppInfo, BridgeResult, DesktopBridge, OpenFileRequest, OpenedFile, SaveFileRequest, SavedFile, SecretStorageInfo } from '../../../shared/platform/desktopBridge';

type ResultMethod =
  | 'chooseSharedFolder'
  | 'listSharedFolder'
  | 'writeSharedFile'
  | 'readSharedFile'
  | 'listRemovableDrives'
  | 'takeOpenedBundle'
  | 'beginWrite'
  | 'writePiece'
  | 'finishWrite'
  | 'abortWrite'
  | 'beginRead'
  | 'readPiece'
  | 'endRead';

const ioFailure = (detail: string): BridgeResult<never> => ({ ok: false, error: 'ioError', detail });

/** Without the preload there is no OS protection to offer; the caller keeps the passphrase wrap only. */
const noPreload: BridgeResult<never> = { ok: false, error: 'unavailable', detail: 'desktop bridge not available' };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function desktop(): DesktopBridge | undefined {
  return window.pcoDesktop;
}

/** Forwards a shared-folder call to the preload; a missing preload or a rejected call becomes a result. */
async function forward<M extends ResultMethod>(method: M, ...args: Parameters<DesktopBridge[M]>): Promise<Awaited<ReturnType<DesktopBridge[M]>>> {
  const api = desktop();
  type Answer = Awaited<ReturnType<DesktopBridge[M]>>;
  if (!api) return noPreload as Answer;
  try {
    const call = api[method] as (...callArgs: Parameters<DesktopBridge[M]>) => Promise<Answer>;
    return await call(...args);
  } catch (error) {
    return ioFailure(describe(error)) as Answer;
  }
}

export const bridge: DesktopBridge = {
  async getAppInfo(): Promise<AppInfo> {
    const api = desktop();
    const fallback: AppInfo = { kind: 'electron', version: 'unknown', platform: navigator.platform };
    if (!api) return fallback;
    try {
      return await api.getAppInfo();
    } catch {
      return fallback;
    }
  },

  async saveFile(request: SaveFileRequest): Promise<BridgeResult<SavedFile>> {
    const api = desktop();
    if (!api) return ioFailure('desktop bridge not available');
    try {
      return await api.saveFile(request);
    } catch (error) {
      return ioFailure(describe(error));
    }
  },

  async openFile(request: OpenFileRequest): Promise<BridgeResult<OpenedFile>> {
    const api = desktop();
    if (!api) return ioFailure('desktop bridge not available');
    try {
      return await api.openFile(request);
    } catch (error) {
      return ioFailure(describe(error));
    }
  },

  async secretStorage(): Promise<SecretStorageInfo> {
    const api = desktop();
    const none: SecretStorageInfo = { available: false, backend: 'unknown' };
    if (!api) return none;
    try {
      return await api.secretStorage();
    } catch {
      return none;
    }
  },

  async protectSecret(plain: Uint8Array): Promise<BridgeResult<Uint8Array>> {
    const api = desktop();
    if (!api) return noPreload;
    try {
      return await api.protectSecret(plain);
    } catch (error) {
      return ioFailure(describe(error));
    }
  },

  async unprotectSecret(protectedBytes: Uint8Array): Promise<BridgeResult<Uint8Array>> {
    const api = desktop();
    if (!api) return noPreload;
    try {
      return await api.unprotectSecret(protectedBytes);
    } catch (error) {
      return ioFailure(describe(error));
    }
  },

  chooseSharedFolder: () => forward('chooseSharedFolder'),
  listSharedFolder: (request) => forward('listSharedFolder', request),
  writeSharedFile: (request) => forward('writeSharedFile', request),
  readSharedFile: (request) => forward('readSharedFile', request),
  listRemovableDrives: () => forward('listRemovableDrives'),
  takeOpenedBundle: () => forward('takeOpenedBundle'),
  beginWrite: (request) => forward('beginWrite', request),
  writePiece: (request) => forward('writePiece', request),
  finishWrite: (request) => forward('finishWrite', request),
  abortWrite: (request) => forward('abortWrite', request),
  beginRead: (request) => forward('beginRead', request),
  readPiece: (request) => forward('readPiece', request),
  endRead: (request) => forward('endRead', request),
};
