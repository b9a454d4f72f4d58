// Where an exported bundle can go: the shared folder when one is set, otherwise the save dialog
// (web: save picker or download), plus every removable drive the desktop app sees right now, so
// a counselor picks "the stick" instead of hunting for it in a dialog.
import { useEffect, useState } from 'react';
import type { DesktopBridge, RemovableDrive } from '../../shared/platform/desktopBridge';
import type { SharedFolderSetting } from './syncMeta';

export type Destination = { kind: 'default' } | { kind: 'drive'; drive: RemovableDrive };

/** The folder a destination writes into, or null for the default (shared folder or dialog). */
export function destinationFolder(destination: Destination, sharedFolder: SharedFolderSetting | null): SharedFolderSetting | null {
  return destination.kind === 'drive' ? { token: destination.drive.token, label: destination.drive.label } : sharedFolder;
}

/** Stable value of a destination for a <select>. */
export const destinationKey = (destination: Destination) => (destination.kind === 'drive' ? `drive:${destination.drive.token}` : 'default');

export function destinationsOf(drives: readonly RemovableDrive[]): Destination[] {
  return [{ kind: 'default' }, ...drives.map((drive): Destination => ({ kind: 'drive', drive }))];
}

const POLL_MS = 3000;

/** Removable drives, re-read every few seconds while shown (a stick may be plugged in meanwhile); [] in the browser. */
export function useRemovableDrives(bridge: DesktopBridge): RemovableDrive[] {
  const [drives, setDrives] = useState<RemovableDrive[]>([]);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      const result = await bridge.listRemovableDrives();
      if (stopped) return;
      setDrives((previous) => (result.ok && JSON.stringify(result.value) !== JSON.stringify(previous) ? result.value : result.ok ? previous : []));
      // The browser never has drives: no point asking again.
      if (result.ok) timer = setTimeout(() => void read(), POLL_MS);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [bridge]);
  return drives;
}
