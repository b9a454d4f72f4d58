import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadDemo } from './helpers';
import { screenDay } from './dates';

const day = (offset: number) => screenDay(offset);

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Codici fiscali of the first active workers in the list. */
async function activeWorkers(page: Page, count: number): Promise<string[]> {
  await page.getByRole('navigation').getByRole('link', { name: 'Lavoratori' }).click();
  await page.getByRole('search').getByLabel('Stato').selectOption({ label: 'Attivo nel programma' });
  const cells = page.locator('[role="row"] .col-codiceFiscale[role="cell"]');
  await expect(cells.first()).toBeVisible();
  return (await cells.allInnerTexts()).slice(0, count).map((text) => text.trim());
}

async function openWorker(page: Page, codiceFiscale: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Lavoratori' }).click();
  await page.getByTestId('worker-search').fill(codiceFiscale);
  await page.locator('.col-surname a').first().click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
}

test('a course is created, a worker attends 80% of it and completes it: in training, then active again', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  const [trainee] = await activeWorkers(page, 1);

  await page.getByRole('navigation').getByRole('link', { name: 'Corsi', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Catalogo dei corsi' })).toBeVisible();
  await page.getByRole('link', { name: 'Nuovo corso' }).click();
  await page.getByLabel('Titolo del corso').fill('Saldatura TIG su acciaio inox');
  await page.getByLabel('Ente di formazione').fill('Valdarno Formazione scarl');
  await page.getByLabel('Durata (ore)').fill('20');
  await page.getByLabel('Inizio').fill(day(-14));
  await page.getByLabel('Fine', { exact: true }).fill(day(-20));
  await page.getByLabel('Finanziamento').selectOption({ label: 'Voucher formativo regionale (FSE)' });
  await expect(page.getByText('Fino a 3000 € a persona', { exact: false }).or(page.getByText('Fino a 3.000 € a persona', { exact: false }))).toBeVisible();
  await expect(page.getByText('Il voucher regionale finanzia corsi che rilasciano una qualifica: indica quale.')).toBeVisible();
  await page.getByRole('button', { name: 'Salva il corso' }).click();
  await expect(page.getByText('La fine precede l’inizio.')).toBeVisible();
  await expect(page.getByLabel('Titolo del corso')).toHaveValue('Saldatura TIG su acciaio inox');

  await page.getByLabel('Fine', { exact: true }).fill(day(30));
  await page.getByLabel('Qualifica o attestato rilasciato').fill('Qualificazione di saldatore TIG (UNI EN ISO 9606-1)');
  await page.getByLabel('Competenze insegnate').fill('saldatura TIG, lettura disegno tecnico');
  await page.getByRole('checkbox', { name: 'Patentino di saldatura' }).check();
  await page.getByRole('button', { name: 'Salva il corso' }).click();
  await expect(page.getByText('Corso salvato.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Corso: Saldatura TIG su acciaio inox' })).toBeVisible();

  // Enrol the worker (before the course started): the course is under way, so the worker is in training.
  const choice = page.getByLabel('Lavoratore', { exact: true });
  const value = await choice.locator('option', { hasText: trainee! }).getAttribute('value');
  await choice.selectOption(value!);
  await page.getByLabel('Data di iscrizione').fill(day(-20));
  await page.getByRole('button', { name: 'Iscrivi', exact: true }).click();
  await expect(page.getByText('Iscrizione registrata.')).toBeVisible();
  await expect(page.getByTestId('status-change')).toHaveText('Stato del lavoratore aggiornato: Attivo nel programma → In formazione.');
  await expect(page.getByTestId('enrolment-row')).toContainText('0 di 20 h');
  await expectNoViolations(page);
  await screenshot(page, 'retraining-course');

  await page.getByRole('link', { name: 'Presenze ed esito' }).click();
  await expect(page.getByRole('heading', { name: /^Frequenza di / })).toBeVisible();
  await expect(page.getByTestId('worker-status')).toHaveText('Stato attuale: In formazione');

  // A day before the course is refused, with the reason.
  await page.getByLabel('Giorno').fill(day(-16));
  await page.getByLabel('Ore', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Registra la presenza' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Operazione non registrata' })).toContainText(`il giorno precede l’inizio del corso (${day(-14)})`);

  for (const offset of [-14, -13, -12]) {
    await page.getByLabel('Giorno').fill(day(offset));
    await page.getByRole('button', { name: 'Registra la presenza' }).click();
    await expect(page.getByText(`Presenza registrata: 4 ore il ${day(offset)}.`)).toBeVisible();
  }
  await expect(page.getByTestId('attendance-minimum')).toContainText('Mancano 2 ore per raggiungere il 70%.');

  // Completing with a certificate at 60% asks first, and says why.
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await page.getByLabel('Esito').selectOption({ label: 'Completato con attestato' });
  await page.getByRole('button', { name: 'Registra la fine del corso' }).click();
  await expect.poll(() => question).toContain('La frequenza è del 60%');
  expect(question).toContain('almeno il 70% delle ore');
  await expect(page.getByTestId('enrolment-outcome')).toHaveText('In corso');

  await page.getByLabel('Giorno').fill(day(-11));
  await page.getByRole('button', { name: 'Registra la presenza' }).click();
  await expect(page.getByTestId('attendance-minimum')).toContainText('Soglia del 70% raggiunta.');
  await expect(page.getByText('16 di 20 ore (80%)')).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, 'retraining-enrolment');

  await page.getByRole('button', { name: 'Registra la fine del corso' }).click();
  await expect(page.getByTestId('status-change')).toHaveText('Stato del lavoratore aggiornato: In formazione → Attivo nel programma.');
  await expect(page.getByTestId('enrolment-outcome')).toContainText('Completato con attestato');
  await expect(page.getByTestId('worker-status')).toHaveText('Stato attuale: Attivo nel programma');

  await page.getByRole('link', { name: 'Scheda del lavoratore' }).click();
  await expect(page.getByRole('heading', { name: /^Scheda di / })).toBeVisible();
  await expect(page.getByLabel('Stato', { exact: true }).first()).toHaveValue('active');
  await expect(page.getByTestId('worker-timeline')).toContainText(/attivo nel programma → in formazione/i);
  await expect(page.getByTestId('worker-timeline')).toContainText(/in formazione → attivo nel programma/i);
  const row = page.getByTestId('enrolment-row').filter({ hasText: 'Saldatura TIG su acciaio inox' });
  await expect(row).toContainText('Saldatura TIG su acciaio inox');
  await expect(row).toContainText('16 di 20 h');
  await expect(row).toContainText('80%');
  await expect(row).toContainText('Completato con attestato');
  await page.locator('.retraining-panel').screenshot({ path: 'test-results/screenshots/retraining-worker-file.png' });

  await page.getByRole('navigation').getByRole('link', { name: 'Corsi', exact: true }).click();
  await page.getByLabel('Cerca nel catalogo').fill('acciaio inox');
  await expect(page.getByTestId('course-count')).toHaveText(/^(1 corso|1 di \d+)$/);
  await expect(page.getByRole('row', { name: /Saldatura TIG su acciaio inox/ })).toContainText('In corso');
  await expectNoViolations(page);
  await screenshot(page, 'retraining-catalogue');

  await page.getByLabel('Lingua').first().selectOption('en');
  await expect(page.getByRole('heading', { name: 'Course catalogue' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Saldatura TIG su acciaio inox/ })).toContainText('Regional training voucher (ESF)');
});

