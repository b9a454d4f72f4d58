// All reads and writes of worker files. Edits merge field by field (one HLC per field); what
// happens to a worker (creation, status moves, consent) is appended to the event log; every
// access is audited. Scope is enforced here: a counselor reaches only their own caseload.
import { uuidv7 } from 'uuidv7';
import type { Table } from 'dexie';
import { workerSchema, type Worker, type WorkerInput } from '../../../shared/domain/worker';
import { createRecord, editRecord, tombstone } from '../../../shared/sync/record';
import { todayIso } from '../../../shared/time/dates';
import { participationOf } from '../../../shared/domain/participation';
import { erasureEligibility } from '../../../shared/gdpr/retention';
import { toStatisticalRecord } from '../../../shared/gdpr/statisticalRecord';
import { redactPayload } from '../../../shared/gdpr/redact';
import { relatedErasure } from './relatedErasure';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EventRecord, WorkerRecord, WorkerRow } from '../rows';
import type { WorkerSummary } from '../workerList';
import { createWorkerSummariser } from '../workerListSnapshot';
import type { Session } from '../session';
import { withinScope } from '../scope';
import { auditEntry, newEvent, openEvent, openWorker, sealEvent, sealWorker } from '../recordRows';
import { DuplicatePersonError, NotAllowedError, NotEligibleError, RecordNotFoundError } from './errors';
import { workerIds } from '../mergedFiles';
import { MERGED_INTO } from '../../../shared/sync/merges';
import { storedSize } from '../../../shared/storage/space';
import { guardQuota } from '../../storage/space';
import { canonicalCodiceFiscale, personCandidates, withoutPersonKey } from '../personKey';

export interface WorkerRepository {
  /** Workers visible to the session (the caseload for a counselor, all for the coordinator). */
  list(): Promise<WorkerRecord[]>;
  /** The same workers as `list`, only what the list screen shows: read from the compact list table. */
  summaries(): Promise<WorkerSummary[]>;
  /** Read without auditing (internal use, live views of a file already opened). */
  get(id: string): Promise<WorkerRecord>;
  /** Open a worker file: audited. */
  open(id: string): Promise<WorkerRecord>;
  create(input: WorkerInput): Promise<WorkerRecord>;
  update(id: string, input: WorkerInput): Promise<WorkerRecord>;
  remove(id: string): Promise<void>;
  history(id: string): Promise<EventRecord[]>;
  recordConsent(id: string, given: boolean, occurredOn: string): Promise<void>;
  /** The visible or hidden worker whose codice fiscale is the same person's (omocodia included). */
  findSamePerson(codiceFiscale: string, exceptId?: string): Promise<WorkerRecord | undefined>;
  /** Everything held about a worker, for the right of access: audited as an export. */
  exportData(id: string, format: string): Promise<{ record: WorkerRecord; events: EventRecord[] }>;
  /** Erase personal data, leaving an anonymous statistical record and a tombstone. */
  erase(id: string, today: string, retentionMonths: number): Promise<void>;
}

/** The file with its withdrawal date set, or without one. */
function withWithdrawal(worker: Worker, consentWithdrawnOn: string | undefined): Worker {
  const { consentWithdrawnOn: _dropped, ...rest } = worker;
  return consentWithdrawnOn === undefined ? rest : { ...rest, consentWithdrawnOn };
}

