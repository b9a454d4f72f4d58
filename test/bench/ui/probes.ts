// Measurements taken inside the page (performance.now() of the page's own clock), so Playwright's
// round trips do not count: search latency from the input event to the results painted, frame
// intervals while the virtualised worker list scrolls, and the page's User Timing marks.
import type { Page } from '@playwright/test';

/** Time (ms) from typing `term` into the worker search to the next frame after the count changed. */
export function searchLatency(page: Page, term: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="worker-search"]');
    const count = document.querySelector('[data-testid="worker-count"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!input || !count || !setValue) throw new Error('worker list not on screen');
    const before = count.textContent;
    const painted = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the count did not change for "${text}"`)), 30_000);
      const observer = new MutationObserver(() => {
        if (count.textContent === before) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
    });
    const start = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (await painted) - start;
  }, term);
}

export interface ScrollFrames {
  /** Frame intervals (ms) while the list scrolled by `stepPx` every frame. */
  readonly intervals: number[];
  /** Worker rows in the DOM at the end: what virtualisation keeps small. */
  readonly rowsInDom: number;
}

export function scrollFrames(page: Page, frames: number, stepPx: number): Promise<ScrollFrames> {
  return page.evaluate(
    async ({ frames, stepPx }) => {
      const body = document.querySelector<HTMLElement>('.vtable-body');
      if (!body) throw new Error('worker table not on screen');
      // No named helpers inside: the bundler running this file would wrap them in a function the page lacks.
      const intervals: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      while (intervals.length < frames) {
        body.scrollTop += stepPx;
        const time = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        intervals.push(time - last);
        last = time;
      }
      return { intervals, rowsInDom: body.querySelectorAll('[role="row"]').length };
    },
    { frames, stepPx },
  );
}

/** The page's User Timing marks by name (latest of each), in ms since navigation start. */
export function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])));
}

/** JS heap of the page's main thread after a full garbage collection (MB). */
export async function heapAfterGcMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
}
