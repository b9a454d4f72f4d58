// A counselor's day as one story (issue 18, "Done means"): the app opens to Oggi with today's
// appointment and an overdue follow-up; the interview is recorded from its appointment with a
// follow-up day; the worker is proposed from *Offerte adatte*; the offer's board is opened from the
// offer page; an introductory meeting is booked with a time; the week's .ics is exported twice (times
// present, the same UIDs); a lesson's attendance is entered for every enrolled worker at once. Then
// the coordinator: a counselor's agenda through the counselor filter, and Oggi.
// Steps and selectors are those of appointments, noDeadEnds, candidacies and bulkWork specs.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { generateCasework } from '../../shared/demo/activity/casework';
import { createCourse, loadDemo, nav, unlock } from './helpers';
import { icsUids, isoDay, screenDay } from './dates';
import { shots } from './shots';

const PHONE = [{ width: 390, height: 844 }] as const;
const COURSE = 'Saldatura a filo (giornata e2e)';
const PLACE = 'Sportello PCO, Figline (giornata e2e)';
const MEETING_PLACE = 'Ufficio del personale (giornata e2e)';

// The demo the welcome screen loads today, as the app generates it: one counselor and two of their
// workers still looking for work, the second with no interview in the last ten days (so a follow-up
// set for three days ago is still to do), and two more of theirs for the course.
const today = isoDay();
const demo = generateDemoProgramme({ workers: 300, seed: 2019, anchor: today });
const interviews = generateCasework(demo, demo.seed).interviews;
const lastInterview = (id: string) => interviews.filter((i) => i.workerId === id).reduce((last, i) => (i.occurredOn > last ? i.occurredOn : last), '');
const me = demo.counselors.find((c) => c.role === 'counselor')!;
const mine = demo.workers.filter((w) => w.worker.counselorId === me.id && w.worker.status === 'active' && w.worker.enrolmentDate && w.worker.enrolmentDate < isoDay(-30));
type DemoWorker = (typeof demo.workers)[number];
const name = (w: DemoWorker) => `${w.worker.surname} ${w.worker.name}`;
// The coordinator's part books a call with one of the counselor's workers, any of them.
const anyOfMine = mine[0]!;

