// Frame intervals of a page while some work runs elsewhere (a Web Worker, IndexedDB): a loop of
// requestAnimationFrame inside the page records each interval until the work ends, so a long task
// on the main thread shows up as one long interval. Measured with the page's own clock.
import type { Page } from '@playwright/test';

const FLAG = 'pcoBenchSamplingFrames';

/** Runs `work` while the page records its frame intervals (ms); the work's result and the intervals. */
export async function framesWhile<T>(page: Page, work: () => Promise<T>): Promise<{ result: T; intervals: number[] }> {
  await page.evaluate((flag) => Object.assign(window, { [flag]: true }), FLAG);
  // No named helpers inside: the bundler running this file would wrap them in a function the page lacks.
  const sampling = page.evaluate(async (flag) => {
    const state = window as unknown as Record<string, boolean>;
    const intervals: number[] = [];
    let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    while (state[flag]) {
      const time = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      intervals.push(time - last);
      last = time;
    }
    return intervals;
  }, FLAG);
  try {
    const result = await work();
    return { result, intervals: await stop() };
  } catch (error) {
    await stop().catch(() => []);
    throw error;
  }

  async function stop(): Promise<number[]> {
    await page.evaluate((flag) => Object.assign(window, { [flag]: false }), FLAG);
    return sampling;
  }
}

/** The value under which `fraction` of the values fall (nearest rank); NaN for none. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}
