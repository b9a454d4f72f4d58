// Bundles the OS asked us to open: a `.pcobundle` double-clicked on a stick. Windows and Linux
// pass the file as a command-line argument (first launch: process.argv; a second launch: the
// argv handed to the running app by the single-instance lock); macOS sends an `open-file` event,
// possibly before the app is ready. Every route ends in the same queue, which the renderer
// drains through one IPC call (takeOpenedBundle). No Electron here: stat is injected.
// A path on a network share is never touched here (a stat would make Windows authenticate to the
// host): it is queued unread, and the take handler refuses it with its reason.
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNetworkPath } from './networkPaths';

export const OPENED_BUNDLE_EXTENSION = '.pcobundle';
/** More than anyone double-clicks at once; a flood of arguments cannot grow the queue forever. */
export const MAX_QUEUED_BUNDLES = 20;

export interface PathStats {
  isFile(): boolean;
}
export type StatPath = (path: string) => Promise<PathStats>;

/** Absolute on either family: the tests (and a Linux CI) check Windows argv shapes too. */
function isAbsolutePath(path: string): boolean {
  return posix.isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || (win32.isAbsolute(path) && path.startsWith('\\\\'));
}

/** A file:// URI (some Linux file managers pass those for %U) as a path; anything else as given. */
function asPath(argument: string): string | undefined {
  if (!argument.toLowerCase().startsWith('file://')) return argument;
  try {
    return fileURLToPath(argument);
  } catch {
    return undefined;
  }
}

/** The argument as a bundle path, or undefined for flags, the executable, relative paths and other files. */
export function bundlePathCandidate(argument: string): string | undefined {
  if (argument === '' || argument.startsWith('-') || argument.includes('\0')) return undefined;
  const path = asPath(argument);
  if (path === undefined || !isAbsolutePath(path)) return undefined;
  return path.toLowerCase().endsWith(OPENED_BUNDLE_EXTENSION) ? path : undefined;
}

/** True when the path names an existing regular file (any stat error means no); a network path is not asked. */
async function isExistingFile(path: string, stat: StatPath): Promise<boolean> {
  if (isNetworkPath(path)) return true;
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The `.pcobundle` files named in an argv, in order, without duplicates. The first entry is the
 * executable (or Electron in development) and is skipped; so are Chromium/Electron flags, the app
 * path in development (it does not end in .pcobundle) and files that do not exist.
 */
export async function bundlePathsFromArgv(argv: readonly string[], stat: StatPath): Promise<string[]> {
  const found: string[] = [];
  for (const argument of argv.slice(1)) {
    const path = bundlePathCandidate(argument);
    if (path === undefined || found.includes(path)) continue;
    if (await isExistingFile(path, stat)) found.push(path);
  }
  return found;
}

export interface OpenedBundleQueue {
  /** Queues a path (ignored when already waiting or the queue is full); true when queued. */
  offer(path: string): boolean;
  /** The oldest waiting path, removed from the queue. */
  take(): string | undefined;
  readonly size: number;
}

export function createOpenedBundleQueue(limit = MAX_QUEUED_BUNDLES): OpenedBundleQueue {
  const waiting: string[] = [];
  return {
    offer(path) {
      if (waiting.includes(path) || waiting.length >= limit) return false;
      waiting.push(path);
      return true;
    },
    take: () => waiting.shift(),
    get size() {
      return waiting.length;
    },
  };
}

/** Queues every bundle an argv names; resolves with how many were queued. */
export async function queueBundlesFromArgv(queue: OpenedBundleQueue, argv: readonly string[], stat: StatPath): Promise<number> {
  let queued = 0;
  for (const path of await bundlePathsFromArgv(argv, stat)) if (queue.offer(path)) queued += 1;
  return queued;
}

/** macOS `open-file`: one path, no executable in front; the same checks as an argv entry. */
export async function queueOpenedPath(queue: OpenedBundleQueue, path: string, stat: StatPath): Promise<boolean> {
  const candidate = bundlePathCandidate(path);
  return candidate !== undefined && (await isExistingFile(candidate, stat)) && queue.offer(candidate);
}
