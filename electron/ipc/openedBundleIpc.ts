// The bundle the OS asked us to open (double-click, second launch, macOS open-file), handed to
// the renderer when it asks: no events cross the preload, the renderer polls on unlock and focus.
// The renderer sends nothing: main reads only a path it queued itself, a `.pcobundle` regular file,
// at most the bundle limit, and never one on a network share; fs is injected.
import { basename } from 'node:path';
import type { BridgeResult, OpenedFile } from '../../shared/platform/desktopBridge';
import { MAX_BUNDLE_BYTES, tooLargeFailure } from '../../shared/platform/desktopBridge';
import { IPC_CHANNELS } from '../../shared/platform/ipcContract';
import { isNetworkPath } from '../networkPaths';
import { OPENED_BUNDLE_EXTENSION, type OpenedBundleQueue } from '../openedBundles';
import type { FileStats } from './fileIpc';
import type { IpcMainLike, SenderCheck } from './handle';
import { describeError, handleSafely } from './handle';

export interface OpenedBundleDeps {
  readonly queue: OpenedBundleQueue;
  readonly stat: (path: string) => Promise<FileStats>;
  /** Reads at most `maxBytes + 1` bytes (electron/boundedRead.ts). */
  readonly readFile: (path: string, maxBytes: number) => Promise<Uint8Array>;
  /** The bundle limit unless a test says otherwise. */
  readonly maxBytes?: number;
}

const NETWORK_REFUSAL = 'the file is on a network share: copy it to this computer, or choose it with the open dialog';

export type OpenedBundleIpcDeps = OpenedBundleDeps & { readonly isTrustedSender: SenderCheck };

/** Takes the next queued path and reads it; `null` when nothing is waiting. */
export function createTakeOpenedBundleHandler(deps: OpenedBundleDeps): () => Promise<BridgeResult<OpenedFile | null>> {
  const maxBytes = deps.maxBytes ?? MAX_BUNDLE_BYTES;
  return async () => {
    const path = deps.queue.take();
    if (path === undefined) return { ok: true, value: null };
    // The queue only holds checked paths; checked again because this is what reads the disk.
    if (!path.toLowerCase().endsWith(OPENED_BUNDLE_EXTENSION)) return { ok: false, error: 'invalidRequest', detail: 'not a bundle file' };
    if (isNetworkPath(path)) return { ok: false, error: 'invalidRequest', detail: NETWORK_REFUSAL };
    try {
      const stats = await deps.stat(path);
      if (!stats.isFile()) return { ok: false, error: 'ioError', detail: 'not a regular file' };
      if (stats.size > maxBytes) return tooLargeFailure(stats.size, maxBytes);
      const bytes = await deps.readFile(path, maxBytes);
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) return tooLargeFailure(bytes.byteLength, maxBytes);
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
