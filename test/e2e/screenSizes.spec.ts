// Every laptop screen: the worker list, a worker file, a candidacy board and the agenda at
// 1366×768, 1024×600 and 390 px wide. Nothing is cut or spills out of its box, the page never
// scrolls sideways; at 1366×768 the menu is one line and the list shows 15 rows at once; at
// 1024×600 the header is one line; at 390 px the menu folds behind a button and *Blocca* stays in
// reach. Screenshots go to test-results/screenshots/sizes-NAME-WIDTHxHEIGHT.png, to look at.
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, nav } from './helpers';
import { overflowingElements, wholeRowsInView } from './overflow';

const dir = process.env.PCO_SCREENSHOTS_DIR ?? 'test-results/screenshots';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 600 },
  { width: 390, height: 844 },
] as const;

/** The screen at each size: no overflow anywhere, a screenshot of the window. */
async function checkSizes(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await ready();
    await page.screenshot({ path: `${dir}/sizes-${name}-${size.width}x${size.height}.png` });
    expect.soft(await overflowingElements(page), `${name} at ${size.width}×${size.height}`).toEqual([]);
  }
}

/** The top of each main menu link: one distinct value when the menu is one line. */
async function menuLines(page: Page): Promise<number> {
  const tops = await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  return new Set(tops).size;
}

test('the list, a worker file, a board and the agenda fit 1366×768, 1024×600 and 390 px', async ({ page }) => {
  await loadDemo(page);
  await nav(page, 'Lavoratori').click();

  // The header: the menu on one line at 1366×768, the whole header one line at 1024×600.
  await page.setViewportSize(SIZES[0]);
  expect(await menuLines(page)).toBe(1);
  await page.setViewportSize(SIZES[1]);
  const header = page.getByRole('banner');
  const lockButton = page.getByRole('button', { name: 'Blocca' });
  const oneLine = async () => {
    const [bar, lock] = [await header.boundingBox(), await lockButton.boundingBox()];
    return bar !== null && lock !== null && bar.height <= lock.height * 2.2;
  };
  expect(await oneLine()).toBe(true);

  // The worker list: 15 whole rows in the window at 1366×768 once the list is in view.
  await page.setViewportSize(SIZES[0]);
  const rows = '.vtable-body [role="row"]';
  await page.locator('.vtable-body').scrollIntoViewIfNeeded();
  expect(await wholeRowsInView(page, rows, '.vtable-body')).toBeGreaterThanOrEqual(15);
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkSizes(page, 'workers', () => expect(page.locator(rows).first()).toBeVisible());

  // At 390 px: the menu is behind a button, Blocca is on screen; the menu opens and reaches a screen.
  await page.setViewportSize(SIZES[2]);
  await expect(lockButton).toBeInViewport();
  const menuButton = page.getByRole('button', { name: 'Menu' });
  await expect(nav(page, 'Agenda')).toBeHidden();
  await menuButton.click();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await page.screenshot({ path: `${dir}/sizes-menu-open-390x844.png` });
  expect(await overflowingElements(page)).toEqual([]);
  await nav(page, 'Lavoratori').click();
  await expect(nav(page, 'Agenda')).toBeHidden();
  await expect(lockButton).toBeInViewport();

  // A worker file.
  await page.setViewportSize(SIZES[0]);
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di /, level: 1 })).toBeVisible();
  await checkSizes(page, 'worker-file', () => expect(page.getByLabel('Codice fiscale')).toBeVisible());

  // A candidacy board: the demo's first offer with candidacies.
  await page.setViewportSize(SIZES[0]);
  await nav(page, 'Offerte').click();
  const offer = page.getByRole('main').getByRole('table').getByRole('link').first();
  const href = await offer.getAttribute('href');
  await page.goto(`./${href ?? ''}/board`);
  await expect(page.getByRole('heading', { name: /^Candidature: /, level: 1 })).toBeVisible();
  await checkSizes(page, 'board', () => expect(page.getByText('Caricamento…')).toHaveCount(0));

  // The agenda.
  await page.setViewportSize(SIZES[0]);
  await nav(page, 'Agenda').click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await checkSizes(page, 'agenda', () => expect(page.getByText('Caricamento…')).toHaveCount(0));
});
