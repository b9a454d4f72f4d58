// The one contract between the UI and the machine it runs on. The renderer sees only this
// interface; `renderer/platform/electron` (preload + IPC) and `renderer/platform/web` (browser
// APIs) implement it, and the bundler picks one. Methods return results, never throw across.
import { z } from 'zod';

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,12}$/)).min(1).max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/),
  bytes: z.instanceof(Uint8Array),
  filters: z.array(fileFilterSchema).max(5).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(5).default([]),
  /** Largest file accepted, in bytes; bigger files are refused before they are read. */
  maxBytes: z.number().int().positive().max(2 * 1024 * 1024 * 1024),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

export const appInfoSchema = z.object({
  kind: z.enum(['electron', 'web']),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export type BridgeErrorCode = 'cancelled' | 'tooLarge' | 'invalidRequest' | 'ioError';
export type BridgeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BridgeErrorCode; readonly detail?: string };

export interface SavedFile {
  /** Where the file went: a path in Electron, the file name in the browser. */
  readonly location: string;
  readonly size: number;
}

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DesktopBridge {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<BridgeResult<SavedFile>>;
  openFile(request: OpenFileRequest): Promise<BridgeResult<OpenedFile>>;
}
