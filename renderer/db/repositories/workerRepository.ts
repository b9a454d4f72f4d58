// All reads and writes of worker files. Edits merge field by field (one HLC per field);
// what happens to a worker (creation, status moves, consent) is appended to the event log.
import { uuidv7 } from 'uuidv7';
import { workerSchema, type Worker, type WorkerInput } from '../../../shared/domain/worker';
import { createRecord, editRecord, tombstone } from '../../../shared/sync/record';
import { validateCodiceFiscale } from '../../../shared/validation/codiceFiscale';
import { newEvent, toWorkerRow } from '../recordRows';
import type { PcoDatabase } from '../database';
import type { EventRow, WorkerRow } from '../rows';
import type { Session } from '../session';
import { DuplicatePersonError, NotAllowedError, RecordNotFoundError } from './errors';
import { todayIso } from '../../../shared/time/dates';

export interface WorkerRepository {
  /** Workers visible to the session (the caseload for a counselor, all for the coordinator). */
  list(): Promise<WorkerRow[]>;
  get(id: string): Promise<WorkerRow>;
  create(input: WorkerInput): Promise<WorkerRow>;
  update(id: string, input: WorkerInput): Promise<WorkerRow>;
  remove(id: string): Promise<void>;
  history(id: string): Promise<EventRow[]>;
  /** The visible or hidden worker whose codice fiscale is the same person's (omocodia included). */
  findSamePerson(codiceFiscale: string, exceptId?: string): Promise<WorkerRow | undefined>;
}

export function createWorkerRepository(db: PcoDatabase, session: Session): WorkerRepository {
  const canSee = (row: WorkerRow) => session.role === 'coordinator' || row.counselorId === session.counselorId;

  async function programmePeriods() {
    const programme = await db.programme.toCollection().first();
    return programme?.data.cigsPeriods ?? [];
  }

  async function visibleRow(id: string): Promise<WorkerRow> {
    const row = await db.workers.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    if (!canSee(row)) throw new NotAllowedError(id);
    return row;
  }

  async function findSamePerson(codiceFiscale: string, exceptId?: string): Promise<WorkerRow | undefined> {
    const wanted = validateCodiceFiscale(codiceFiscale);
    if (!wanted.ok) return undefined;
    let found: WorkerRow | undefined;
    await db.workers.each((row) => {
      if (found || row.deletedAt || row.id === exceptId) return;
      const other = validateCodiceFiscale(row.data.codiceFiscale);
      if (other.ok && other.value.canonical === wanted.value.canonical) found = row;
    });
    return found;
  }

  return {
    async list() {
      const rows = await db.workers.filter((row) => !row.deletedAt).toArray();
      return rows.filter(canSee);
    },

    get: visibleRow,

    async create(input) {
      const worker: Worker = workerSchema.parse(input);
      return db.transaction('rw', [db.workers, db.events, db.meta, db.programme], async () => {
        const duplicate = await findSamePerson(worker.codiceFiscale);
        if (duplicate) throw new DuplicatePersonError(duplicate.id);
        const id = uuidv7();
        const row = toWorkerRow(createRecord(id, worker, session.tick(), session.author()), await programmePeriods());
        await db.workers.add(row);
        const today = todayIso();
        await db.events.bulkAdd([
          newEvent(session, id, { kind: 'worker.created' }, worker.enrolmentDate),
          newEvent(session, id, { kind: 'worker.statusChanged', from: null, to: worker.status, exitReason: worker.exitReason, note: '' }, today),
          ...(worker.privacyConsentDate ? [newEvent(session, id, { kind: 'worker.consentRecorded', given: true }, worker.privacyConsentDate)] : []),
        ]);
        await session.persistClock();
        return row;
      });
    },

    async update(id, input) {
      const worker: Worker = workerSchema.parse(input);
      return db.transaction('rw', [db.workers, db.events, db.meta, db.programme], async () => {
        const current = await visibleRow(id);
        const duplicate = await findSamePerson(worker.codiceFiscale, id);
        if (duplicate) throw new DuplicatePersonError(duplicate.id);
        const edited = editRecord(current, worker, session.tick(), session.author());
        if (edited === current) return current;
        const row = toWorkerRow(edited, await programmePeriods());
        await db.workers.put(row);
        const events: EventRow[] = [];
        if (current.data.status !== worker.status || current.data.exitReason !== worker.exitReason) {
          events.push(newEvent(session, id, { kind: 'worker.statusChanged', from: current.data.status, to: worker.status, exitReason: worker.exitReason, note: '' }, todayIso()));
        }
        if (!current.data.privacyConsentDate && worker.privacyConsentDate) {
          events.push(newEvent(session, id, { kind: 'worker.consentRecorded', given: true }, worker.privacyConsentDate));
        }
        if (events.length > 0) await db.events.bulkAdd(events);
        await session.persistClock();
        return row;
      });
    },

    async remove(id) {
      await db.transaction('rw', [db.workers, db.meta], async () => {
        const current = await visibleRow(id);
        await db.workers.put({ ...current, ...tombstone(current, session.tick(), session.author()) });
        await session.persistClock();
      });
    },

    async history(id) {
      await visibleRow(id);
      const events = await db.events.where('subjectId').equals(id).toArray();
      return events.sort((a, b) => (a.occurredOn === b.occurredOn ? a.hlc.localeCompare(b.hlc) : a.occurredOn.localeCompare(b.occurredOn)));
    },

    findSamePerson,
  };
}
