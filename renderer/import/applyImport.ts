// The import, written: the rows the preview marked new or update (rows to skip, unchanged, rejected
// or excluded are left alone) become sealed worker files or employers through the one bulk path,
// all in one transaction with a single audit entry that counts every fate. New worker files start
// as people of the HR list who have not joined the PCO: no enrolment date, track or counselor
// (shared/domain/participation.ts); joining is recorded on the file.
import { uuidv7 } from 'uuidv7';
import { workerSchema, type Worker, type WorkerInput } from '../../shared/domain/worker';
import { employerSchema, type Employer } from '../../shared/domain/employer';
import { createRecord, editRecord, type VersionedRecord } from '../../shared/sync/record';
import { countFates, type FateCounts, type PreviewRow } from '../../shared/import/preview';
import { changedWorkerValues, type WorkerImportValues } from '../../shared/import/workerRules';
import type { WorkerImportField } from '../../shared/import/workerFields';
import { changedEmployerValues, type EmployerImportField, type EmployerImportValues } from '../../shared/import/employerRules';
import { todayIso } from '../../shared/time/dates';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { EventRecord } from '../db/rows';
import { auditEntry, newEvent } from '../db/recordRows';
import { writeBulk, type Slices } from '../db/bulkWrite';

export interface ApplyContext {
  readonly db: PcoDatabase;
  readonly codec: RecordCodec;
  readonly session: Session;
}

export interface ApplyOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** Every fate, for the audit entry's detail: codes and counts only. */
const auditDetail = (kind: string, counts: FateCounts) => `${kind} ${Object.entries(counts).map(([fate, count]) => `${fate}=${count}`).join(' ')}`;

async function programmeOf(db: PcoDatabase) {
  return db.programme.toCollection().first();
}

/** A new worker file from a row of the HR list: what the row gives, the rest as the schema defaults it. */
export function newWorker(value: WorkerImportValues): Worker {
  const input: WorkerInput = {
    surname: value.surname,
    name: value.name,
    codiceFiscale: value.codiceFiscale,
    birthDate: value.birthDate,
    sex: value.sex,
    birthplaceCode: value.birthplaceCode,
    residenceCode: value.residenceCode,
    address: value.address ?? '',
    phone: value.phone ?? '',
    email: value.email ?? '',
    formerRole: value.formerRole,
    department: value.department ?? '',
    yearsAtPlant: value.yearsAtPlant,
    educationLevel: value.educationLevel,
    notes: value.notes,
    status: 'active',
    counselorId: '',
  };
  return workerSchema.parse(input);
}

type WorkerPlan = { readonly kind: 'new'; readonly id: string; readonly value: WorkerImportValues } | { readonly kind: 'update'; readonly current: VersionedRecord<Worker>; readonly changed: Partial<Worker> };

export async function applyWorkerImport(ctx: ApplyContext, rows: readonly PreviewRow<WorkerImportField, WorkerImportValues>[], held: ReadonlyMap<string, VersionedRecord<Worker>>, options: ApplyOptions = {}): Promise<FateCounts> {
  const { db, codec, session } = ctx;
  const today = todayIso();
  const plan: WorkerPlan[] = [];
  for (const row of rows) {
    const { value } = row.reading;
    const current = row.existingId ? held.get(row.existingId) : undefined;
    if (value && row.fate === 'new') plan.push({ kind: 'new', id: uuidv7(), value });
    else if (value && row.fate === 'update' && current) plan.push({ kind: 'update', current, changed: changedWorkerValues(value, row.changes) });
  }
  const counts = countFates(rows);
  if (plan.length === 0) return counts; // the same file again: nothing to write, nothing to log
  // Records and events are built a slice at a time, as the bulk path reaches them.
  const workers: Slices<VersionedRecord<Worker>> = {
    length: plan.length,
    slice: (start, end) =>
      plan.slice(start, end).map((entry) =>
        entry.kind === 'new' ? createRecord(entry.id, newWorker(entry.value), session.tick(), session.author()) : editRecord(entry.current, workerSchema.parse({ ...entry.current.data, ...entry.changed }), session.tick(), session.author()),
      ),
  };
  const created = plan.flatMap((entry) => (entry.kind === 'new' ? [entry.id] : []));
  const events: Slices<EventRecord> = {
    length: created.length * 2,
    slice: (start, end) =>
      Array.from({ length: Math.max(0, Math.min(end, created.length * 2) - start) }, (_, offset) => {
        const index = start + offset;
        const id = created[Math.floor(index / 2)] ?? '';
        return index % 2 === 0 ? newEvent(session, id, { kind: 'worker.created' }, today) : newEvent(session, id, { kind: 'worker.statusChanged', from: null, to: 'active', exitReason: undefined, note: '' }, today);
      }),
  };
  const programme = await programmeOf(db);
  const audit = [auditEntry(session, 'import', programme?.id ?? '', auditDetail('workers', counts), 'programme')];
  await writeBulk(db, codec, session, { workers, events, audit }, { programmePeriods: programme?.data.cigsPeriods ?? [], ...options });
  return counts;
}

export async function applyEmployerImport(ctx: ApplyContext, rows: readonly PreviewRow<EmployerImportField, EmployerImportValues>[], held: ReadonlyMap<string, VersionedRecord<Employer>>, options: ApplyOptions = {}): Promise<FateCounts> {
  const { db, codec, session } = ctx;
  const records: VersionedRecord<Employer>[] = [];
  for (const row of rows) {
    const { value } = row.reading;
    if (!value) continue;
    if (row.fate === 'new') {
      const { legalName, partitaIva, ateco, comuneCode, address = '', contactName = '', phone = '', email = '' } = value;
      const employer = employerSchema.parse({ legalName, partitaIva, ateco, comuneCode, address, contactName, phone, email, incentives: [] });
      records.push(createRecord(uuidv7(), employer, session.tick(), session.author()));
    } else if (row.fate === 'update' && row.existingId) {
      const current = held.get(row.existingId);
      if (!current) continue;
      const next = employerSchema.parse({ ...current.data, ...changedEmployerValues(value, row.changes) });
      records.push(editRecord(current, next, session.tick(), session.author()));
    }
  }
  const counts = countFates(rows);
  if (records.length === 0) return counts;
  const programme = await programmeOf(db);
  const audit = [auditEntry(session, 'import', programme?.id ?? '', auditDetail('employers', counts), 'programme')];
  await writeBulk(db, codec, session, { employers: records, audit }, { programmePeriods: programme?.data.cigsPeriods ?? [], ...options });
  return counts;
}
