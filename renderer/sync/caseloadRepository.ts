// Caseloads: which counselor follows which worker. The coordinator assigns and reassigns in bulk;
// each move is an ordinary field edit (counselorId, with its own HLC) so it merges and travels like
// any other, and the next bundle to the old counselor's laptop takes the worker away from it.
import { editRecord } from '../../shared/sync/record';
import type { Worker } from '../../shared/domain/worker';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { WorkerRow } from '../db/rows';
import { auditEntry, openWorker, sealWorker } from '../db/recordRows';
import { NotAllowedError } from '../db/repositories/errors';

export interface CaseloadSummary {
  readonly counselorId: string;
  readonly workers: number;
}

export interface CaseloadRepository {
  /** Live workers per counselor id. */
  summary(): Promise<CaseloadSummary[]>;
  /** Moves the workers to `counselorId`; returns how many actually moved. */
  reassign(workerIds: readonly string[], counselorId: string): Promise<number>;
  /** Moves each worker to its counselor (worker id → counselor id), all in one transaction; returns how many moved. */
  assign(assignments: ReadonlyMap<string, string>): Promise<number>;
}

export function createCaseloadRepository(db: PcoDatabase, session: Session, codec: RecordCodec): CaseloadRepository {
  return {
    async summary() {
      const counts = new Map<string, number>();
      await db.workers.filter((row: WorkerRow) => !row.deletedAt).each((row) => counts.set(row.counselorId, (counts.get(row.counselorId) ?? 0) + 1));
      return [...counts].map(([counselorId, workers]) => ({ counselorId, workers }));
    },

    reassign(workerIds, counselorId) {
      return assign(new Map(workerIds.map((id) => [id, counselorId])));
    },

    assign,
  };

  async function assign(assignments: ReadonlyMap<string, string>): Promise<number> {
    if (session.role !== 'coordinator') throw new NotAllowedError('caseload', 'role');
    for (const counselorId of new Set(assignments.values())) if (!(await db.counselors.get(counselorId))) throw new NotAllowedError(counselorId);
    const programme = await db.programme.toCollection().first();
    const periods = programme?.data.cigsPeriods ?? [];
    const rows = (await db.workers.bulkGet([...assignments.keys()])).filter((row): row is WorkerRow => row !== undefined && !row.deletedAt && row.counselorId !== assignments.get(row.id));
    const hlc = session.tick();
    const author = session.author();
    const moved = await Promise.all(
      rows.map(async (row) => {
        const current = await openWorker(codec, row);
        const next: Worker = { ...current.data, counselorId: assignments.get(row.id) ?? current.data.counselorId };
        return sealWorker(codec, editRecord(current, next, hlc, author), periods);
      }),
    );
    if (moved.length === 0) return 0;
    await db.transaction('rw', [db.workers, db.audit, db.meta], async () => {
      await db.workers.bulkPut(moved);
      await db.audit.bulkAdd(moved.map((row) => auditEntry(session, 'update', row.id, 'counselorId')));
      await session.persistClock();
    });
    return moved.length;
  }
}
