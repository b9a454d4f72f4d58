// The whole surface the renderer gets from Electron: nineteen named calls, typed by the shared
// DesktopBridge contract. No generic invoke, no ipcRenderer, no events, no Node. The main
// process validates every argument. Runs sandboxed, so the build bundles it into one CommonJS
// file (dist/electron/preload.cjs) with only `electron` left external.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../shared/platform/ipcContract';

const pcoDesktop: DesktopBridge = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  secretStorage: () => ipcRenderer.invoke(IPC_CHANNELS.secretStorage),
  protectSecret: (plain) => ipcRenderer.invoke(IPC_CHANNELS.protectSecret, plain),
  unprotectSecret: (protectedBytes) => ipcRenderer.invoke(IPC_CHANNELS.unprotectSecret, protectedBytes),
  chooseSharedFolder: () => ipcRenderer.invoke(IPC_CHANNELS.chooseSharedFolder),
  listSharedFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.listSharedFolder, request),
  writeSharedFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeSharedFile, request),
  readSharedFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.readSharedFile, request),
  listRemovableDrives: () => ipcRenderer.invoke(IPC_CHANNELS.listRemovableDrives),
  takeOpenedBundle: () => ipcRenderer.invoke(IPC_CHANNELS.takeOpenedBundle),
  beginWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.beginWrite, request),
  writePiece: (request) => ipcRenderer.invoke(IPC_CHANNELS.writePiece, request),
  finishWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.finishWrite, request),
  abortWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.abortWrite, request),
  beginRead: (request) => ipcRenderer.invoke(IPC_CHANNELS.beginRead, request),
  readPiece: (request) => ipcRenderer.invoke(IPC_CHANNELS.readPiece, request),
  endRead: (request) => ipcRenderer.invoke(IPC_CHANNELS.endRead, request),
};

contextBridge.exposeInMainWorld('pcoDesktop', pcoDesktop);