export function createWorkerRepository(db: PcoDatabase, session: Session, codec: RecordCodec): WorkerRepository {
  const summarise = createWorkerSummariser(db, codec);
  const canSee = (row: { counselorId: string }) => withinScope(session, row);

  async function programmePeriods() {
    const programme = await db.programme.toCollection().first();
    return programme?.data.cigsPeriods ?? [];
  }

  async function visible(id: string): Promise<WorkerRecord> {
    const row = await db.workers.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    if (!canSee(row)) throw new NotAllowedError(id);
    return openWorker(codec, row);
  }

  /**
   * Live rows of `workers` or its list table, all of them or the session's scope. A plain read (one
   * getAll, or the counselor index) then a filter in memory: Dexie's `filter()` walks a cursor row by
   * row, several times slower at 30,000 workers.
   */
  async function liveRows<R extends { counselorId: string; deletedAt: string | null }>(table: Table<R, string>, scope: 'all' | 'visible'): Promise<R[]> {
    const rows = scope === 'visible' && session.role !== 'coordinator' ? await table.where('counselorId').equals(session.counselorId).toArray() : await table.toArray();
    return rows.filter((row) => !row.deletedAt);
  }

  async function findSamePerson(codiceFiscale: string, exceptId?: string): Promise<WorkerRecord | undefined> {
    const wanted = canonicalCodiceFiscale(codiceFiscale);
    if (wanted === undefined) return undefined;
    // Every live worker, in any caseload: only the rows with the same blind index are opened, and
    // the code each holds is compared again, so a chance collision of the index finds nobody.
    const rows = (await personCandidates(db, codec, wanted)).filter((row) => !row.deletedAt && row.id !== exceptId);
    for (const row of rows) {
      const record = await openWorker(codec, row);
      if (canonicalCodiceFiscale(record.data.codiceFiscale) === wanted) return record;
    }
    return undefined;
  }

  /** Counselors may only file workers into their own caseload; reassignment is the coordinator's. */
  function checkAssignment(worker: Worker, current?: WorkerRecord): void {
    if (session.role === 'coordinator') return;
    if (worker.counselorId !== session.counselorId || (current && current.counselorId !== worker.counselorId)) throw new NotAllowedError(current?.id ?? 'new');
  }

  async function history(id: string): Promise<EventRecord[]> {
    // A file merged into this one brought its history: its events still name its own id.
    const rows = await db.events.where('subjectId').anyOf(await workerIds(db, id)).toArray();
    const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
    return events.sort((a, b) => (a.occurredOn === b.occurredOn ? a.hlc.localeCompare(b.hlc) : a.occurredOn.localeCompare(b.occurredOn)));
  }

  const writeTables = [db.workers, db.events, db.meta, db.programme, db.audit];

  return {
    async list() {
      return Promise.all((await liveRows(db.workers, 'visible')).map((row) => openWorker(codec, row)));
    },

    async summaries() {
      return summarise(await liveRows(db.workerList, 'visible'));
    },

    get: visible,

    async open(id) {
      const record = await visible(id);
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'open', id));
        await session.persistClock();
      });
      return record;
    },

    async create(input) {
      const worker: Worker = workerSchema.parse(input);
      checkAssignment(worker);
      const duplicate = await findSamePerson(worker.codiceFiscale);
      if (duplicate) throw new DuplicatePersonError(duplicate.id);
      const id = uuidv7();
      const record = createRecord(id, worker, session.tick(), session.author());
      const row = await sealWorker(codec, record, await programmePeriods());
      const events = [
        // A file from the HR list is created before its person joins: it is dated the day it is made.
        newEvent(session, id, { kind: 'worker.created' }, worker.enrolmentDate ?? todayIso()),
        newEvent(session, id, { kind: 'worker.statusChanged', from: null, to: worker.status, exitReason: worker.exitReason, note: '' }, todayIso()),
        ...(worker.privacyConsentDate ? [newEvent(session, id, { kind: 'worker.consentRecorded', given: true }, worker.privacyConsentDate)] : []),
      ];
      const sealedEvents = await Promise.all(events.map((event) => sealEvent(codec, event)));
      // Out of space: the transaction is abandoned whole and the refusal names what the file weighs.
      await guardQuota(
        () => storedSize([row, sealedEvents]),
        () =>
          db.transaction('rw', writeTables, async () => {
            await db.workers.add(row);
            await db.events.bulkAdd(sealedEvents);
            await db.audit.add(auditEntry(session, 'create', id));
            await session.persistClock();
          }),
      );
      return openWorker(codec, row);
    },

    async update(id, input) {
      const current = await visible(id);
      // A withdrawal is recorded through `recordConsent` only: a form opened before it keeps no say.
      const worker: Worker = withWithdrawal(workerSchema.parse(input), current.data.consentWithdrawnOn);
      checkAssignment(worker, current);
      const duplicate = await findSamePerson(worker.codiceFiscale, id);
      if (duplicate) throw new DuplicatePersonError(duplicate.id);
      const edited = editRecord(current, worker, session.tick(), session.author());
      if (edited === current) return current;
      const row = await sealWorker(codec, edited, await programmePeriods());
      const events: EventRecord[] = [];
      if (current.data.status !== worker.status || current.data.exitReason !== worker.exitReason) {
        events.push(newEvent(session, id, { kind: 'worker.statusChanged', from: current.data.status, to: worker.status, exitReason: worker.exitReason, note: '' }, todayIso()));
      }
      // A consent arrives: the first one, or a new one after a withdrawal.
      const consentArrives = !current.data.privacyConsentDate || participationOf(current.data) === 'consentWithdrawn';
      if (worker.privacyConsentDate && worker.privacyConsentDate !== current.data.privacyConsentDate && consentArrives) {
        events.push(newEvent(session, id, { kind: 'worker.consentRecorded', given: true }, worker.privacyConsentDate));
      }
      const sealedEvents = await Promise.all(events.map((event) => sealEvent(codec, event)));
      const changedFields = Object.keys(edited.clock).filter((key) => edited.clock[key] !== current.clock[key]);
      await guardQuota(
        () => storedSize([row, sealedEvents]),
        () =>
          db.transaction('rw', writeTables, async () => {
            await db.workers.put(row);
            if (sealedEvents.length > 0) await db.events.bulkAdd(sealedEvents);
            await db.audit.add(auditEntry(session, 'update', id, changedFields.join(',')));
            await session.persistClock();
          }),
      );
      return openWorker(codec, row);
    },

    async remove(id) {
      const current = await visible(id);
      const row = await sealWorker(codec, tombstone(current, session.tick(), session.author()), await programmePeriods());
      await db.transaction('rw', writeTables, async () => {
        await db.workers.put(row);
        await db.audit.add(auditEntry(session, 'delete', id));
        await session.persistClock();
      });
    },

    async history(id) {
      await visible(id);
      return history(id);
    },

    async recordConsent(id, given, occurredOn) {
      const current = await visible(id);
      if (!given && occurredOn < (current.data.enrolmentDate ?? '')) throw new NotEligibleError('consentBeforeEnrolment');
      // The file holds the consent in force (participation reads it); the event keeps the history.
      const next: Worker = given ? withWithdrawal({ ...current.data, privacyConsentDate: occurredOn }, undefined) : withWithdrawal(current.data, occurredOn);
      const row = await sealWorker(codec, editRecord(current, next, session.tick(), session.author()), await programmePeriods());
      const event = await sealEvent(codec, newEvent(session, id, { kind: 'worker.consentRecorded', given }, occurredOn));
      await db.transaction('rw', writeTables, async () => {
        await db.workers.put(row);
        await db.events.add(event);
        await db.audit.add(auditEntry(session, 'consent', id, given ? 'given' : 'withdrawn'));
        await session.persistClock();
      });
    },

    findSamePerson,

    async exportData(id, format) {
      const record = await visible(id);
      const events = await history(id);
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', id, format));
        await session.persistClock();
      });
      return { record, events };
    },

    async erase(id, today, retentionMonths) {
      const current = await visible(id);
      const events = await history(id);
      const eligibility = erasureEligibility(current.data, events, today, retentionMonths);
      if (!eligibility.eligible) throw new NotEligibleError(eligibility.reason, eligibility.availableOn);
      // A random v4 id: a v7 id would carry the erasure time and could be matched to the audit entry.
      // None for someone the reports never counted (see toStatisticalRecord).
      const statistical = toStatisticalRecord(current.data, events, { newId: crypto.randomUUID() });
      const hlc = session.tick();
      const author = session.author();
      // The tombstone keeps only the index columns; every field of the file is gone.
      // The blind index of the codice fiscale goes too (an opened record carries none, see openWorker).
      const erased: WorkerRow = { ...tombstone({ ...current, data: {} as Worker }, hlc, author), data: {}, sealed: null, status: current.status, primaryTrack: current.primaryTrack, counselorId: current.counselorId, cigsEnd: '' };
      const wipedEvents = await Promise.all(events.map((event) => sealEvent(codec, { ...event, payload: redactPayload(event.payload) })));
      // Candidacies, enrolments, action plans, ventures and CVs of the worker lose their text too.
      const related = await relatedErasure(db, session, codec, id);
      // So do the files merged into this one: the same person's, kept as pointers only.
      const absorbed = (await db.workers.bulkGet((await workerIds(db, id)).filter((other) => other !== id)))
        .filter((row): row is WorkerRow => row !== undefined)
        .map((row): WorkerRow => ({ ...withoutPersonKey(row), data: { [MERGED_INTO]: id } as Partial<Worker>, sealed: null, cigsEnd: '' }));
      await db.transaction('rw', [...writeTables, db.statistics, db.drafts, db.actionPlans, db.ventures], async () => {
        await db.workers.bulkPut([erased, ...absorbed]);
        await db.events.bulkPut([...wipedEvents, ...related.events]);
        await db.actionPlans.bulkPut(related.actionPlans);
        await db.ventures.bulkPut(related.ventures);
        if (statistical) await db.statistics.add(statistical);
        await db.drafts.delete(`worker:${id}`);
        await db.audit.add(auditEntry(session, 'erase', id));
        await session.persistClock();
      });
      codec.clear();
    },
  };
}
