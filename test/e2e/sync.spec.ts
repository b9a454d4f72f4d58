// USB sync end to end: three browser contexts are three laptops. The coordinator loads the demo and
// creates the programme keys; counselor laptops A and B join with enrolment files downloaded from
// the coordinator; bundles travel as downloaded files chosen again with the file picker. Both
// laptops record an interview and edit the same worker; the coordinator gets both interviews and
// one concurrent-edit conflict, and B ends with both interviews.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo } from './helpers';
import { addInterview, chooseFile, createProgrammeKeys, exportTo, importFile, issueEnrolment, join, laptop, openSync, type IssuedEnrolment } from './syncHelpers';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const SHOTS = 'test-results/screenshots';

async function editPhone(page: Page, workerId: string, phone: string): Promise<void> {
  await page.goto(`./#/workers/${workerId}`);
  await page.getByLabel('Telefono').fill(phone);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Scheda salvata.')).toBeVisible();
}

/** The worker's timeline on this laptop lists an interview with each of these skills. */
async function expectInterviews(page: Page, workerId: string, skills: string[]): Promise<void> {
  await page.goto(`./#/workers/${workerId}`);
  const timeline = page.getByTestId('worker-timeline');
  for (const skill of skills) await expect(timeline).toContainText(`competenze rilevate: ${skill}`);
}

const SKILL_A = 'saldatura TIG orbitale';
const SKILL_B = 'conduzione carrello elevatore';

test('coordinator and two counselor laptops exchange bundles and converge', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const a = await laptop(browser);
  const b = await laptop(browser);
  const c = coordinator.page;
  await loadDemo(c);

  // Programme keys, then one enrolment file per counselor laptop.
  await openSync(c);
  await shot(c, 'sync-setup');
  await createProgrammeKeys(c);
  await openSync(c, 'Portatili');
  await expect(c.getByLabel('Orientatore').locator('option').nth(2)).toBeAttached();
  const counselorOptions = (await c.getByLabel('Orientatore').locator('option').allInnerTexts()).slice(1);
  const [nameA, nameB] = counselorOptions;
  const enrolments: IssuedEnrolment[] = [];
  for (const [name, label] of [[nameA!, 'Portatile A'], [nameB!, 'Portatile B']] as const) enrolments.push(await issueEnrolment(c, name, label));
  await shot(c, 'sync-devices');

  await join(a.page, enrolments[0]!);
  await join(b.page, enrolments[1]!);
  await expect(a.page.getByTestId('worker-count')).toContainText('0');

  // Each laptop announces itself; the coordinator registers both and sends their caseloads.
  await importFile(c, await exportTo(a.page, null, 'a-0.pcobundle'));
  await importFile(c, await exportTo(b.page, null, 'b-0.pcobundle'));
  const toA = await exportTo(c, /Portatile A/, 'c-a-1.pcobundle');
  const toB = await exportTo(c, /Portatile B/, 'c-b-1.pcobundle');
  await shot(c, 'sync-export');
  await openSync(a.page);
  await chooseFile(a.page, 'Scegli un pacchetto…', toA);
  await expect(a.page.getByRole('heading', { name: /^Anteprima/ })).toBeVisible({ timeout: 30_000 });
  await shot(a.page, 'sync-import-preview');
  await a.page.getByRole('button', { name: 'Applica' }).click();
  await expect(a.page.getByText(/^Pacchetto applicato\./)).toBeVisible({ timeout: 30_000 });
  await importFile(b.page, toB);

  // Refusals, in plain Italian, database untouched.
  await openSync(a.page);
  await chooseFile(a.page, 'Scegli un pacchetto…', toA);
  await expect(a.page.getByText('Nessuna modifica: questo pacchetto è già stato applicato.')).toBeVisible();
  await chooseFile(a.page, 'Scegli un pacchetto…', toB);
  await expect(a.page.getByText('Pacchetto rifiutato: il pacchetto non è destinato a questo portatile.')).toBeVisible();

  // A edits one of its workers; the coordinator reassigns that worker to B, who edits it too.
  await a.page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Lavoratori' }).click();
  await a.page.locator('.col-surname a').first().click();
  const workerId = /#\/workers\/([^/?]+)/.exec(a.page.url())?.[1] ?? '';
  const workerName = ((await a.page.getByRole('heading', { name: /^Scheda di / }).innerText()) ?? '').replace(/^Scheda di /, '');
  await editPhone(a.page, workerId, '055 111111');
  await addInterview(a.page, workerId, SKILL_A, 5);
  await openSync(c, 'Assegnazioni');
  await c.getByLabel('Mostra i lavoratori di').selectOption({ label: nameA! });
  await c.getByLabel(`Seleziona ${workerName}`).check();
  await c.getByLabel('Assegna a').selectOption({ label: nameB! });
  await shot(c, 'sync-caseloads');
  await c.getByRole('button', { name: 'Assegna i selezionati' }).click();
  await expect(c.getByText('1 lavoratore assegnato.')).toBeVisible();
  await importFile(b.page, await exportTo(c, /Portatile B/, 'c-b-2.pcobundle'));
  await editPhone(b.page, workerId, '055 222222');
  await addInterview(b.page, workerId, SKILL_B, 9);

  // Both laptops export; the coordinator imports both and reviews the conflict.
  await importFile(c, await exportTo(a.page, null, 'a-1.pcobundle'));
  await importFile(c, await exportTo(b.page, null, 'b-1.pcobundle'));
  // Both laptops' interviews reached the coordinator: events never conflict.
  await expectInterviews(c, workerId, [SKILL_A, SKILL_B]);
  await openSync(c, 'Conflitti');
  await expect(c.getByText('Mostra anche le sovrascritture')).toBeVisible();
  const row = c.getByRole('row', { name: new RegExp(workerName) }).filter({ hasText: '055 111111' });
  await expect(row).toContainText('055 222222');
  await shot(c, 'sync-conflicts');
  await row.getByRole('button', { name: 'Ripristina' }).click();
  await expect(c.getByText('Valore ripristinato.')).toBeVisible();

  // Caseloads back: the worker leaves A, and B holds the restored value.
  await importFile(a.page, await exportTo(c, /Portatile A/, 'c-a-3.pcobundle'));
  await importFile(b.page, await exportTo(c, /Portatile B/, 'c-b-3.pcobundle'));
  await a.page.goto(`./#/workers/${workerId}`);
  await expect(a.page.getByText(/non esiste|non trovato|Non puoi/i).first()).toBeVisible();
  await b.page.goto(`./#/workers/${workerId}`);
  await expect(b.page.getByLabel('Telefono')).toHaveValue('055 111111');
  await expectInterviews(b.page, workerId, [SKILL_A, SKILL_B]);

  await openSync(c, 'Cronologia');
  await expect(c.getByTestId('sync-history')).toContainText('Applicato');
  await shot(c, 'sync-history');
  await openSync(a.page, 'Cronologia');
  await expect(a.page.getByTestId('sync-history')).toContainText('Rifiutato: il pacchetto non è destinato a questo portatile.');
  for (const page of [c, a.page]) {
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }
  await Promise.all([coordinator.context.close(), a.context.close(), b.context.close()]);
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}
