// Hooks shared by the sync screens: the sync context from the unlocked services, the membership
// and shared-folder setting (live), and the translation of an error into plain words.
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import type { SyncContext } from './exportBundle';
import { usableSharedFolder } from './folderAccess';
import { readMembership, readSharedFolder, type Membership, type SharedFolderSetting } from './syncMeta';

export function useSyncContext(): SyncContext {
  const { db, session, codec } = useServices();
  return { db, session, codec };
}

/** undefined while loading, null when this laptop has not joined a programme. */
export function useMembership(): Membership | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readMembership(db), [db]);
}

/** The shared folder export and import use: null when none is set, or when the setting holds a path (an old one). */
export function useSharedFolder(): SharedFolderSetting | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => usableSharedFolder(await readSharedFolder(db)), [db]);
}

/** The setting as stored, an old one holding a path included (the shared-folder card asks to choose it again). */
export function useStoredSharedFolder(): SharedFolderSetting | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readSharedFolder(db), [db]);
}

/** The app's one mapping from errors to sentences (renderer/ui/messages.ts), which knows the sync errors too. */
export { useErrorText } from '../ui/messages';
