// Doppioni: worker files that are the same person (two counselors registered them offline, or an
// import met a file typed by hand), and the coordinator's merge of two of them. The merge is two
// record versions written in one transaction (shared/sync/merges.ts): the survivor with the chosen
// values, the other file a tombstone pointing to it; both travel in bundles like any edit.
import type { Worker } from '../../../shared/domain/worker';
import { workerSchema } from '../../../shared/domain/worker';
import { personKey, samePersonGroups } from '../../../shared/domain/samePerson';
import { differingFields, mergeFiles, type MergeChoices } from '../../../shared/sync/merges';
import { createRecord, editRecord, tombstone, type VersionedRecord } from '../../../shared/sync/record';
import type { ActionPlan } from '../../../shared/domain/casework';
import type { ActionPlanRow } from '../../db/rows';
import { openActionPlan, sealActionPlan } from '../../db/repositories/actionPlanRepository';
import type { PcoDatabase } from '../../db/database';
import type { RecordCodec } from '../../db/codec';
import type { Session } from '../../db/session';
import type { WorkerRecord } from '../../db/rows';
import type { WorkerSummary } from '../../db/workerList';
import type { WorkerRepository } from '../../db/repositories/workerRepository';
import { auditEntry, sealWorker } from '../../db/recordRows';
import { NotAllowedError, NotEligibleError } from '../../db/repositories/errors';

export interface FieldChoice {
  readonly field: string;
  readonly survivor: unknown;
  readonly absorbed: unknown;
  /** Which side wrote its value last: the default choice. */
  readonly newer: 'survivor' | 'absorbed';
}

export interface MergePlan {
  readonly survivor: WorkerRecord;
  readonly absorbed: WorkerRecord;
  readonly fields: readonly FieldChoice[];
}

export interface DuplicatesRepository {
  /** Groups of live files of one person (coordinator only; a counselor sees none). */
  groups(): Promise<WorkerSummary[][]>;
  /** The two files side by side, field by field where they differ. */
  plan(survivorId: string, absorbedId: string): Promise<MergePlan>;
  /** Merges `absorbedId` into `survivorId`, keeping per field the side chosen (the newer by default). */
  merge(survivorId: string, absorbedId: string, choices: MergeChoices): Promise<void>;
}

/** One plan of the survivor out of two: goals and activities of both (by id), the survivor's signature first. */
export function combinePlans(survivor: ActionPlan | undefined, absorbed: ActionPlan, survivorId: string): ActionPlan {
  const union = <T extends { id: string }>(first: readonly T[], second: readonly T[]) => [...first, ...second.filter((item) => !first.some((kept) => kept.id === item.id))];
  return { workerId: survivorId, goals: union(survivor?.goals ?? [], absorbed.goals), activities: union(survivor?.activities ?? [], absorbed.activities), signedOn: survivor?.signedOn ?? absorbed.signedOn };
}

/** The survivor's plan after the merge (its id is the worker's) and the absorbed plan's tombstone: rows to write. */
async function mergedPlans(db: PcoDatabase, codec: RecordCodec, session: Session, survivorId: string, absorbedId: string): Promise<ActionPlanRow[]> {
  const [survivorRow, absorbedRow] = await Promise.all([db.actionPlans.get(survivorId), db.actionPlans.get(absorbedId)]);
  if (!absorbedRow || absorbedRow.deletedAt) return [];
  const absorbed = await openActionPlan(codec, absorbedRow);
  const survivor = survivorRow && !survivorRow.deletedAt ? await openActionPlan(codec, survivorRow) : undefined;
  const combined = combinePlans(survivor?.data, absorbed.data, survivorId);
  const record = survivor ? editRecord(survivor, combined, session.tick(), session.author()) : createRecord(survivorId, combined, session.tick(), session.author());
  return [await sealActionPlan(codec, record), await sealActionPlan(codec, tombstone(absorbed, session.tick(), session.author()))];
}

export function createDuplicatesRepository(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository): DuplicatesRepository {
  const coordinatorOnly = (id: string) => {
    if (session.role !== 'coordinator') throw new NotAllowedError(id, 'role');
  };

  async function pair(survivorId: string, absorbedId: string): Promise<{ survivor: WorkerRecord; absorbed: WorkerRecord }> {
    coordinatorOnly(survivorId);
    if (survivorId === absorbedId) throw new NotEligibleError('mergeSameFile');
    const [survivor, absorbed] = await Promise.all([workers.get(survivorId), workers.get(absorbedId)]);
    const key = personKey(survivor.data.codiceFiscale);
    if (key === undefined || key !== personKey(absorbed.data.codiceFiscale)) throw new NotEligibleError('mergeOtherPerson');
    return { survivor, absorbed };
  }

  return {
    async groups() {
      if (session.role !== 'coordinator') return [];
      return samePersonGroups(await workers.summaries());
    },

    async plan(survivorId, absorbedId) {
      const { survivor, absorbed } = await pair(survivorId, absorbedId);
      const fields = differingFields(survivor, absorbed).map(({ field, newer }) => ({ field, newer, survivor: survivor.data[field as keyof Worker], absorbed: absorbed.data[field as keyof Worker] }));
      return { survivor, absorbed, fields };
    },

    async merge(survivorId, absorbedId, choices) {
      const { survivor, absorbed } = await pair(survivorId, absorbedId);
      const merged = mergeFiles(survivor, absorbed, choices, session.tick(), session.author());
      // The survivor is a whole file again, checked like any save (its fields come from two valid files).
      const survivorData: Worker = workerSchema.parse(merged.survivor.data);
      const programme = await db.programme.toCollection().first();
      const periods = programme?.data.cigsPeriods ?? [];
      const survivorRow = await sealWorker(codec, { ...merged.survivor, data: survivorData }, periods);
      // The tombstone keeps the absorbed file's fields beside its pointer (mergeFiles): the same shape plus one field.
      const absorbedRow = await sealWorker(codec, merged.absorbed as VersionedRecord<Worker>, periods);
      // A plan's id is its worker's: the survivor's plan takes both plans' goals and activities.
      const plans = await mergedPlans(db, codec, session, survivorId, absorbedId);
      await db.transaction('rw', [db.workers, db.actionPlans, db.audit, db.meta], async () => {
        await db.workers.bulkPut([survivorRow, absorbedRow]);
        if (plans.length > 0) await db.actionPlans.bulkPut(plans);
        await db.audit.add(auditEntry(session, 'merge', survivorId, `absorbed:${absorbedId}`));
        await session.persistClock();
      });
    },
  };
}
