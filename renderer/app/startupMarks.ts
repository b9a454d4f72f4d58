// User Timing marks along the start-up path: they show in DevTools' performance panel and let
// `npm run bench` split the time a user waits into loading, key derivation and the first list.
import { useEffect } from 'react';
import { create } from 'zustand';
export const STARTUP_MARKS = {
  lockReady: 'pco:lock-ready',
  keyDerived: 'pco:key-derived',
  workerListReady: 'pco:worker-list-ready',
} as const;

export type StartupMark = (typeof STARTUP_MARKS)[keyof typeof STARTUP_MARKS];

export function markStartup(mark: StartupMark): void {
  performance.mark(mark);
}

/**
 * Whether the screen the user opened has its data on screen since the last unlock. What is not
 * urgent (the menu's Oggi counter) waits for it rather than share IndexedDB and the thread with
 * it: at 30,000 workers the counter's reading would hold the list back by seconds.
 */
const useFirstScreen = create<{ shown: boolean }>(() => ({ shown: false }));

/** A screen without a mark of its own does not hold the extras back longer than this. */
const FIRST_SCREEN_PATIENCE_MS = 8000;

export function markFirstScreenShown(): void {
  if (!useFirstScreen.getState().shown) useFirstScreen.setState({ shown: true });
}

/** After an unlock: the next screen shown is the first again. */
export function resetFirstScreen(): void {
  useFirstScreen.setState({ shown: false });
}

export function useFirstScreenShown(): boolean {
  const shown = useFirstScreen((state) => state.shown);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(markFirstScreenShown, FIRST_SCREEN_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  return shown;
}
