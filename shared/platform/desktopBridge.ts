// The one contract between the UI and the machine it runs on. The renderer sees only this
// interface; `renderer/platform/electron` (preload + IPC) and `renderer/platform/web` (browser
// APIs) implement it, and the bundler picks one. Methods return results, never throw across.
import { z } from 'zod';
import type { FileStreamCalls } from './fileStreams';

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,12}$/)).min(1).max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A file name the save dialog proposes: no folder, nothing a file system refuses. */
export const suggestedNameSchema = z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/);

export const saveFileRequestSchema = z.object({
  suggestedName: suggestedNameSchema,
  bytes: z.instanceof(Uint8Array),
  filters: z.array(fileFilterSchema).max(5).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

/**
 * Largest file the app reads from disk: a sync bundle (a bundle of 30,000 workers with a year of
 * history stays well below it), and the limit of every read the desktop app makes for the
 * renderer (open dialog, shared folder, a bundle the OS opened). A refusal names it (`limitBytes`).
 */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

/** Largest file accepted, in bytes, at most MAX_BUNDLE_BYTES; bigger files are refused before they are read. */
const readLimitSchema = z.number().int().positive().max(MAX_BUNDLE_BYTES);

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(5).default([]),
  maxBytes: readLimitSchema,
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

export const appInfoSchema = z.object({
  kind: z.enum(['electron', 'web']),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Largest secret protectSecret accepts: a wrapped key is a few dozen bytes; this is generous. */
export const MAX_SECRET_BYTES = 64 * 1024;
/**
 * Largest protected blob unprotectSecret accepts: the OS wrap of a MAX_SECRET_BYTES secret
 * (base64 adds a third, the OS adds a header, nonce and tag, or a DPAPI blob) fits well under it.
 */
export const MAX_PROTECTED_SECRET_BYTES = 128 * 1024;

const boundedBytes = (max: number) =>
  z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength > 0, { message: 'must not be empty' })
    .refine((bytes) => bytes.byteLength <= max, { message: `must be at most ${max} bytes` });

export const secretBytesSchema = boundedBytes(MAX_SECRET_BYTES);
export const protectedSecretBytesSchema = boundedBytes(MAX_PROTECTED_SECRET_BYTES);

export const secretStorageInfoSchema = z.object({
  /** True only when the OS really protects the secret (keychain, DPAPI, a Linux keyring). */
  available: z.boolean(),
  /** What protects it: 'keychain', 'dpapi', a Linux backend name, 'none' in the browser. */
  backend: z.string().max(40),
});
export type SecretStorageInfo = z.infer<typeof secretStorageInfoSchema>;

/**
 * `unavailable`: the platform cannot do this (no OS key protection in the browser or on this desktop).
 * `unknownFolder`: the shared-folder token is not one this app issued (an old setting holding a
 * path, a folder forgotten since): the user chooses the folder again.
 */
export type BridgeErrorCode = 'cancelled' | 'tooLarge' | 'invalidRequest' | 'ioError' | 'unavailable' | 'unknownFolder';
export interface BridgeFailure {
  readonly ok: false;
  readonly error: BridgeErrorCode;
  readonly detail?: string;
  /** With `tooLarge`: the limit the file went over, in bytes, for the message to the user. */
  readonly limitBytes?: number;
  /** With `tooLarge`: the file's size as far as it was seen (its size, or the bytes read past the limit), for the message. */
  readonly sizeBytes?: number;
}
export type BridgeResult<T> = { readonly ok: true; readonly value: T } | BridgeFailure;

/** The refusal of a file over a read limit, naming the limit so the renderer can tell the user. */
export function tooLargeFailure(sizeBytes: number, limitBytes: number): BridgeFailure & { readonly error: 'tooLarge'; readonly limitBytes: number } {
  const megabytes = Math.floor(limitBytes / (1024 * 1024));
  const limit = megabytes > 0 ? `${megabytes} MB` : `${limitBytes} bytes`;
  return { ok: false, error: 'tooLarge', detail: `${sizeBytes} bytes or more: over the limit of ${limit}`, limitBytes, sizeBytes };
}

export interface SavedFile {
  /** Where the file went: a path in Electron, the file name in the browser. */
  readonly location: string;
  readonly size: number;
}

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

// The shared folder (cartella condivisa): bundles written to and read from one folder the user
// chose, so the transport can change without touching the bundle format. The folder is named by an
// opaque token the platform issued when the user chose it (or listed a drive): in Electron a random
// id the main process maps to the path, in the browser the key of a persisted directory handle.
// A token is never a path. Only sync files are reached through it: a plain file name with one of
// these extensions.
export const SHARED_FOLDER_EXTENSIONS = ['pcobundle', 'pcoenrol', 'pcorecovery'] as const;

/** The shape of every token a bridge issues: letters, digits, '-' and '_' (no separator, colon or dot). */
export function isFolderToken(token: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(token);
}

/**
 * Any string up to 1,000 characters: the bridge answers `unknownFolder` for one it did not issue,
 * so an old setting holding a path leads the user to choose the folder again.
 */
export const sharedFolderTokenSchema = z
  .string()
  .min(1)
  .max(1000)
  .refine((token) => !token.includes('\0'), { message: 'no NUL characters' });

export const sharedFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|]+$/)
  .refine((name) => !name.startsWith('.'), { message: 'no hidden files' })
  .refine((name) => SHARED_FOLDER_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`)), { message: 'not a sync file' });

export const listSharedFolderRequestSchema = z.object({ folder: sharedFolderTokenSchema });
export type ListSharedFolderRequest = z.input<typeof listSharedFolderRequestSchema>;

export const writeSharedFileRequestSchema = z.object({
  folder: sharedFolderTokenSchema,
  name: sharedFileNameSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_BUNDLE_BYTES, { message: `must be at most ${MAX_BUNDLE_BYTES} bytes` }),
});
export type WriteSharedFileRequest = z.input<typeof writeSharedFileRequestSchema>;

export const readSharedFileRequestSchema = z.object({
  folder: sharedFolderTokenSchema,
  name: sharedFileNameSchema,
  maxBytes: readLimitSchema,
});
export type ReadSharedFileRequest = z.input<typeof readSharedFileRequestSchema>;

export interface SharedFolder {
  /** Opaque: pass it back to the other shared-folder calls. */
  readonly token: string;
  /** What to show the user: the path in Electron, the folder name in the browser. */
  readonly label: string;
}

export interface SharedFolderEntry {
  readonly name: string;
  readonly size: number;
  /** ISO time of the last change. */
  readonly modifiedAt: string;
}

/** A USB stick or other removable drive mounted now (Electron only). */
export interface RemovableDrive {
  /** Where files go, to show: a mount point, or a drive root such as `E:\\`. */
  readonly path: string;
  /** The token to pass as `folder` to the shared-folder calls to write there. */
  readonly token: string;
  /** The volume's label, or the path when it has none. */
  readonly label: string;
  /** Capacity in bytes, when the OS says. */
  readonly sizeBytes: number | null;
}

/** Small files cross whole (saveFile, openFile, the shared-folder calls); a sync bundle crosses a piece at a time (FileStreamCalls). */
export interface DesktopBridge extends FileStreamCalls {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<BridgeResult<SavedFile>>;
  openFile(request: OpenFileRequest): Promise<BridgeResult<OpenedFile>>;
  /** Whether the OS can protect secrets for this user (Electron safeStorage), and with what. */
  secretStorage(): Promise<SecretStorageInfo>;
  /** Seals `plain` (1 byte to MAX_SECRET_BYTES) with the OS user's key; 'unavailable' without one. */
  protectSecret(plain: Uint8Array): Promise<BridgeResult<Uint8Array>>;
  /** Opens what protectSecret returned, on the same machine for the same OS user. */
  unprotectSecret(protectedBytes: Uint8Array): Promise<BridgeResult<Uint8Array>>;
  /** Lets the user pick the shared folder and issues its token; 'unavailable' where the platform cannot keep one. */
  chooseSharedFolder(): Promise<BridgeResult<SharedFolder>>;
  /** The sync files in the shared folder, newest first. */
  listSharedFolder(request: ListSharedFolderRequest): Promise<BridgeResult<SharedFolderEntry[]>>;
  /** Writes a new sync file there; never overwrites one ('ioError' when the name exists). */
  writeSharedFile(request: WriteSharedFileRequest): Promise<BridgeResult<SavedFile>>;
  readSharedFile(request: ReadSharedFileRequest): Promise<BridgeResult<OpenedFile>>;
  /** Removable drives mounted now, to export a bundle straight to a stick; 'unavailable' in the browser. */
  listRemovableDrives(): Promise<BridgeResult<RemovableDrive[]>>;
  /**
   * The next `.pcobundle` the OS asked the app to open (double-click, a second launch with a file,
   * macOS open-file), read and removed from the queue; `null` when none waits. Asked, never pushed:
   * the preload exposes no events. Always `null` outside Electron.
   */
  takeOpenedBundle(): Promise<BridgeResult<OpenedFile | null>>;
}
