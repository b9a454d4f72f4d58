// The HR list of the 30,000-worker demo programme as the payroll system would export it: one XLSX
// row per person (dates as date cells, places by Belfiore code), built once per run.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateDemoProgramme } from '../../shared/demo/generator';
import type { Worker } from '../../shared/domain/worker';

export const HEADER = ['COGNOME', 'NOME', 'CODICE FISCALE', 'DATA DI NASCITA', 'SESSO', 'LUOGO DI NASCITA', 'COMUNE DI RESIDENZA', 'INDIRIZZO', 'TELEFONO', 'EMAIL', 'MANSIONE', 'REPARTO'];

export function hrRow(worker: Worker): (string | Date)[] {
  return [worker.surname, worker.name, worker.codiceFiscale, new Date(`${worker.birthDate}T00:00:00Z`), worker.sex, worker.birthplaceCode, worker.residenceCode, worker.address, worker.phone, worker.email, worker.formerRole, worker.department];
}

export function hrPeople(count: number): Worker[] {
  const demo = generateDemoProgramme({ workers: count, seed: 7 });
  return [...demo.workers.map((w) => w.worker), ...demo.nonParticipants.map((w) => w.worker)];
}

/** Writes the workbook and returns its path and its row count. */
export async function hrWorkbookFile(count: number): Promise<{ path: string; rows: number }> {
  const people = hrPeople(count);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Dipendenti');
  sheet.addRow(HEADER);
  for (const person of people) sheet.addRow(hrRow(person));
  const path = join(await mkdtemp(join(tmpdir(), 'pco-import-bench-')), `personale-${count}.xlsx`);
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return { path, rows: people.length };
}
