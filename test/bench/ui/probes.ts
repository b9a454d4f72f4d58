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

/**
 * JS heap of the page's Web Workers after a full garbage collection (MB), with their typed arrays'
 * storage, which lives outside the heap. Playwright does not open a DevTools session on a worker,
 * so the page's session attaches to them and passes the commands through.
 */
export async function workerHeapsAfterGcMB(page: Page): Promise<{ heap: number; arrays: number }> {
  const cdp = await page.context().newCDPSession(page);
  const sessions: string[] = [];
  const replies = new Map<number, (result: Record<string, number>) => void>();
  cdp.on('Target.attachedToTarget', (event) => sessions.push(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: Record<string, number> };
    if (message.id !== undefined) replies.get(message.id)?.(message.result ?? {});
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await page.waitForTimeout(500); // the attached events for workers already running
  let next = 0;
  const call = (sessionId: string, method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = ++next;
      replies.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  let heap = 0;
  let arrays = 0;
  for (const sessionId of sessions) {
    await call(sessionId, 'HeapProfiler.collectGarbage');
    const usage = await call(sessionId, 'Runtime.getHeapUsage');
    heap += usage['usedSize'] ?? Number.NaN;
    arrays += usage['backingStorageSize'] ?? 0;
  }
  await cdp.detach();
  return { heap: heap / 2 ** 20, arrays: arrays / 2 ** 20 };
}
