// Types of what build/scripts/start.mjs exports for its tests.
export function downloadFailureLine(output: unknown): string;
