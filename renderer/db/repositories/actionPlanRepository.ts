// The action plan (piano d'azione individuale / patto di servizio): one edited record per worker.
// Its id is the worker's id, so two laptops that start a plan for the same worker offline write
// the same record and sync merges it field by field instead of leaving two plans.
// Goals and activities are sealed whole: their texts, titles and owners are personal free text,
// and nothing indexes their dates (the agenda reads plans after unlock, like every sealed field).
import type { z } from 'zod';
import { actionPlanSchema, type ActionPlan } from '../../../shared/domain/casework';
import { createRecord, editRecord, type VersionedRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { ActionPlanRow } from '../rows';
import type { Session } from '../session';
import { auditEntry } from '../recordRows';
import type { WorkerRepository } from './workerRepository';
import { sealRecord } from '../storedRows';


export type ActionPlanInput = Omit<z.input<typeof actionPlanSchema>, 'workerId'>;
export type ActionPlanRecord = VersionedRecord<ActionPlan>;

export interface ActionPlanRepository {
  /** The worker's plan, or undefined when none was written yet. */
  get(workerId: string): Promise<ActionPlanRecord | undefined>;
  /** Creates or edits the worker's plan; only changed fields get a new HLC. */
  save(workerId: string, input: ActionPlanInput): Promise<ActionPlanRecord>;
  /** Plans of every worker the session may see (the agenda). */
  listVisible(): Promise<ActionPlanRecord[]>;
}

/** Sealed row with its index column (schema v4: `workerId`), which erasure and sync look plans up by. */
export function sealActionPlan(codec: RecordCodec, record: ActionPlanRecord): Promise<ActionPlanRow & { workerId: string }> {
  return sealRecord(codec, 'actionPlans', record);
}
export function openActionPlan(codec: RecordCodec, row: ActionPlanRow): Promise<ActionPlanRecord> {
  // The index column is a copy of `data.workerId`: the record handed out is the plan alone.
  const { workerId: _index, ...stored } = row as ActionPlanRow & { workerId?: string };
  return codec.open<ActionPlan>('actionPlans', stored);
}

export function createActionPlanRepository(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository): ActionPlanRepository {
  async function stored(workerId: string): Promise<ActionPlanRecord | undefined> {
    const row = await db.actionPlans.get(workerId);
    return row && !row.deletedAt ? openActionPlan(codec, row) : undefined;
  }

  return {
    async get(workerId) {
      // Read before the scope check decrypts: a live query observes only what it reads before
      // its first non-Dexie await (WebCrypto).
      const row = await db.actionPlans.get(workerId);
      await workers.get(workerId);
      return row && !row.deletedAt ? openActionPlan(codec, row) : undefined;
    },

    async save(workerId, input) {
      const plan = actionPlanSchema.parse({ ...input, workerId });
      await workers.get(workerId);
      const current = await stored(workerId);
      const record = current ? editRecord(current, plan, session.tick(), session.author()) : createRecord(workerId, plan, session.tick(), session.author());
      if (record === current) return current;
      const row = await sealActionPlan(codec, record);
      await db.transaction('rw', [db.actionPlans, db.audit, db.meta], async () => {
        await db.actionPlans.put(row);
        // Audited on the worker's file: the plan is part of it.
        await db.audit.add(auditEntry(session, 'update', workerId, 'actionPlan'));
        await session.persistClock();
      });
      return record;
    },

    async listVisible() {
      const rows = await db.actionPlans.filter((row) => !row.deletedAt).toArray();
      const visible = new Set((await workers.list()).map((worker) => worker.id));
      return Promise.all(rows.filter((row) => visible.has(row.id)).map((row) => openActionPlan(codec, row)));
    },
  };
}