/** The first of the counselor's workers whose Offerte adatte has an offer to tick (the matching decides). */
async function proposableWorker(page: Page): Promise<DemoWorker> {
  for (const candidate of mine.slice(0, 20)) {
    await page.goto(`./#/workers/${candidate.id}/matching`);
    await expect(page.getByRole('heading', { level: 2, name: /^Offerte adatte \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    if ((await page.getByTestId('ranked-offers').getByRole('checkbox', { disabled: false }).count()) > 0) return candidate;
  }
  throw new Error('none of the counselor’s workers has an offer to be proposed to');
}

test.beforeEach(async ({ page }) => {
  // No File System Access API: the web bridge downloads, and the test reads the download.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});

/** The week's calendar file as the agenda exports it. */
async function exportWeek(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta in calendario (.ics)' }).click();
  return readFile((await (await download).path())!, 'utf8');
}

test('a counselor’s day: Oggi, the interview from its appointment, a proposal, the board, a meeting, the .ics, a lesson for all', async ({ page }) => {
  test.setTimeout(300_000);
  await loadDemo(page, { calendar: 'today', as: `${me.displayName} — Orientatore` });
  const anna = await proposableWorker(page);
  const bruno = mine.find((w) => w !== anna && lastInterview(w.id) < isoDay(-10))!;
  const trainees = mine.filter((w) => w !== anna && w !== bruno).slice(0, 2);
  expect(bruno && trainees.length === 2, 'the demo gives the counselor four active workers').toBe(true);

  // The day before: an interview with Bruno whose follow-up was three days ago, and an appointment
  // with Anna at 09:00 today.
  await page.goto(`./#/workers/${bruno.id}`);
  await page.getByRole('button', { name: 'Registra un colloquio' }).click();
  const older = page.getByRole('form', { name: 'Nuovo colloquio' });
  await older.getByLabel('Tipo di colloquio').selectOption({ label: 'Follow-up' });
  await older.getByLabel('Data', { exact: true }).fill(screenDay(-7));
  await older.getByLabel('Prossimo contatto il').fill(screenDay(-3));
  await older.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(page.getByText('Colloquio registrato.')).toBeVisible();
  await nav(page, 'Oggi').click();
  await page.getByRole('link', { name: 'Nuovo appuntamento' }).click();
  await expect(page.getByRole('heading', { name: 'Nuovo appuntamento', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Data', { exact: true })).toHaveValue(screenDay());
  await page.getByLabel('Inizio').fill('09:00');
  await page.getByLabel('Fine').fill('10:00');
  await page.getByLabel('Tipo di colloquio').selectOption({ label: 'Orientamento' });
  await page.getByLabel('Luogo').fill(PLACE);
  await page.getByLabel('Cerca un lavoratore da aggiungere').fill(anna.worker.surname);
  await page.getByRole('button', { name: `Aggiungi ${name(anna)}` }).click();
  await page.getByRole('button', { name: 'Salva l’appuntamento' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Appuntamento salvato:' })).toContainText('09:00–10:00');

  // 1. The app opens (reloaded, unlocked) to Oggi: today's appointment, Bruno's follow-up late.
  await page.goto('./');
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Oggi', level: 1 })).toBeVisible({ timeout: 30_000 });
  const todays = page.getByTestId('today-appointments');
  const annaRow = todays.locator('li').filter({ hasText: name(anna) });
  await expect(annaRow).toContainText('09:00–10:00');
  await expect(annaRow).toContainText(PLACE);
  const late = page.getByTestId('today-overdue').getByTestId('today-reminder').filter({ hasText: name(bruno) }).filter({ hasText: 'Prossimo contatto' });
  await expect(late).toContainText(`In ritardo dal ${screenDay(-3)}`);
  await expect.poll(async () => Number(await page.getByTestId('today-count').innerText())).toBeGreaterThanOrEqual(2);
  await shots(page, 'day-today');
  await shots(page, 'day-today', { sizes: PHONE });

  // 2. The interview from its appointment, prefilled, with a follow-up in two weeks.
  await annaRow.getByRole('link', { name: 'Registra colloquio' }).click();
  await expect(page.getByRole('heading', { name: `Scheda di ${name(anna)}` })).toBeVisible();
  const interview = page.getByRole('form', { name: 'Nuovo colloquio' });
  await expect(interview.getByLabel('Data', { exact: true })).toHaveValue(screenDay());
  await expect(interview.getByLabel('Tipo di colloquio')).toHaveValue('guidance');
  await expect(interview.getByLabel('Luogo')).toHaveValue(PLACE);
  await interview.getByLabel('Prossimo contatto il').fill(screenDay(14));
  await interview.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(page.getByText('Colloquio registrato.')).toBeVisible();
  await nav(page, 'Oggi').click();
  await expect(annaRow).toContainText('Colloquio registrato');
  await expect(annaRow.getByRole('link', { name: 'Registra colloquio' })).toHaveCount(0);

  // 3. Anna proposed from her Offerte adatte: the first offer that can be ticked.
  await page.goto(`./#/workers/${anna.id}`);
  await page.getByRole('link', { name: 'Offerte adatte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Offerte adatte: ${name(anna)}` })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const box = page.getByTestId('ranked-offers').getByRole('checkbox', { disabled: false }).first();
  await expect(box).toBeVisible();
  const offerLabel = ((await box.getAttribute('aria-label')) ?? '').replace(/^Seleziona /, '');
  await box.check();
  await page.getByRole('button', { name: 'Proponi per l’offerta selezionata' }).click();
  const outcome = page.getByTestId('proposal-outcome');
  await expect(outcome).toContainText(`Creata una candidatura di ${name(anna)}: è nella bacheca dell’offerta.`);
  await shots(page, 'day-offerte-adatte');

  // 4. The offer page, and its board from there.
  await outcome.getByRole('link', { name: `Candidature di ${offerLabel}` }).click();
  await expect(page).toHaveURL(/#\/offers\/[0-9a-f-]{36}\/board$/);
  const offerId = page.url().split('/').at(-2) ?? '';
  await page.getByRole('link', { name: 'Apri l’offerta' }).click();
  await expect(page).toHaveURL(new RegExp(`#/offers/${offerId}$`));
  await page.getByRole('link', { name: 'Candidature dell’offerta' }).click();
  await expect(page).toHaveURL(new RegExp(`#/offers/${offerId}/board$`));
  await expect(page.getByTestId('candidacy-card').filter({ hasText: name(anna) })).toBeVisible();
  await shots(page, 'day-board');

  // 5. An introductory meeting at the employer, today at 11:30.
  await page.getByRole('link', { name: 'Organizza un incontro' }).click();
  await expect(page.getByRole('heading', { name: 'Nuovo incontro conoscitivo' })).toBeVisible();
  await page.getByRole('checkbox', { name: new RegExp(`^${name(anna)} — `) }).check();
  await page.getByLabel('Ora').fill('11:30');
  await page.getByLabel('Luogo').fill(MEETING_PLACE);
  await page.getByRole('button', { name: 'Fissa l’incontro' }).click();
  await expect(page.getByText('Incontro fissato: le candidature scelte sono ora «Incontro fissato».')).toBeVisible();
  await expect(page.getByTestId('meeting-row').filter({ hasText: MEETING_PLACE })).toContainText('Incontro fissato', { timeout: 30_000 });
  await nav(page, 'Oggi').click();
  await expect(todays.locator('li.agenda-meeting').filter({ hasText: name(anna) })).toContainText('11:30');

  // 6. The week's .ics, twice: the appointment and the meeting at their times, the same UIDs.
  await page.getByRole('link', { name: 'Apri l’agenda della settimana' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await expect(page.locator('[data-appointment-id]').filter({ hasText: name(anna) })).toContainText('09:00–10:00');
  await shots(page, 'day-agenda');
  await shots(page, 'day-agenda', { sizes: PHONE });
  const first = await exportWeek(page);
  const second = await exportWeek(page);
  const compact = today.replace(/-/g, '');
  const unfolded = first.replace(/\r\n[ \t]/g, '');
  expect(unfolded).toContain(`DTSTART;TZID=Europe/Rome:${compact}T090000`);
  expect(unfolded).toContain(`DTEND;TZID=Europe/Rome:${compact}T100000`);
  expect(unfolded).toContain(`DTSTART;TZID=Europe/Rome:${compact}T113000`);
  expect(unfolded).toContain(`SUMMARY:Colloquio: ${name(anna)}`);
  expect(icsUids(first).filter((uid) => uid.startsWith('appointment:'))).toHaveLength(1);
  expect(icsUids(first).filter((uid) => uid.startsWith('meeting:')).length).toBeGreaterThanOrEqual(1);
  expect(icsUids(second)).toEqual(icsUids(first));

  // 7. A course with two of the counselor's workers, then one lesson for both at once.
  await createCourse(page, COURSE);
  await page.getByRole('button', { name: 'Iscrivi più lavoratori…' }).click();
  const picker = page.getByRole('region', { name: 'Iscrivi più lavoratori' });
  const search = picker.getByLabel('Cerca per cognome, nome o codice fiscale');
  const list = picker.getByRole('group', { name: /^Lavoratori iscrivibili/ });
  for (const trainee of trainees) {
    await search.fill(trainee.worker.codiceFiscale.toLowerCase());
    await expect(list.locator('label')).toHaveCount(1);
    await list.getByRole('checkbox').check();
  }
  await expect(picker.getByTestId('picker-selected')).toHaveText('2 selezionati');
  await picker.getByLabel('Data di iscrizione').fill(screenDay(-14));
  await picker.getByRole('button', { name: 'Iscrivi 2 lavoratori' }).click();
  await expect(page.getByTestId('enrolment-row')).toHaveCount(2);
  await picker.getByRole('button', { name: 'Chiudi' }).click();

  await page.getByRole('link', { name: 'Presenze di una lezione' }).click();
  await expect(page.getByRole('heading', { name: 'Presenze di una lezione', level: 1 })).toBeVisible();
  const lesson = screenDay(-7);
  await page.getByLabel('Giorno della lezione').fill(lesson);
  const sheet = page.getByRole('form', { name: `Presenze della lezione del ${lesson}` });
  const rows = sheet.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Ore della lezione').fill('4');
  for (const trainee of trainees) await expect(sheet.getByLabel(`Ore di ${name(trainee)}`)).toHaveValue('4');
  await expect(sheet.getByTestId('session-counts')).toHaveText('Presenti: 2 · assenti: 0');
  await shots(page, 'day-lesson');
  await sheet.getByRole('button', { name: 'Registra le presenze' }).click();
  await expect(sheet.getByTestId('session-saved')).toHaveText(`Presenze del ${lesson} registrate: 2 righe scritte.`);
  await nav(page, 'Corsi').click();
  await page.getByRole('link', { name: COURSE }).click();
  for (const trainee of trainees) await expect(page.getByTestId('enrolment-row').filter({ hasText: name(trainee) })).toContainText('4 di 16 h');
});

test('the coordinator: a counselor’s agenda through the counselor filter, then Oggi', async ({ page }) => {
  test.setTimeout(240_000);
  const other = demo.counselors.find((c) => c.role === 'counselor' && c.id !== me.id)!;
  await loadDemo(page, { calendar: 'today' });

  // An appointment booked in the counselor's agenda, with one of their workers.
  await nav(page, 'Oggi').click();
  await page.getByRole('link', { name: 'Nuovo appuntamento' }).click();
  await page.getByLabel('Agenda di').selectOption({ label: me.displayName });
  await page.getByLabel('Inizio').fill('15:00');
  await page.getByLabel('Fine').fill('15:30');
  await page.getByLabel('Tipo', { exact: true }).selectOption({ label: 'Telefonata' });
  await page.getByLabel('Cerca un lavoratore da aggiungere').fill(anyOfMine.worker.surname);
  await page.getByRole('button', { name: `Aggiungi ${name(anyOfMine)}` }).click();
  await page.getByRole('button', { name: 'Salva l’appuntamento' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Appuntamento salvato:' })).toContainText('15:00–15:30');

  // The agenda of all, then the counselor's (the appointment is there), then another's (it is not).
  await nav(page, 'Agenda').click();
  await expect(page.getByText('Come coordinatore vedi gli impegni di tutti gli orientatori.')).toBeVisible();
  const call = page.locator('[data-appointment-id]').filter({ hasText: name(anyOfMine) });
  await expect(call).toContainText('15:00–15:30');
  await page.getByLabel('Orientatore', { exact: true }).selectOption({ label: me.displayName });
  await expect(page.getByText(`Vedi l’agenda di ${me.displayName}: i suoi appuntamenti e gli impegni dei suoi lavoratori.`)).toBeVisible();
  await expect(page).toHaveURL(/counselor=/);
  await expect(call).toContainText('15:00–15:30');
  await call.scrollIntoViewIfNeeded();
  await shots(page, 'day-coordinator-agenda');
  await page.getByLabel('Orientatore', { exact: true }).selectOption({ label: other.displayName });
  await expect(page.getByText(`Vedi l’agenda di ${other.displayName}: i suoi appuntamenti e gli impegni dei suoi lavoratori.`)).toBeVisible();
  await expect(call).toHaveCount(0);

  // Oggi: the coordinator sees the day of everyone, the call included.
  await nav(page, 'Oggi').click();
  await expect(page.getByRole('heading', { name: 'Oggi', level: 1 })).toBeVisible();
  await expect(page.getByTestId('today-appointments').locator('li').filter({ hasText: name(anyOfMine) })).toContainText('15:00–15:30');
  await shots(page, 'day-coordinator-today');
});
