// The folders the renderer may use, each behind an opaque token the main process issued: folders
// the user picked in the folder dialog (the shared folder; kept in userData, so the setting
// survives a restart) and the removable drives main itself listed (kept for this run only). The
// renderer holds tokens, never paths: whatever else it sends, a path included, is unknown and
// refused before anything touches the disk. Network paths (UNC) are granted only when the user
// picked one in the dialog. The store is injected: a JSON file in the app, memory in tests.
import { randomUUID } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { isFolderToken } from '../shared/platform/desktopBridge';
import type { JsonStore } from './jsonFileStore';
import { isNetworkPath } from './networkPaths';

export interface FolderGrant {
  readonly token: string;
  /** Absolute and normalised, without a trailing separator. */
  readonly path: string;
  /** 'picked' in the folder dialog by the user, or a removable 'drive' main listed. */
  readonly origin: 'picked' | 'drive';
  /** Shaped like a network share: only ever true for a folder the user picked. */
  readonly network: boolean;
}

/** Folders picked over time that stay usable; the oldest is forgotten first. */
export const MAX_PICKED_FOLDERS = 20;
/** Drives listed during one run (sticks come and go); the oldest is forgotten first. */
export const MAX_DRIVE_FOLDERS = 64;

const STORE_VERSION = 1;
const storedSchema = z.object({
  version: z.literal(STORE_VERSION),
  folders: z.array(z.object({ token: z.string().refine(isFolderToken), path: z.string().min(1).max(4096) })).max(MAX_PICKED_FOLDERS),
});
type StoredFolder = z.infer<typeof storedSchema>['folders'][number];

export interface FolderGrantsDeps {
  readonly store: JsonStore;
  /** A fresh random id; tests may pass a counter. */
  readonly newId?: () => string;
  /** Told when the stored folders cannot be read: none is known then, and the user picks again. */
  readonly onLoadError?: (error: unknown) => void;
}

export interface FolderGrants {
  /** The folder the user picked in the dialog: its token (the same for the same folder), saved before it is returned. */
  grantPicked(path: string): Promise<FolderGrant>;
  /** A removable drive main listed: its token for this run; undefined for a relative or network path. */
  grantDrive(path: string): FolderGrant | undefined;
  /** The folder behind a token, or undefined for anything main did not issue. */
  resolve(token: string): Promise<FolderGrant | undefined>;
}

/** An absolute path normalised, without a trailing separator: one spelling per folder. */
const folderKey = (path: string) => resolve(path);

const pickedGrant = ({ token, path }: StoredFolder): FolderGrant => ({ token, path: folderKey(path), origin: 'picked', network: isNetworkPath(path) });

export function createFolderGrants({ store, newId = randomUUID, onLoadError }: FolderGrantsDeps): FolderGrants {
  const drives = new Map<string, FolderGrant>();
  let picked: Promise<StoredFolder[]> | undefined;
  /** Saves run one after the other, each on the list the previous one left. */
  let saving: Promise<unknown> = Promise.resolve();

  const loadPicked = (): Promise<StoredFolder[]> => {
    picked ??= store.load().then(
      (value) => {
        if (value === undefined) return [];
        const parsed = storedSchema.safeParse(value);
        if (parsed.success) return parsed.data.folders.filter((folder) => isAbsolute(folder.path));
        onLoadError?.(new Error(`unreadable shared-folder grants: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
        return [];
      },
      (error: unknown) => {
        onLoadError?.(error);
        return [];
      },
    );
    return picked;
  };

  return {
    grantPicked(path) {
      if (!isAbsolute(path)) return Promise.reject(new Error('a picked folder must be an absolute path'));
      const next = saving.then(async () => {
        const folders = await loadPicked();
        const key = folderKey(path);
        const token = folders.find((folder) => folderKey(folder.path) === key)?.token ?? `folder-${newId()}`;
        const updated = [...folders.filter((folder) => folder.token !== token), { token, path }].slice(-MAX_PICKED_FOLDERS);
        await store.save({ version: STORE_VERSION, folders: updated });
        picked = Promise.resolve(updated);
        return pickedGrant({ token, path });
      });
      saving = next.catch(() => undefined);
      return next;
    },

    grantDrive(path) {
      if (isNetworkPath(path) || !isAbsolute(path)) return undefined;
      const normalised = folderKey(path);
      const known = [...drives.values()].find((grant) => grant.path === normalised);
      if (known) return known;
      const grant: FolderGrant = { token: `drive-${newId()}`, path: normalised, origin: 'drive', network: false };
      drives.set(grant.token, grant);
      const oldest = drives.keys().next().value;
      if (drives.size > MAX_DRIVE_FOLDERS && oldest !== undefined) drives.delete(oldest);
      return grant;
    },

    async resolve(token) {
      if (!isFolderToken(token)) return undefined;
      const drive = drives.get(token);
      if (drive) return drive;
      const folder = (await loadPicked()).find((candidate) => candidate.token === token);
      return folder && pickedGrant(folder);
    },
  };
}
