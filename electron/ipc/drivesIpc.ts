// Removable drives for the export dialog: no input, an answer read from the OS's own tool
// (electron/drives). Each drive goes out with the token main issues for its path (folderGrants),
// which the renderer passes back to write there: it never hands main a path. A drive mounted at a
// network-shaped path gets no token and is left out. Only our own renderer frame gets the list.
import type { BridgeResult, RemovableDrive } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { listRemovableDrives, type DriveProbe } from '../drives/removableDrives';
import type { FolderGrants } from '../folderGrants';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

export interface DrivesDeps extends DriveProbe {
  readonly grants: FolderGrants;
}

export interface DrivesIpcDeps extends DrivesDeps {
  readonly isTrustedSender: SenderCheck;
}

export function createListDrivesHandler(deps: DrivesDeps): () => Promise<BridgeResult<RemovableDrive[]>> {
  return async () => {
    const drives: RemovableDrive[] = [];
    for (const drive of await listRemovableDrives(deps)) {
      const grant = deps.grants.grantDrive(drive.path);
      if (grant) drives.push({ ...drive, token: grant.token });
    }
    return { ok: true, value: drives };
  };
}

export function registerDrivesIpc(ipcMain: IpcMainLike, deps: DrivesIpcDeps): void {
  handleSafely<BridgeResult<RemovableDrive[]>>(ipcMain, IPC_CHANNELS.listRemovableDrives, {
    isTrustedSender: deps.isTrustedSender,
    refused: () => ({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' }),
    failed: (error) => ({ ok: false, error: 'ioError', detail: describeError(error) }),
    run: createListDrivesHandler(deps),
  });
}
