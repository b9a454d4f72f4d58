// The sync import runs in a Web Worker with a progress bar and an Annulla button: stopped while it
// reads, it says so and leaves nothing behind (the same file is previewed and applied afterwards).
// The worker's script is held back by the test until Annulla is pressed, so the bar is seen (and
// photographed) in its first step whatever the machine's speed.
import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';
import { shots } from './shots';
import { chooseFile, createProgrammeKeys, exportTo, firstCounselor, importFile, issueEnrolment, join, laptop, openSync } from './syncHelpers';

test.describe.configure({ timeout: 300_000 });

const WORKER_SCRIPT = '**/syncImportWorker*';

test('the import shows its progress, and Annulla stops it with nothing changed', async ({ browser }) => {
  const coordinator = await laptop(browser);
  const counselor = await laptop(browser);
  const c = coordinator.page;
  await loadDemo(c);
  await createProgrammeKeys(c);
  const enrolment = await issueEnrolment(c, await firstCounselor(c), 'Portatile A');
  await join(counselor.page, enrolment);
  const first = await exportTo(counselor.page, null, 'a-0.pcobundle');

  let letGo = () => {};
  const held = new Promise<void>((resolve) => (letGo = resolve));
  await coordinator.context.route(WORKER_SCRIPT, async (route) => {
    await held;
    await route.continue();
  });
  await openSync(c);
  await chooseFile(c, 'Scegli un pacchetto…', first);
  const progress = c.getByTestId('import-progress');
  await expect(progress.getByRole('progressbar', { name: 'Verifica del pacchetto…' })).toBeVisible();
  await expect(c.getByRole('button', { name: 'Scegli un pacchetto…' })).toBeDisabled();
  await shots(c, 'sync-import-progress');
  await progress.getByRole('button', { name: 'Annulla' }).click();
  letGo();
  await expect(c.getByText('Importazione annullata: nessun dato è stato modificato.')).toBeVisible({ timeout: 30_000 });
  await expect(progress).toBeHidden();
  await expect(c.getByRole('heading', { name: /^Anteprima/ })).toBeHidden();

  // Nothing was recorded of it: the same file is previewed and applied.
  await coordinator.context.unroute(WORKER_SCRIPT);
  await importFile(c, first);
  await openSync(c, 'Cronologia');
  await expect(c.getByRole('row', { name: /a-0\.pcobundle/ })).toHaveCount(1);
});
