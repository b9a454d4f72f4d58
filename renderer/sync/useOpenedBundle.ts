// A bundle the OS opened with the app (double-click on a stick, a second launch with a file):
// the main process queues it, and the renderer asks for it (takeOpenedBundle) once unlocked and
// whenever the window gains focus; the preload has no events to push it. A file that arrives is
// handed to the import card on the sync screen, which previews it exactly like a chosen file.
import { useEffect, useRef } from 'react';
import type { BridgeFailure, DesktopBridge, OpenedFile } from '../../shared/platform/desktopBridge';

/** What the import card receives: the file, or why the opened file could not be read. */
export type OfferedBundle = { readonly file: OpenedFile } | { readonly failure: BridgeFailure };

export const SYNC_SCREEN_HASH = '#/sync';

// One slot shared by the poller (UnlockedApp) and the import card: the card may mount only after
// the navigation the poller starts, so the offer waits here until taken.
let offered: OfferedBundle | null = null;
const listeners = new Set<() => void>();

export function offerOpenedBundle(bundle: OfferedBundle): void {
  offered = bundle;
  for (const listener of listeners) listener();
}

/** The waiting offer, removed: each opened file is previewed once. */
export function takeOfferedBundle(): OfferedBundle | null {
  const next = offered;
  offered = null;
  return next;
}

export function subscribeOfferedBundle(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Asks the bridge once; a file (or a failure to read one) is offered to the import card and the
 * sync screen is shown. True when something arrived.
 */
export async function receiveOpenedBundle(bridge: DesktopBridge, showSyncScreen: () => void): Promise<boolean> {
  const result = await bridge.takeOpenedBundle();
  if (result.ok) {
    if (result.value === null) return false;
    offerOpenedBundle({ file: result.value });
  } else offerOpenedBundle({ failure: result });
  showSyncScreen();
  return true;
}

/** HashRouter follows the hash, so this works from above the router too. */
function showSyncScreen(): void {
  if (window.location.hash !== SYNC_SCREEN_HASH) window.location.hash = SYNC_SCREEN_HASH;
}

/**
 * In the unlocked app: asks now and on every focus (a second launch focuses the window). One file
 * per ask: the import card previews one bundle at a time; the next comes with the next focus.
 */
export function useOpenedBundle(bridge: DesktopBridge): void {
  useEffect(() => {
    let asking = false;
    const ask = () => {
      if (asking) return;
      asking = true;
      void receiveOpenedBundle(bridge, showSyncScreen).finally(() => (asking = false));
    };
    ask();
    window.addEventListener('focus', ask);
    return () => window.removeEventListener('focus', ask);
  }, [bridge]);
}

/** In the import card: receives each offered bundle (one waiting at mount, then every new one). */
export function useOfferedBundle(onOffer: (bundle: OfferedBundle) => void): void {
  const latest = useRef(onOffer);
  useEffect(() => {
    latest.current = onOffer;
  });
  useEffect(() => {
    const consume = () => {
      const next = takeOfferedBundle();
      if (next) latest.current(next);
    };
    consume();
    return subscribeOfferedBundle(consume);
  }, []);
}
