// Screenshots at the laptop sizes the app must fit (1366×768, 1024×600, and 390 px wide where a
// screen must work on a phone), to open and look at: test-results/screenshots/NAME-WIDTHxHEIGHT.png.
import type { Page } from '@playwright/test';

export const LAPTOP_SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 600 },
] as const;

const dir = process.env.PCO_SCREENSHOTS_DIR ?? 'test-results/screenshots';

/** One screenshot per size, then the page's own viewport again. `full`: the whole page, not the window. */
export async function shots(page: Page, name: string, options: { full?: boolean; sizes?: readonly { width: number; height: number }[] } = {}): Promise<void> {
  const before = page.viewportSize();
  for (const size of options.sizes ?? LAPTOP_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${dir}/${name}-${size.width}x${size.height}.png`, fullPage: options.full ?? false });
  }
  if (before) await page.setViewportSize(before);
}
