import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo, unlock } from './helpers';
import { shiftItalian } from './dates';

const SKILLS = ['saldatura TIG orbitale', 'programmazione PLC S7'];
const NOTES = 'Nota riservata: racconta della salute del padre.';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}


test.beforeEach(async ({ page }) => {
  // No File System Access API: the web bridge downloads, and the test reads the download.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});

test('interviews, skills to the profile, action plan, timeline, agenda and its calendar file', async ({ page }) => {
  await loadDemo(page);
  await page.locator('.col-surname a').first().click();
  const heading = page.getByRole('heading', { name: /^Scheda di / });
  await expect(heading).toBeVisible();
  const workerName = (await heading.innerText()).replace(/^Scheda di /, '').trim();
  const enrolment = await page.getByLabel('Data di adesione').inputValue();
  const interviewDay = shiftItalian(enrolment, 7);
  const dueDay = shiftItalian(enrolment, 8);

  // An interview before the enrolment is refused, with the reason next to the date.
  const interviews = page.getByRole('region', { name: 'Colloqui' });
  await interviews.getByRole('button', { name: 'Registra un colloquio' }).click();
  const form = page.getByRole('form', { name: 'Nuovo colloquio' });
  await form.getByLabel('Tipo di colloquio').selectOption({ label: 'Bilancio di competenze' });
  await form.getByLabel('Data', { exact: true }).fill(shiftItalian(enrolment, -3));
  await form.getByLabel('Durata (minuti)').fill('90');
  await form.getByLabel('Luogo').fill('Sportello PCO, Figline Valdarno');
  await form.getByLabel('Note').fill(NOTES);
  await form.getByLabel('Esiti').fill('Adatto alla manutenzione meccanica');
  await form.getByLabel('Competenze rilevate').fill(SKILLS.join(', '));
  await form.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(form.getByText('Il colloquio non può precedere l’adesione al PCO.')).toBeVisible();
  await expect(form.getByLabel('Note')).toHaveValue(NOTES);

  await form.getByLabel('Data', { exact: true }).fill(interviewDay);
  await form.getByRole('button', { name: 'Registra il colloquio' }).click();
  await expect(interviews.getByText('Colloquio registrato.', { exact: true })).toBeVisible();
  // The demo holds interviews of its own: this one is told apart by the skills found.
  const recorded = interviews.getByTestId('interview').filter({ hasText: SKILLS[0] });
  await expect(recorded).toContainText('Bilancio di competenze');
  await expect(recorded).toContainText(interviewDay);
  await recorded.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/casework-interviews.png', fullPage: false });

  // One click adds both skills to the profile, and the form shows them.
  await recorded.getByRole('button', { name: /^Aggiungi al profilo/ }).click();
  await expect(page.getByText(`Aggiunte al profilo (sezione «Profilo professionale»): ${SKILLS.join(', ')}.`)).toBeVisible();
  const skillsField = page.getByLabel('Competenze', { exact: true });
  for (const skill of SKILLS) await expect(skillsField).toHaveValue(new RegExp(skill));
  await expect(page.getByRole('region', { name: 'Colloqui' }).getByTestId('interview').filter({ hasText: SKILLS[0] })).toContainText('Già nel profilo');

  // An action plan with an overdue activity: it stands out, in words too. (The demo may have
  // given the worker a plan already: the new goal and activity are the last ones.)
  const plan = page.getByRole('region', { name: 'Piano d’azione individuale' });
  await plan.getByRole('button', { name: 'Aggiungi obiettivo' }).click();
  await plan.getByLabel(/^Obiettivo \d+$/).last().fill('Ricollocarsi nella manutenzione meccanica');
  await plan.getByRole('button', { name: 'Aggiungi attività' }).click();
  const activity = plan.getByTestId('plan-activity').last();
  await activity.getByLabel('Attività', { exact: true }).fill('Iscrizione al corso PLC');
  await activity.getByLabel('Chi se ne occupa').fill('Lavoratore');
  await activity.getByLabel('Scadenza').fill(dueDay);
  await activity.getByLabel('Obiettivo collegato').selectOption({ label: 'Ricollocarsi nella manutenzione meccanica' });
  await expect(activity).toContainText('In ritardo');
  await plan.getByRole('button', { name: 'Registra il piano' }).click();
  await expect(plan.getByText('Piano salvato.')).toBeVisible();
  const saved = plan.getByTestId('plan-activity').last();
  await expect(saved.getByLabel('Attività', { exact: true })).toHaveValue('Iscrizione al corso PLC');
  await expect(saved).toHaveClass(/overdue/);
  await expect(saved).toContainText('In ritardo');
  await expect(plan.getByText(/^\d+ attività in ritardo$/)).toBeVisible();
  await plan.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/casework-plan.png' });

  // The timeline lists the interview among the other events, and filters by kind.
  const timeline = page.getByTestId('worker-timeline');
  await expect(timeline).toContainText(`Colloquio: Bilancio di competenze (90 min); competenze rilevate: ${SKILLS.join(', ')}`);
  await expect(timeline).toContainText('Scheda aperta');
  await expect(timeline).not.toContainText(NOTES);
  await page.getByRole('checkbox', { name: /^Colloqui/ }).uncheck();
  await expect(timeline).not.toContainText(SKILLS[0]!);
  await page.getByRole('checkbox', { name: /^Colloqui/ }).check();
  await timeline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/casework-timeline.png' });
  await expectNoViolations(page);

  // The agenda: the week of the interview shows it and the activity due, both linked to the worker.
  await page.getByRole('navigation').getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await page.getByLabel('Vai al giorno').fill(interviewDay);
  const entries = page.getByTestId('agenda-entry').filter({ hasText: workerName });
  const interviewEntry = entries.filter({ hasText: 'Bilancio di competenze' });
  const activityEntry = entries.filter({ hasText: 'Iscrizione al corso PLC' });
  await expect(interviewEntry.first()).toContainText('Colloquio');
  await expect(activityEntry).toContainText('Scadenza del piano d’azione');
  await expect(activityEntry).toContainText('In ritardo');
  await page.screenshot({ path: 'test-results/screenshots/agenda-week.png', fullPage: true });
  await expectNoViolations(page);

  // Keyboard: next and previous period, then the day view.
  const period = page.locator('.agenda-period');
  const week = await period.innerText();
  await page.getByRole('heading', { name: 'Agenda', level: 1 }).click();
  await page.keyboard.press('ArrowRight');
  await expect(period).not.toHaveText(week);
  await expect(activityEntry).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(period).toHaveText(week);
  await expect(activityEntry).toHaveCount(1);
  await page.keyboard.press('g');
  await expect(page.getByRole('radio', { name: 'Giorno' })).toBeChecked();
  await expect(interviewEntry.first()).toBeVisible();
  await expect(activityEntry).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/agenda-day.png' });
  await page.getByRole('radio', { name: 'Settimana' }).click();
  await expect(page.getByRole('radio', { name: 'Settimana' })).toBeChecked();

  // Export the week: a calendar any application opens, with name and kind but no notes.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta in calendario (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^agenda-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.ics$/);
  const text = await readFile((await file.path())!, 'utf8');
  await expect(page.getByText(/Calendario salvato: agenda-/)).toBeVisible();
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  expect(unfolded.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const events = unfolded.split('BEGIN:VEVENT').slice(1);
  expect(events.length).toBeGreaterThanOrEqual(2);
  for (const event of events) {
    expect(event).toMatch(/\r\nDTSTART(;VALUE=DATE)?:\d{8}/);
    expect(event).toMatch(/\r\nSUMMARY:.+/);
  }
  expect(unfolded).toContain(`SUMMARY:${workerName} — Colloquio`);
  expect(unfolded).toContain(`SUMMARY:${workerName} — Scadenza del piano d’azione`);
  expect(unfolded).not.toContain('riservata');
  expect(unfolded).not.toContain('Iscrizione al corso PLC');

  // In English too.
  await page.getByLabel('Lingua').first().selectOption('en');
  await expect(page.locator('.agenda-period')).toHaveText(/^Week from /);
  await expect(activityEntry).toContainText('Action plan due date');
  await expect(activityEntry).toContainText('Overdue');
  await page.screenshot({ path: 'test-results/screenshots/agenda-week-en.png', fullPage: true });
});

test('an interview being typed survives a lock', async ({ page }) => {
  await loadDemo(page);
  await page.locator('.col-surname a').nth(1).click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await page.getByRole('button', { name: 'Registra un colloquio' }).click();
  const form = page.getByRole('form', { name: 'Nuovo colloquio' });
  await form.getByLabel('Note').fill(NOTES);
  await page.waitForTimeout(600); // the draft is written shortly after the last keystroke
  await page.getByRole('button', { name: 'Blocca' }).first().click();
  await unlock(page);
  await expect(page.getByRole('form', { name: 'Nuovo colloquio' }).getByLabel('Note')).toHaveValue(NOTES);
  await page.getByRole('form', { name: 'Nuovo colloquio' }).getByRole('button', { name: 'Annulla' }).click();
  await expect(page.getByRole('form', { name: 'Nuovo colloquio' })).toHaveCount(0);
});
