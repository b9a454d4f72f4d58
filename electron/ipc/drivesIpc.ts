// Removable drives for the export dialog: no input, an answer read from the OS's own tool
// (electron/drives). Only our own renderer frame gets it.
import type { BridgeResult, RemovableDrive } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { listRemovableDrives, type DriveProbe } from '../drives/removableDrives';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

export interface DrivesIpcDeps extends DriveProbe {
  readonly isTrustedSender: SenderCheck;
}

export function createListDrivesHandler(probe: DriveProbe): () => Promise<BridgeResult<RemovableDrive[]>> {
  return async () => ({ ok: true, value: await listRemovableDrives(probe) });
}

export function registerDrivesIpc(ipcMain: IpcMainLike, deps: DrivesIpcDeps): void {
  handleSafely<BridgeResult<RemovableDrive[]>>(ipcMain, IPC_CHANNELS.listRemovableDrives, {
    isTrustedSender: deps.isTrustedSender,
    refused: () => ({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' }),
    failed: (error) => ({ ok: false, error: 'ioError', detail: describeError(error) }),
    run: createListDrivesHandler(deps),
  });
}
