// The files already held that rows of an import name: worker files by the canonical form of their
// codice fiscale, found in the worker list's summaries (the sealed names snapshot keeps every
// codice fiscale in memory after unlock), and opened only for the people the file names; employers
// by partita IVA, from the catalogue.
import { validateCodiceFiscale } from '../../shared/validation/codiceFiscale';
import type { Existing } from '../../shared/import/preview';
import type { Worker } from '../../shared/domain/worker';
import type { Employer } from '../../shared/domain/employer';
import type { VersionedRecord } from '../../shared/sync/record';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { WorkerSummary } from '../db/workerList';
import type { WorkerRow } from '../db/rows';
import { openWorker } from '../db/recordRows';
import { mapInFlight } from '../../shared/crypto/sealed';

export interface Held<E extends object> {
  /** By key (canonical codice fiscale, partita IVA): what the preview compares rows with. */
  readonly byKey: ReadonlyMap<string, Existing<E>>;
  /** By id: the records an update edits. */
  readonly records: ReadonlyMap<string, VersionedRecord<E>>;
}

export async function heldWorkers(db: PcoDatabase, codec: RecordCodec, summaries: readonly WorkerSummary[], keys: ReadonlySet<string>): Promise<Held<Worker>> {
  const ids: string[] = [];
  for (const summary of summaries) {
    const code = validateCodiceFiscale(summary.codiceFiscale);
    if (code.ok && keys.has(code.value.canonical)) ids.push(summary.id);
  }
  const rows = (await db.workers.bulkGet(ids)).filter((row): row is WorkerRow => row !== undefined && !row.deletedAt);
  const opened = await mapInFlight(rows, (row) => openWorker(codec, row));
  const byKey = new Map<string, Existing<Worker>>();
  for (const record of opened) {
    const code = validateCodiceFiscale(record.data.codiceFiscale);
    if (code.ok) byKey.set(code.value.canonical, { id: record.id, data: record.data });
  }
  return { byKey, records: new Map(opened.map((record) => [record.id, record])) };
}

export function heldEmployers(employers: readonly VersionedRecord<Employer>[]): Held<Employer> {
  const live = employers.filter((record) => !record.deletedAt);
  return {
    byKey: new Map(live.map((record) => [record.data.partitaIva.replace(/\s+/g, ''), { id: record.id, data: record.data }])),
    records: new Map(live.map((record) => [record.id, record])),
  };
}
