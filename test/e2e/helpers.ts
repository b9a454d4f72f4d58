// Shared steps of the end-to-end tests.
import { expect, type Page } from '@playwright/test';

export async function loadDemo(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Carica il programma dimostrativo' }).click();
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('worker-count')).toContainText('300 lavoratori');
}

export async function startEmpty(page: Page, name = 'Giulia Neri'): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Il tuo nome e cognome').fill(name);
  await page.getByRole('button', { name: 'Inizia con un programma vuoto' }).click();
  await expect(page.getByRole('heading', { name: 'Lavoratori', level: 1 })).toBeVisible();
}

/** Codice fiscale shown in the first row of the worker list. */
export async function firstListedCodiceFiscale(page: Page): Promise<string> {
  const cell = page.locator('[role="row"] .col-codiceFiscale[role="cell"]').first();
  return (await cell.innerText()).trim();
}
