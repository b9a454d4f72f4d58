// DesktopBridge for the Electron build: forwards to the preload's `window.pcoDesktop`. The main
// process validates and answers with results; this layer only turns the unexpected (no preload,
// a rejected IPC call) into results too, so callers never need try/catch.
import type { AppInfo, BridgeResult, DesktopBridge, OpenFileRequest, OpenedFile, SaveFileRequest, SavedFile } from '../../../shared/platform/desktopBridge';

const unavailable = (detail: string): BridgeResult<never> => ({ ok: false, error: 'ioError', detail });

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function desktop(): DesktopBridge | undefined {
  return window.pcoDesktop;
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
    if (!api) return unavailable('desktop bridge not available');
    try {
      return await api.saveFile(request);
    } catch (error) {
      return unavailable(describe(error));
    }
  },

  async openFile(request: OpenFileRequest): Promise<BridgeResult<OpenedFile>> {
    const api = desktop();
    if (!api) return unavailable('desktop bridge not available');
    try {
      return await api.openFile(request);
    } catch (error) {
      return unavailable(describe(error));
    }
  },
};
