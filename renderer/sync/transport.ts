// Where bundle files go and come from: the shared folder when one is set, otherwise the platform's
// save and open dialogs (web: save picker or download, file picker). The format never changes.
import type { BridgeResult, DesktopBridge, FileFilter, OpenedFile } from '../../shared/platform/desktopBridge';
import { MAX_BUNDLE_BYTES } from '../../shared/platform/desktopBridge';
import { MAX_STREAMED_BYTES, openSink, openSource, type FileSink, type FileSource } from '../../shared/platform/fileStreams';
import type { SharedFolderSetting } from './syncMeta';

export const BUNDLE_FILTER: FileFilter = { name: 'PCO bundle', extensions: ['pcobundle'] };
export const ENROLMENT_FILTER: FileFilter = { name: 'PCO enrolment', extensions: ['pcoenrol'] };
export const RECOVERY_FILTER: FileFilter = { name: 'PCO recovery', extensions: ['pcorecovery'] };
export const IDENTITY_FILTER: FileFilter = { name: 'age identity', extensions: ['txt'] };
/** The limit of a file read whole (enrolment, recovery, an identity, a bundle the OS opened with the app); bundles are read a piece at a time. */
export { MAX_BUNDLE_BYTES };

export async function writeFile(bridge: DesktopBridge, folder: SharedFolderSetting | null, name: string, bytes: Uint8Array, filter: FileFilter): Promise<BridgeResult<{ location: string }>> {
  if (folder) return bridge.writeSharedFile({ folder: folder.token, name, bytes: new Uint8Array(bytes) });
  return bridge.saveFile({ suggestedName: name, bytes: new Uint8Array(bytes), filters: [filter] });
}

/** Where a bundle is written a piece at a time: a new file in the shared folder, or where the save dialog says. */
export function openBundleSink(bridge: DesktopBridge, folder: SharedFolderSetting | null, name: string): Promise<BridgeResult<FileSink>> {
  return openSink(bridge, folder ? { to: 'folder', folder: folder.token, name } : { to: 'dialog', suggestedName: name, filters: [BUNDLE_FILTER] });
}

/** A bundle to read a piece at a time: one the user picks, or one in the shared folder. Bounded by the disk, not by memory. */
export function openBundleSource(bridge: DesktopBridge, inFolder?: { readonly folder: string; readonly name: string }): Promise<BridgeResult<FileSource>> {
  return openSource(bridge, inFolder ? { from: 'folder', ...inFolder, maxBytes: MAX_STREAMED_BYTES } : { from: 'dialog', filters: [BUNDLE_FILTER], maxBytes: MAX_STREAMED_BYTES });
}

export function chooseFile(bridge: DesktopBridge, filter: FileFilter, maxBytes = MAX_BUNDLE_BYTES): Promise<BridgeResult<OpenedFile>> {
  return bridge.openFile({ filters: [filter], maxBytes });
}

export const textBytes = (text: string) => new TextEncoder().encode(text);
export const bytesText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** 1234567 → "1,2 MB" in Italian. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
