// IPC channel names and payload schemas shared by the preload (sender) and main (validator).
export const IPC_CHANNELS = {
  getAppInfo: 'pco:app:get-info',
  saveFile: 'pco:file:save',
  openFile: 'pco:file:open',
  secretStorage: 'pco:secret:storage-info',
  protectSecret: 'pco:secret:protect',
  unprotectSecret: 'pco:secret:unprotect',
  chooseSharedFolder: 'pco:folder:choose',
  listSharedFolder: 'pco:folder:list',
  writeSharedFile: 'pco:folder:write',
  readSharedFile: 'pco:folder:read',
  listRemovableDrives: 'pco:drives:list',
  takeOpenedBundle: 'pco:opened:take',
  beginWrite: 'pco:stream:begin-write',
  writePiece: 'pco:stream:write',
  finishWrite: 'pco:stream:finish-write',
  abortWrite: 'pco:stream:abort-write',
  beginRead: 'pco:stream:begin-read',
  readPiece: 'pco:stream:read',
  endRead: 'pco:stream:end-read',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
