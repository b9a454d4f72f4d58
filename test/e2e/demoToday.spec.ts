// The demo of today (issue 16, part 3): loaded through the welcome screen, anchored on the
// browser's today (Europe/Rome), it shows CIGS ending within 30, 60 and 90 days on the home screen,
// appointments this week and next in the agenda (interviews booked, meetings at employers, an
// overdue action-plan activity) and a dashboard whose last twelve months have hirings.
// Screenshots at the laptop sizes of the welcome screen, the home list, the agenda and the dashboard.
import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';
import { isoDay, screenDay } from './dates';
import { shots } from './shots';

/** The worker list's count with a CIGS filter on: "12 di 300" → 12. */
async function countWithin(page: Page, option: string): Promise<number> {
  await page.getByRole('combobox', { name: 'Fine CIGS', exact: true }).selectOption({ label: option });
  const count = page.getByTestId('worker-count');
  await expect(count).toContainText(' di ');
  return Number((await count.innerText()).split(' di ')[0]?.replace(/\D/g, ''));
}

test('The demo loaded today shows CIGS alerts, today’s agenda and a live dashboard', async ({ page }) => {
  test.setTimeout(240_000);

  // Welcome: today's calendar is the default, the historical programme the second choice.
  await page.goto('./');
  await expect(page.getByRole('radio', { name: 'Oggi', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Il programma storico del 2019', exact: true })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Carica il programma dimostrativo' })).toBeEnabled();
  await shots(page, 'demo-today-welcome');

  await loadDemo(page, { calendar: 'today' });

  // Home: CIGS ends within 30, 60 and 90 days for workers still looking for work.
  const panel = page.getByTestId('cigs-panel');
  await expect(panel.getByTestId('cigs-alerts').locator('li').first()).toBeVisible();
  for (const band of ['d0_30', 'd31_60', 'd61_90']) await expect.poll(async () => Number(await panel.getByTestId(`cigs-band-${band}`).innerText())).toBeGreaterThan(0);
  await shots(page, 'demo-today-home');
  let previous = 0;
  for (const days of [30, 60, 90]) {
    const within = await countWithin(page, `Fine CIGS entro ${days} giorni`);
    expect(within, `within ${days} days`).toBeGreaterThan(previous);
    previous = within;
  }

  // Agenda: this week holds entries, today's included in its days; the interviews booked and the
  // meetings at employers of this week and next; an overdue activity in the week before.
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: /^Settimana dal / })).toBeVisible();
  const entries = page.getByTestId('agenda-entry');
  // Today's column of the week (its header shows the day without the year, so look for the column).
  const todayColumn = page.locator(`.week-grid-day[data-day="${isoDay()}"]`);
  await expect(entries.first()).toBeVisible({ timeout: 60_000 });
  await expect(todayColumn).toBeVisible();
  const ahead = { followUp: 0, meeting: 0 };
  for (const step of [0, 1]) {
    if (step === 1) await page.getByRole('button', { name: 'Periodo successivo' }).click();
    await expect(entries.first()).toBeVisible();
    ahead.followUp += await page.locator('.agenda-entry.agenda-followUp').count();
    ahead.meeting += await page.locator('.agenda-entry.agenda-meeting').count();
  }
  expect(ahead.followUp).toBeGreaterThan(0);
  expect(ahead.meeting).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Oggi', exact: true }).click();
  await expect(todayColumn).toBeVisible();
  await shots(page, 'demo-today-agenda');
  await page.getByRole('button', { name: 'Periodo precedente' }).click();
  await expect(page.locator('.agenda-entry.overdue .overdue-badge').first()).toHaveText('In ritardo');

  // Dashboard: as of today, with hirings in several of the last twelve months. Its charts are drawn
  // at once (no animation) when the system asks for less motion: each screenshot shows them whole.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('link', { name: 'Monitoraggio' }).click();
  await expect(page.getByTestId('kpi-enrolled')).toHaveText(/^[\d.]+$/, { timeout: 60_000 });
  expect(Number((await page.getByTestId('kpi-enrolled').innerText()).replace(/\./g, ''))).toBeGreaterThan(200);
  // As of the latest activity, which today's demo places in the last days.
  const lastWeek = Array.from({ length: 7 }, (_, back) => screenDay(-back));
  expect(lastWeek).toContain(await page.getByLabel('Situazione al').inputValue());
  await page.getByTestId('chart-placements').getByText('Dati del grafico in tabella').click();
  const rows = page.getByTestId('chart-placements').getByRole('table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // One row a month up to today's: the last twelve are the last twelve months.
  const hires = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td')?.textContent?.replace(/\D/g, '') ?? 0)));
  expect(hires.slice(-12).filter((count) => count > 0).length).toBeGreaterThanOrEqual(6);
  await page.getByTestId('chart-placements').getByText('Dati del grafico in tabella').click();
  await shots(page, 'demo-today-dashboard');
});
