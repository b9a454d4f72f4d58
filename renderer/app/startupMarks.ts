// User Timing marks along the start-up path: they show in DevTools' performance panel and let
// `npm run bench` split the time a user waits into loading, key derivation and the first list.
export const STARTUP_MARKS = {
  lockReady: 'pco:lock-ready',
  keyDerived: 'pco:key-derived',
  workerListReady: 'pco:worker-list-ready',
} as const;

export type StartupMark = (typeof STARTUP_MARKS)[keyof typeof STARTUP_MARKS];

export function markStartup(mark: StartupMark): void {
  performance.mark(mark);
}
