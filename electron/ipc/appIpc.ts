// What the renderer may know about the app it runs in. No input, nothing secret; still, only
// our own renderer frame gets real values.
import type { AppInfo } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import type { IpcMainLike, SenderCheck } from './handle';
import { handleSafely } from './handle';

export interface AppIpcDeps {
  readonly version: string;
  readonly platform: string;
  readonly isTrustedSender: SenderCheck;
}

const UNKNOWN_APP: AppInfo = { kind: 'electron', version: 'unknown', platform: 'unknown' };

export function createGetAppInfoHandler({ version, platform }: Pick<AppIpcDeps, 'version' | 'platform'>): () => Promise<AppInfo> {
  const info: AppInfo = { kind: 'electron', version, platform };
  return () => Promise.resolve({ ...info });
}

export function registerAppIpc(ipcMain: IpcMainLike, deps: AppIpcDeps): void {
  handleSafely<AppInfo>(ipcMain, IPC_CHANNELS.getAppInfo, {
    isTrustedSender: deps.isTrustedSender,
    refused: () => ({ ...UNKNOWN_APP }),
    failed: () => ({ ...UNKNOWN_APP }),
    run: createGetAppInfoHandler(deps),
  });
}
