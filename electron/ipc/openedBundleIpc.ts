// The bundle the OS asked us to open (double-click, second launch, macOS open-file), handed to
// the renderer when it asks: no events cross the preload, the renderer polls on unlock and focus.
// Only a queued `.pcobundle` regular file under the size limit is read; fs is injected.
import { basename } from 'node:path';
import type { BridgeResult, OpenedFile } from '../../shared/platform/desktopBridge';
import { MAX_OPENED_BUNDLE_BYTES } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { OPENED_BUNDLE_EXTENSION, type OpenedBundleQueue } from '../openedBundles';
import type { FileStats } from './fileIpc';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

export interface OpenedBundleDeps {
  readonly queue: OpenedBundleQueue;
  readonly stat: (path: string) => Promise<FileStats>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly maxBytes?: number;
}

export type OpenedBundleIpcDeps = OpenedBundleDeps & { readonly isTrustedSender: SenderCheck };

/** Takes the next queued path and reads it; `null` when nothing is waiting. */
export function createTakeOpenedBundleHandler(deps: OpenedBundleDeps): () => Promise<BridgeResult<OpenedFile | null>> {
  const maxBytes = deps.maxBytes ?? MAX_OPENED_BUNDLE_BYTES;
  return async () => {
    const path = deps.queue.take();
    if (path === undefined) return { ok: true, value: null };
    // The queue only holds checked paths; checked again because this is what reads the disk.
    if (!path.toLowerCase().endsWith(OPENED_BUNDLE_EXTENSION)) return { ok: false, error: 'invalidRequest', detail: 'not a bundle file' };
    try {
      const stats = await deps.stat(path);
      if (!stats.isFile()) return { ok: false, error: 'ioError', detail: 'not a regular file' };
      if (stats.size > maxBytes) return { ok: false, error: 'tooLarge', detail: `${stats.size} bytes, limit ${maxBytes}` };
      const bytes = await deps.readFile(path);
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) return { ok: false, error: 'tooLarge', detail: `${bytes.byteLength} bytes, limit ${maxBytes}` };
      return { ok: true, value: { name: basename(path), bytes } };
    } catch (error) {
      return { ok: false, error: 'ioError', detail: describeError(error) };
    }
  };
}

export function registerOpenedBundleIpc(ipcMain: IpcMainLike, deps: OpenedBundleIpcDeps): void {
  handleSafely<BridgeResult<OpenedFile | null>>(ipcMain, IPC_CHANNELS.takeOpenedBundle, {
    isTrustedSender: deps.isTrustedSender,
    refused: () => ({ ok: false, error: 'invalidRequest', detail: 'untrusted sender' }),
    failed: (error) => ({ ok: false, error: 'ioError', detail: describeError(error) }),
    run: createTakeOpenedBundleHandler(deps),
  });
}
