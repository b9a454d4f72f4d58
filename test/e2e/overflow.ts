// What a window too small for a screen does to it: text cut by its box, content spilling out of its
// container, the page scrolling sideways. Read in the page, so the answer is the browser's layout.
import type { Page } from '@playwright/test';

/**
 * Every element whose content does not fit it, described as `tag.class "text…" (scroll > client)`.
 * Regions meant to scroll (overflow auto or scroll: the worker list's body, a wide table's wrapper,
 * a text input) are left alone, and so is their inside: what lies past their edge is reached by
 * scrolling them (text cut inside them still counts). Hidden helpers (the skip link, visually hidden labels) are not content.
 */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${window.innerWidth})`);
    const describe = (element: Element) => {
      const classes = Array.from(element.classList).slice(0, 2).join('.');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${text}"`;
    };
    const scrolls = (style: CSSStyleDeclaration) => ['auto', 'scroll'].includes(style.overflowX);
    const ignored = (element: Element) => element.closest('.visually-hidden, .skip-link, svg, select, input, textarea, [aria-hidden="true"], dialog:not([open])') !== null;
    const insideScroller = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (parent === document.body) return false;
        if (scrolls(getComputedStyle(parent))) return true;
      }
      return false;
    };
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (!(element instanceof HTMLElement) || ignored(element)) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'none' || style.visibility === 'hidden' || scrolls(style)) continue;
      if (element.clientWidth === 0 || element.offsetParent === null) continue;
      const clipping = style.overflowX === 'hidden' || style.overflowX === 'clip';
      // A box narrower than its content: cut when it clips, spilling over its neighbours when not.
      if (element.scrollWidth > element.clientWidth + 1 && (clipping || !insideScroller(element))) {
        problems.push(`${clipping ? 'cut' : 'spills'}: ${describe(element)} (${element.scrollWidth} > ${element.clientWidth})`);
      }
    }
    return [...new Set(problems)];
  });
}

/** How many of the list's rows are wholly in the window and in the list's own visible part. */
export async function wholeRowsInView(page: Page, rowSelector: string, scrollerSelector: string): Promise<number> {
  return page.evaluate(
    ([rows, scroller]) => {
      const box = document.querySelector(scroller)?.getBoundingClientRect();
      if (!box) return 0;
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      return Array.from(document.querySelectorAll(rows)).filter((row) => {
        const rect = row.getBoundingClientRect();
        return rect.height > 0 && rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5;
      }).length;
    },
    [rowSelector, scrollerSelector] as const,
  );
}