test('a venture is started for a worker and launched: the worker becomes self-employed', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  const [, founder] = await activeWorkers(page, 2);
  await openWorker(page, founder!);
  await page.getByRole('link', { name: 'Nuovo progetto di impresa' }).click();
  await expect(page.getByRole('heading', { name: /^Nuovo progetto di impresa di / })).toBeVisible();

  await page.getByLabel('Descrizione dell’idea').fill('Officina mobile di manutenzione di macchine utensili per le aziende del Valdarno');
  await page.getByLabel('Codice ATECO').fill('33.12.10');
  await expect(page.getByLabel('Sezione')).toHaveValue('C');
  await page.getByLabel('Descrizione dell’attività').fill('Riparazione e manutenzione di macchine di impiego generale');
  const milestone = (name: string) => page.getByRole('group', { name });
  await milestone('Business plan').getByLabel('Scadenza').fill(day(-45));
  await milestone('Business plan').getByLabel('Fatta il').fill(day(-40));
  await milestone('Domanda di finanziamento').getByLabel('Fatta il').fill(day(-30));
  await milestone('Apertura partita IVA e iscrizione alla Camera di commercio').getByLabel('Fatta il').fill(day(-3));
  await milestone('Avvio dell’attività').getByLabel('Scadenza').fill(day(0));
  await milestone('Avvio dell’attività').getByLabel('Fatta il').fill(day(0));
  await page.getByRole('button', { name: 'Aggiungi un finanziamento' }).click();
  await page.getByLabel('Fonte del finanziamento').fill('Microcredito Regione Toscana');
  await page.getByLabel('Importo richiesto (€)').fill('15000');
  await page.getByLabel('Stato della domanda').selectOption({ label: 'Concessa' });

  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    expect(dialog.message()).toContain('«Lavoratore autonomo»');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Salva il progetto' }).click();
  await expect(page.getByText('Indica l’importo concesso.')).toBeVisible();
  expect(dialogs).toBe(0);
  await page.getByLabel('Importo concesso (€)').fill('12000');
  await page.getByRole('button', { name: 'Salva il progetto' }).click();
  await expect(page.getByText('Progetto salvato.')).toBeVisible();
  expect(dialogs).toBe(1);
  await expect(page.getByTestId('status-change')).toHaveText('Stato del lavoratore aggiornato: Attivo nel programma → Lavoratore autonomo.');
  await expect(page.getByRole('heading', { name: /^Progetto di impresa di / })).toBeVisible();
  await expect(page.getByTestId('worker-status')).toHaveText('Stato attuale: Lavoratore autonomo');
  await expect(page.getByText(/Richiesti 15\.000\s€, concessi 12\.000\s€\./)).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, 'retraining-venture');

  await page.getByRole('link', { name: 'Torna alla scheda del lavoratore' }).click();
  await expect(page.getByLabel('Stato', { exact: true }).first()).toHaveValue('self_employed');
  await expect(page.getByLabel('Stato', { exact: true }).first().locator('option:checked')).toHaveText('Lavoratore autonomo');
  await expect(page.getByTestId('worker-timeline')).toContainText(/attivo nel programma → lavoratore autonomo/i);
  await expect(page.getByTestId('venture-row').filter({ hasText: 'Officina mobile' })).toContainText(`attività avviata il ${day(0)}`);
  await expectNoViolations(page);
});
