// Self-employment projects (progetti di impresa) of the workers. The idea and the funding
// applications are sealed; the worker id stays in clear as an index. Marking the launch done makes
// the worker self-employed through the worker repository, which records the status event. A
// counselor reaches only the ventures of their caseload. Deleting a venture leaves a tombstone and
// does not change the worker's status (a launched business may live on without its project file).
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import { ventureSchema, type Venture } from '../../../shared/domain/casework';
import { createRecord, editRecord, tombstone, type VersionedRecord } from '../../../shared/sync/record';
import { todayIso } from '../../../shared/time/dates';
import { allMilestones, launchedNow, ventureIssues } from '../../../shared/retraining/venture';
import { statusWhenLaunched, type StatusChange } from '../../../shared/retraining/status';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { VentureRow } from '../rows';
import type { Session } from '../session';
import { auditEntry } from '../recordRows';
import type { WorkerRepository } from './workerRepository';
import { NotAllowedError, NotEligibleError, RecordNotFoundError } from './errors';
import { workerIds } from '../mergedFiles';
import { sealRecord } from '../storedRows';

export type VentureInput = z.input<typeof ventureSchema>;
export type VentureRecord = VersionedRecord<Venture>;
export interface VentureSaved {
  record: VentureRecord;
  statusChange?: StatusChange;
}

export interface VentureRepository {
  listOfWorker(workerId: string): Promise<VentureRecord[]>;
  get(id: string): Promise<VentureRecord>;
  create(input: VentureInput): Promise<VentureSaved>;
  update(id: string, input: VentureInput): Promise<VentureSaved>;
  /** Tombstones the venture; audited on the worker's file. */
  remove(id: string): Promise<void>;
}

/** What a venture has recorded so far (milestones done, funding entered): the confirmation names it. */
export function ventureHistory(venture: Venture): { milestonesDone: number; funding: number } {
  return { milestonesDone: venture.milestones.filter((milestone) => Boolean(milestone.doneOn)).length, funding: venture.funding.length };
}

/** The business idea and who funds it are the worker's own plans: sealed at rest. */

export const sealVenture = (codec: RecordCodec, record: VentureRecord): Promise<VentureRow> => sealRecord(codec, 'ventures', record);

export function createVentureRepository(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository, today: () => string = todayIso): VentureRepository {
  async function checkWorker(workerId: string): Promise<void> {
    const row = await db.workers.get(workerId);
    if (!row || row.deletedAt) throw new RecordNotFoundError(workerId);
    if (session.role !== 'coordinator' && row.counselorId !== session.counselorId) throw new NotAllowedError(workerId);
  }

  async function visible(id: string): Promise<VentureRecord> {
    const row = await db.ventures.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    const record = await codec.open('ventures', row);
    await checkWorker(record.data.workerId);
    return record;
  }

  function validate(input: VentureInput): Venture {
    const parsed = ventureSchema.parse(input);
    const venture = { ...parsed, milestones: allMilestones(parsed.milestones) };
    const [issue] = ventureIssues(venture, today());
    if (issue) throw new NotEligibleError(issue.message);
    return venture;
  }

  async function write(record: VentureRecord, action: 'create' | 'update', before: Venture | undefined): Promise<VentureSaved> {
    const row = await sealVenture(codec, record);
    const workerId = record.data.workerId;
    await db.transaction('rw', [db.ventures, db.audit, db.meta], async () => {
      await db.ventures.put(row);
      await db.audit.add(auditEntry(session, 'update', workerId, action === 'create' ? 'venture' : 'venture.update'));
      await session.persistClock();
    });
    if (!launchedNow(before, record.data)) return { record };
    const worker = await workers.get(workerId);
    const to = statusWhenLaunched(worker.data.status);
    if (!to) return { record };
    // A worker who starts a business is in the programme again as self-employed: no exit reason.
    await workers.update(workerId, { ...worker.data, status: to, exitReason: undefined });
    return { record, statusChange: { from: worker.data.status, to } };
  }

  return {
    async listOfWorker(workerId) {
      await checkWorker(workerId);
      const rows = await db.ventures.where('workerId').anyOf(await workerIds(db, workerId)).toArray();
      const records = await Promise.all(rows.filter((row) => !row.deletedAt).map((row) => codec.open('ventures', row)));
      return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    get: visible,

    async create(input) {
      const venture = validate(input);
      await checkWorker(venture.workerId);
      return write(createRecord(uuidv7(), venture, session.tick(), session.author()), 'create', undefined);
    },

    async update(id, input) {
      const venture = validate(input);
      const current = await visible(id);
      if (current.data.workerId !== venture.workerId) throw new NotAllowedError(id);
      const edited = editRecord(current, venture, session.tick(), session.author());
      if (edited === current) return { record: current };
      return write(edited, 'update', current.data);
    },

    async remove(id) {
      const current = await visible(id);
      const row = await sealVenture(codec, tombstone(current, session.tick(), session.author()));
      await db.transaction('rw', [db.ventures, db.audit, db.meta], async () => {
        await db.ventures.put(row);
        await db.audit.add(auditEntry(session, 'update', current.data.workerId, 'venture.delete'));
        await session.persistClock();
      });
    },
  };
}
