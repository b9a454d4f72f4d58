// Appointments and reminders (issue 18, item 1): a counselor's day from Oggi. Book an appointment
// with a time, see it in Oggi and in the week; book a second one over it and see the warning; move
// the first from the keyboard and the second by dragging; record the interview from the
// appointment with a follow-up day; an older follow-up shows as late in Oggi; the week's .ics
// exported twice carries the times and place and the same UIDs. Axe on each screen, screenshots.
// The drag target is found from the grid's own hour labels (a quarter of an hour is 12 pixels).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { generateCasework } from '../../shared/demo/activity/casework';
import { loadDemo, nav } from './helpers';
import { icsUids, isoDay, screenDay } from './dates';
import { shots } from './shots';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  // No File System Access API: the web bridge downloads, and the test reads the download.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});

test('appointments: booked with a time, seen in Oggi and the week, moved, overlapping, an interview recorded from one, exported to .ics', async ({ page }) => {
  test.setTimeout(240_000);
  const today = isoDay();
  // The demo the welcome screen loads today; two workers still looking for work, the second with no
  // interview in the last ten days (so a follow-up set for three days ago is still to do).
  const demo = generateDemoProgramme({ workers: 300, seed: 2019, anchor: today });
  const interviews = generateCasework(demo, demo.seed).interviews;
  const lastInterview = (id: string) => interviews.filter((i) => i.workerId === id).reduce((last, i) => (i.occurredOn > last ? i.occurredOn : last), '');
  const active = demo.workers.filter((w) => w.worker.status === 'active' && w.worker.enrolmentDate && w.worker.enrolmentDate < isoDay(-30));
  const anna = active[0]!;
  const bruno = active.find((w) => w !== anna && lastInterview(w.id) < isoDay(-10))!;
  const name = (w: typeof anna) => `${w.worker.surname} ${w.worker.name}`;

  await loadDemo(page, { calendar: 'today' });

  // An older interview with Bruno whose follow-up day has passed: late in Oggi.
  await page.goto(`./#/workers/${bruno.id}`);
  await page.getByRole('button', { name: 'Registra un colloquio' }).click();
  const interviewForm = page.getByRole('form', { name: 'Nuovo colloquio' });
  await interviewForm.getByLabel('Tipo di colloquio').selectOption({ label: 'Follow-up' });
  await interviewForm.getByLabel('Data', { exact: true }).fill(screenDay(-7));
  await interviewForm.getByLabel('Prossimo contatto il').fill(screenDay(-7));
  await interviewForm.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(interviewForm.getByText(/Il prossimo contatto va fissato dopo il colloquio \(\d\d\/\d\d\/\d{4}\)/)).toBeVisible();
  await interviewForm.getByLabel('Prossimo contatto il').fill(screenDay(-3));
  await interviewForm.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(page.getByText('Colloquio registrato.')).toBeVisible();

  // Oggi: a new appointment from there, with its time and place, with Anna.
  await nav(page, 'Oggi').click();
  await expect(page.getByRole('heading', { name: 'Oggi', level: 1 })).toBeVisible();
  const reminders = page.getByTestId('today-overdue');
  await expect(reminders.getByTestId('today-reminder').filter({ hasText: name(bruno) }).filter({ hasText: 'Prossimo contatto' })).toContainText(`In ritardo dal ${screenDay(-3)}`);
  await page.getByRole('link', { name: 'Nuovo appuntamento' }).click();
  await expect(page.getByRole('heading', { name: 'Nuovo appuntamento', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Data', { exact: true })).toHaveValue(screenDay());
  await page.getByLabel('Inizio').fill('25:00');
  await page.getByRole('button', { name: 'Salva l’appuntamento' }).click();
  await expect(page.getByText('Ora non valida: scrivila come hh:mm nelle 24 ore, per esempio 09:30 o 14:15.')).toBeVisible();
  await expect(page.getByText('Indica almeno un lavoratore.')).toBeVisible();
  // "9.00" or "900" as people type it: read as 09:00 on leaving the field.
  await page.getByLabel('Inizio').fill('9.00');
  await page.getByLabel('Inizio').blur();
  await expect(page.getByLabel('Inizio')).toHaveValue('09:00');
  await page.getByLabel('Fine').fill('10:00');
  await page.getByLabel('Tipo di colloquio').selectOption({ label: 'Orientamento' });
  await page.getByLabel('Luogo').fill('Sportello PCO, Figline');
  await page.getByLabel('Cerca un lavoratore da aggiungere').fill(anna.worker.surname);
  await page.getByRole('button', { name: `Aggiungi ${name(anna)}` }).click();
  await page.getByRole('button', { name: 'Salva l’appuntamento' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Appuntamento salvato:' })).toContainText('09:00–10:00');
  await shots(page, 'appointment-form');
  await expectNoViolations(page);

  // A second one at 09:30 with Bruno, in the same agenda: the overlap shows while it is typed.
  await page.getByRole('link', { name: 'Torna all’agenda' }).click();
  await page.getByRole('link', { name: 'Nuovo appuntamento' }).click();
  await page.getByLabel('Data', { exact: true }).fill(screenDay());
  await page.getByLabel('Inizio').fill('09:30');
  await page.getByLabel('Fine').fill('10:30');
  await page.getByLabel('Tipo', { exact: true }).selectOption({ label: 'Telefonata' });
  await page.getByLabel('Cerca un lavoratore da aggiungere').fill(bruno.worker.surname);
  await page.getByLabel('Cerca un lavoratore da aggiungere').press('Enter');
  await expect(page.getByRole('button', { name: `Togli ${name(bruno)}` })).toBeVisible();
  const conflicts = page.getByTestId('appointment-conflicts');
  await expect(conflicts).toContainText('Si sovrappone a un altro appuntamento dello stesso orientatore');
  await expect(conflicts).toContainText(`09:00–10:00 Colloquio · ${name(anna)}`);
  await page.getByLabel('Fine').fill('09:45');
  await page.getByLabel('Inizio').fill('10:00');
  await page.getByRole('button', { name: 'Salva l’appuntamento' }).click();
  await expect(page.getByText('La fine deve venire dopo l’inizio (10:00).')).toBeVisible();
  await page.getByLabel('Inizio').fill('09:30');
  await page.getByLabel('Fine').fill('10:30');
  await expect(conflicts).toBeVisible();
  await page.getByRole('button', { name: 'Salva l’appuntamento' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Appuntamento salvato:' })).toBeVisible();

  // Oggi lists both, the menu counts them with the late follow-up.
  await nav(page, 'Oggi').click();
  const todays = page.getByTestId('today-appointments');
  await expect(todays.locator('li').filter({ hasText: name(anna) })).toContainText('09:00–10:00');
  await expect(todays.locator('li').filter({ hasText: name(bruno) })).toContainText('09:30–10:30');
  await expect.poll(async () => Number(await page.getByTestId('today-count').innerText())).toBeGreaterThanOrEqual(3);
  await shots(page, 'today');
  await expectNoViolations(page);

  // The week: both at their times, marked as overlapping.
  await page.getByRole('link', { name: 'Apri l’agenda della settimana' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  const annaBlock = page.locator('[data-appointment-id]').filter({ hasText: name(anna) });
  const brunoBlock = page.locator('[data-appointment-id]').filter({ hasText: name(bruno) });
  await expect(annaBlock).toContainText('09:00–10:00');
  await expect(annaBlock).toContainText('Sovrapposto');
  await expect(brunoBlock).toContainText('Sovrapposto');

  // From the keyboard: four quarters of an hour later, announced, still overlapping, focus kept.
  await annaBlock.focus();
  for (let step = 0; step < 4; step++) {
    const expected = ['09:15–10:15', '09:30–10:30', '09:45–10:45', '10:00–11:00'][step]!;
    await page.keyboard.press('ArrowDown');
    await expect(annaBlock).toContainText(expected);
  }
  const announce = page.locator('.agenda-announce');
  await expect(announce).toContainText(`Colloquio ${name(anna)} spostato a`);
  await expect(announce).toContainText('10:00–11:00. Attenzione: si sovrappone a un altro appuntamento.');
  await expect(annaBlock).toBeFocused();
  await shots(page, 'agenda-week-appointments');
  await expectNoViolations(page);

  // By dragging: Bruno's call to 14:00 the same day.
  const column = page.locator(`.week-grid-day[data-day="${today}"]`);
  const twoPm = await page.locator('.week-grid-hours span', { hasText: '14:00' }).evaluate((label) => (label as HTMLElement).offsetTop);
  await brunoBlock.dragTo(column, { targetPosition: { x: 20, y: twoPm + 2 } });
  await expect(brunoBlock).toContainText('14:00–15:00');
  await expect(brunoBlock).not.toContainText('Sovrapposto');
  await expect(annaBlock).not.toContainText('Sovrapposto');

  // Registra colloquio from Anna's appointment: the form opens prefilled, with a follow-up day.
  await annaBlock.click();
  await expect(page.getByRole('heading', { name: 'Appuntamento', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Registra colloquio' }).click();
  await expect(page.getByRole('heading', { name: `Scheda di ${name(anna)}` })).toBeVisible();
  const fromAppointment = page.getByRole('form', { name: 'Nuovo colloquio' });
  await expect(fromAppointment.getByLabel('Data', { exact: true })).toHaveValue(screenDay());
  await expect(fromAppointment.getByLabel('Tipo di colloquio')).toHaveValue('guidance');
  await expect(fromAppointment.getByLabel('Luogo')).toHaveValue('Sportello PCO, Figline');
  await fromAppointment.getByLabel('Prossimo contatto il').fill(screenDay(14));
  await fromAppointment.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(page.getByText('Colloquio registrato.')).toBeVisible();
  await page.goBack();
  await expect(page.getByText('Il colloquio di questo appuntamento è registrato nella scheda del lavoratore.')).toBeVisible();

  // The follow-up is in the agenda on its day, once; the interview is the appointment's line.
  await nav(page, 'Agenda').click();
  await page.getByLabel('Vai al giorno').fill(screenDay(14));
  await expect(page.getByTestId('agenda-entry').filter({ hasText: 'Prossimo contatto' }).filter({ hasText: name(anna) })).toHaveCount(1);
  await page.getByRole('button', { name: 'Oggi', exact: true }).click();
  await expect(annaBlock).toContainText('Colloquio registrato');
  await expect(page.locator('.agenda-entry.agenda-interview').filter({ hasText: name(anna) })).toHaveCount(0);

  // The week's calendar file, twice: times in Rome, the place, the same UIDs.
  const exportWeek = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Esporta in calendario (.ics)' }).click();
    return readFile((await (await download).path())!, 'utf8');
  };
  const first = await exportWeek();
  const second = await exportWeek();
  const compact = today.replace(/-/g, '');
  const unfolded = first.replace(/\r\n[ \t]/g, '');
  expect(unfolded).toContain(`DTSTART;TZID=Europe/Rome:${compact}T100000`);
  expect(unfolded).toContain(`DTEND;TZID=Europe/Rome:${compact}T110000`);
  expect(unfolded).toContain(`DTSTART;TZID=Europe/Rome:${compact}T140000`);
  expect(unfolded).toContain('LOCATION:Sportello PCO\\, Figline');
  expect(unfolded).toContain(`SUMMARY:Colloquio: ${name(anna)}`);
  expect(unfolded).toContain('BEGIN:VTIMEZONE');
  expect(icsUids(first).length).toBeGreaterThanOrEqual(2);
  expect(icsUids(second)).toEqual(icsUids(first));
  expect(icsUids(first).filter((uid) => uid.startsWith('appointment:'))).toHaveLength(2);
});
