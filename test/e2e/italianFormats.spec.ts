// Italian formats in the app's own controls and the dashboard's tables at laptop sizes: the
// report's month is picked by its Italian name, the worker list's CIGS reference day is typed
// dd/mm/yyyy, the anonymised CV can keep the plant's name, and no data table of the dashboard
// spills out of its card at 1024×600. Screenshots in test-results/screenshots/italian-*.png.
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, nav } from './helpers';
import { shots } from './shots';

/** Tables wider than the card they sit in, unless a box between them scrolls sideways. */
async function tablesOutsideTheirCard(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main table')).flatMap((table) => {
      const card = table.closest('.card');
      if (!card || !(table instanceof HTMLElement) || table.offsetParent === null) return [];
      for (let box = table.parentElement; box && box !== card.parentElement; box = box.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && box.scrollWidth >= table.offsetWidth) return [];
      }
      const tableBox = table.getBoundingClientRect();
      const cardBox = card.getBoundingClientRect();
      return tableBox.right > cardBox.right + 1 || tableBox.left < cardBox.left - 1 ? [`${card.querySelector('h2, h3')?.textContent ?? card.className}: ${Math.round(tableBox.width)} px in ${Math.round(cardBox.width)} px`] : [];
    }),
  );
}

test('Italian month names, dd/mm/yyyy filters, the CV plant choice and dashboard tables inside their cards', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);

  // Worker list: the CIGS filter's reference day is the app's dd/mm/yyyy field, not the browser's.
  await page.getByRole('combobox', { name: 'Fine CIGS' }).selectOption({ label: 'Fine CIGS entro 30 giorni' });
  const reference = page.getByLabel('alla data');
  await expect(reference).toHaveAttribute('placeholder', 'gg/mm/aaaa');
  await reference.fill('15/11/2019');
  await reference.blur();
  await expect(reference).toHaveValue('15/11/2019');

  // Dashboard: every data table inside its card, at both laptop sizes.
  await nav(page, 'Monitoraggio').click();
  await expect(page.getByTestId('kpi-enrolled')).toHaveText(/^[\d.]+$/, { timeout: 60_000 });
  for (const chart of ['chart-track-status', 'chart-placements', 'chart-funnel']) await page.getByTestId(chart).getByText('Dati del grafico in tabella').click();
  for (const size of [{ width: 1024, height: 600 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(size);
    await expect.poll(() => tablesOutsideTheirCard(page)).toEqual([]);
  }
  await shots(page, 'italian-dashboard', { full: true });

  // Report: the month by its Italian name; typed as a name, moved with the arrow keys.
  await page.getByRole('link', { name: 'Apri il rapporto di monitoraggio' }).click();
  const month = page.getByLabel('Mese', { exact: true });
  await month.fill('novembre 2019');
  await expect(page.getByTestId('report-period')).toHaveText('Dal 01/11/2019 al 30/11/2019', { timeout: 60_000 });
  await month.blur();
  await expect(month).toHaveValue('novembre 2019');
  await month.press('ArrowUp');
  await expect(month).toHaveValue('dicembre 2019');
  await expect(page.getByTestId('report-period')).toHaveText('Dal 01/12/2019 al 31/12/2019', { timeout: 60_000 });
  await expect.poll(() => tablesOutsideTheirCard(page)).toEqual([]);
  await shots(page, 'italian-report');

  // CV: the anonymised version offers to keep the plant's name; the full one does not need to.
  await nav(page, 'Lavoratori').click();
  await page.getByRole('combobox', { name: 'Fine CIGS' }).selectOption({ index: 0 });
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await page.getByRole('link', { name: 'Crea CV' }).click();
  const keep = page.getByRole('checkbox', { name: 'Indica lo stabilimento di Figline' });
  await expect(keep).not.toBeChecked();
  await page.getByRole('radio', { name: /^Completa/ }).check();
  await expect(keep).toBeHidden();
  await page.getByRole('radio', { name: /^Anonima/ }).check();
  await keep.check();
  await shots(page, 'italian-cv-new');
});
