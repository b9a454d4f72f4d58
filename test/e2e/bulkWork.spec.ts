// Bulk work (issue 18, item 7): several workers enrolled with a searchable picker, one lesson's
// attendance entered for every enrolled worker at once (then seen on each enrolment, and saved
// again as a correction, not a duplicate), and the caseloads balanced by a suggestion reviewed
// before it is applied.
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createCourse, loadDemo, nav } from './helpers';
import { screenDay } from './dates';
import { LAPTOP_SIZES, shots } from './shots';

/** A part of the screen at each laptop size, scrolled into view. */
async function partShots(page: Page, part: Locator, name: string) {
  const before = page.viewportSize();
  for (const size of LAPTOP_SIZES) {
    await page.setViewportSize(size);
    await part.screenshot({ path: `test-results/screenshots/${name}-${size.width}x${size.height}.png` });
  }
  if (before) await page.setViewportSize(before);
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('several workers enrolled with the picker, then a lesson for all of them at once, seen on each enrolment and corrected', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);

  await createCourse(page, 'Conduzione di carrelli elevatori');

  // The picker: opened from its button, focus in the search; accents and case do not matter.
  await page.getByRole('button', { name: 'Iscrivi più lavoratori…' }).click();
  const picker = page.getByRole('region', { name: 'Iscrivi più lavoratori' });
  const search = picker.getByLabel('Cerca per cognome, nome o codice fiscale');
  await expect(search).toBeFocused();
  const list = picker.getByRole('group', { name: /^Lavoratori iscrivibili/ });
  await search.fill('NICCOLO');
  // The list's final state: only Niccolò, whatever it showed while the search was applied.
  await expect(list.getByRole('checkbox').first()).toBeVisible();
  await expect(list.locator('label').filter({ hasNotText: 'Niccolò' })).toHaveCount(0);
  const first = (await list.locator('label').first().locator('span').first().innerText()).trim();
  // Ticked by the name read, not by position: the list may still be settling.
  await list.locator('label').filter({ hasText: first }).getByRole('checkbox').check();
  await expect(picker.getByTestId('picker-selected')).toHaveText('1 selezionato');

  // By codice fiscale, in lower case: the second worker of the list as it opens.
  await search.fill('');
  const second = list.locator('label').nth(1);
  const secondName = (await second.locator('span').first().innerText()).trim();
  const secondCode = (await second.locator('.mono').innerText()).trim();
  await search.fill(secondCode.toLowerCase());
  await expect(list.locator('label')).toHaveCount(1);
  await list.getByRole('checkbox').check();
  await search.fill('');
  await list.locator('input[type=checkbox]:not(:checked)').first().check();
  await expect(picker.getByTestId('picker-selected')).toHaveText('3 selezionati');
  await picker.getByLabel('Data di iscrizione').fill(screenDay(-14));
  await partShots(page, picker, 'bulk-enrol-picker');
  await expectNoViolations(page);
  await picker.getByRole('button', { name: 'Iscrivi 3 lavoratori' }).click();
  // Those active before are now in training (the others already were, or are placed, and stay so).
  await expect(picker.getByTestId('picker-done')).toHaveText(/^3 lavoratori iscritti\.( (1 lavoratore ora è|[23] lavoratori ora sono) «In formazione»\.)?$/);
  await expect(page.getByTestId('enrolment-row')).toHaveCount(3);
  await expect(page.getByTestId('enrolment-row').filter({ hasText: first })).toHaveCount(1);
  await expect(page.getByTestId('enrolment-row').filter({ hasText: secondName })).toHaveCount(1);
  await picker.getByRole('button', { name: 'Chiudi' }).click();
  await expect(page.getByRole('button', { name: 'Iscrivi più lavoratori…' })).toBeFocused();

  // One lesson for the three, from the course page.
  await page.getByRole('link', { name: 'Presenze di una lezione' }).click();
  await expect(page.getByRole('heading', { name: 'Presenze di una lezione', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Corso', { exact: true })).toHaveValue(/.+/);
  const lesson = screenDay(-7);
  await page.getByLabel('Giorno della lezione').fill(screenDay(3));
  await expect(page.getByText(`Il ${screenDay(3)} è nel futuro: le presenze si registrano a lezione fatta.`)).toBeVisible();
  await page.getByLabel('Giorno della lezione').fill(screenDay(-20));
  await expect(page.getByText(`Il giorno deve cadere nel corso: dal ${screenDay(-14)} al ${screenDay(30)}.`)).toBeVisible();
  await page.getByLabel('Giorno della lezione').fill(lesson);
  const sheet = page.getByRole('form', { name: `Presenze della lezione del ${lesson}` });
  const rows = sheet.getByTestId('session-row');
  await expect(rows).toHaveCount(3);
  const names = (await rows.locator('th').allInnerTexts()).map((name) => name.trim());
  await page.getByLabel('Ore della lezione').fill('3,5');
  for (const name of names) await expect(sheet.getByLabel(`Ore di ${name}`)).toHaveValue('3,5');
  await sheet.getByLabel(`Ore di ${names[1]}`).fill('13');
  await sheet.getByLabel(`Presente: ${names[2]}`).uncheck();
  await expect(sheet.getByLabel(`Ore di ${names[2]}`)).toBeDisabled();
  await expect(sheet.getByTestId('session-counts')).toHaveText('Presenti: 2 · assenti: 1');
  await sheet.getByRole('button', { name: 'Registra le presenze' }).click();
  await expect(sheet.getByText('Al massimo 12 ore in un giorno.')).toBeVisible();
  await expect(sheet.getByLabel(`Ore di ${names[1]}`)).toHaveValue('13');
  await sheet.getByLabel(`Ore di ${names[1]}`).fill('2');
  await shots(page, 'bulk-session');
  await expectNoViolations(page);
  await sheet.getByRole('button', { name: 'Registra le presenze' }).click();
  await expect(sheet.getByTestId('session-saved')).toHaveText(`Presenze del ${lesson} registrate: 2 righe scritte.`);
  await expect(rows.nth(0)).toContainText('3,5 h');

  // Saved again as it stands: nothing is written twice.
  await sheet.getByRole('button', { name: 'Registra le presenze' }).click();
  await expect(sheet.getByTestId('session-saved')).toHaveText(`Nessuna modifica: le presenze del ${lesson} erano già registrate così.`);

  // Each enrolment has its day: 3,5, 2 and none.
  const expected = [['3,5'], ['2'], []] as const;
  for (const [index, name] of names.entries()) {
    await sheet.getByRole('link', { name: `Frequenza di ${name}` }).click();
    await expect(page.getByRole('heading', { name: /^Frequenza di / })).toBeVisible();
    const days = page.locator('.attendance-table tbody tr');
    if (expected[index]!.length === 0) await expect(page.getByText('Nessuna presenza registrata', { exact: false })).toBeVisible();
    else await expect(days).toHaveText([`${lesson}${expected[index]![0]}`]);
    await page.goBack();
    await expect(rows).toHaveCount(3);
  }

  // Reopened, the sheet shows what was recorded (the absent one unticked); a correction replaces the day.
  await expect(sheet.getByLabel(`Presente: ${names[2]}`)).not.toBeChecked();
  await expect(sheet.getByLabel(`Ore di ${names[1]}`)).toHaveValue('2');
  await sheet.getByLabel(`Presente: ${names[0]}`).uncheck();
  await sheet.getByLabel(`Presente: ${names[2]}`).check();
  await sheet.getByLabel(`Ore di ${names[2]}`).fill('4');
  await sheet.getByRole('button', { name: 'Registra le presenze' }).click();
  await expect(sheet.getByTestId('session-saved')).toHaveText(`Presenze del ${lesson} registrate: 2 righe scritte.`);
  await expect(rows.nth(0)).toContainText('nulla');
  await expect(rows.nth(2)).toContainText('4 h');
  await nav(page, 'Corsi').click();
  await page.getByRole('link', { name: 'Conduzione di carrelli elevatori' }).click();
  const enrolments = page.getByTestId('enrolment-row');
  await expect(enrolments.filter({ hasText: names[0]! })).toContainText('0 di 16 h');
  await expect(enrolments.filter({ hasText: names[1]! })).toContainText('2 di 16 h');
  await expect(enrolments.filter({ hasText: names[2]! })).toContainText('4 di 16 h');
});

test('caseloads: counts and bases per counselor, a balancing suggestion reviewed, then applied on confirmation', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await nav(page, 'Sincronizzazione').click();
  await page.getByRole('navigation', { name: 'Sezioni della sincronizzazione' }).getByRole('link', { name: 'Assegnazioni' }).click();
  const counts = page.getByTestId('caseload-counts');
  await expect(counts.locator('tbody tr').first()).toBeVisible();
  const loads = async () => (await counts.locator('tbody tr td.number').allInnerTexts()).map(Number);
  const before = await loads();
  expect(before.length).toBeGreaterThan(1);

  // The first counselor works from Arezzo (a base of their own), the others from the plant.
  const first = (await counts.locator('tbody tr th').first().innerText()).trim();
  await page.getByLabel(`Sede di ${first}`).fill('Arezzo (AR)');
  await page.getByRole('button', { name: `Salva la sede di ${first}` }).click();
  await expect(page.getByText(`Sede di ${first} salvata.`)).toBeVisible();

  // Search by comune, without its accents or case: every row shown lives there.
  await page.getByLabel('Cerca per cognome, nome, codice fiscale o comune').fill('san giovanni valdarno');
  const residences = page.locator('.sync-table').last().locator('tbody tr td:nth-child(3)');
  await expect(residences.first()).toBeVisible();
  for (const text of await residences.allInnerTexts()) expect(text).toContain('San Giovanni Valdarno');

  // The suggestion is shown for review: nothing moves until it is applied and confirmed.
  await page.getByRole('button', { name: 'Proponi un riequilibrio' }).click();
  const suggestion = page.getByTestId('balance-suggestion');
  await expect(suggestion).toBeVisible();
  const moves = await suggestion.getByTestId('balance-moves').locator('tbody tr').count();
  expect(moves).toBeGreaterThan(0);
  const after = (await suggestion.getByTestId('balance-counts').locator('tbody tr td:last-child').allInnerTexts()).map(Number);
  expect(Math.max(...after) - Math.min(...after)).toBeLessThanOrEqual(1);
  expect(after.reduce((a, b) => a + b, 0)).toBe(before.reduce((a, b) => a + b, 0));
  expect(await loads()).toEqual(before);
  await partShots(page, page.getByRole('region', { name: 'Portafogli e riequilibrio' }), 'bulk-caseload-suggestion');
  await expectNoViolations(page);

  // Dismissing the confirmation changes nothing; accepting it applies every move at once.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await suggestion.getByRole('button', { name: /^Applica \d+ spostament/ }).click();
  await expect(suggestion).toBeVisible();
  expect(await loads()).toEqual(before);
  page.once('dialog', (dialog) => void dialog.accept());
  await suggestion.getByRole('button', { name: /^Applica \d+ spostament/ }).click();
  await expect(page.getByTestId('balance-applied')).toHaveText(moves === 1 ? '1 lavoratore riassegnato.' : `${moves} lavoratori riassegnati.`);
  await expect.poll(loads).toEqual(after);
  await page.getByRole('button', { name: 'Proponi un riequilibrio' }).click();
  await expect(page.getByTestId('balance-none')).toHaveText('I portafogli sono già in equilibrio: nessuno spostamento da proporre.');
});
