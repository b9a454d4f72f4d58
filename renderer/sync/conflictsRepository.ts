// The coordinator's review of field conflicts: each losing value with the current one, who wrote
// it and when. Restoring is a new local edit (new HLC) that puts the losing value back; dismissing
// only marks the conflict as reviewed. Review state is local to this laptop.
import { editRecord } from '../../shared/sync/record';
import { parseTimestamp, type SyncTable } from '../../shared/sync';
import { NotAllowedError, RecordNotFoundError } from '../db/repositories/errors';
import type { SyncContext } from './exportBundle';
import { openConflict, type StoredConflictRow } from './localData';
import { openSyncRow, programmePeriods, sealSyncRecord, syncTable } from './tables';

export interface ConflictView {
  readonly id: string;
  readonly table: SyncTable;
  readonly recordId: string;
  readonly field: string;
  /** What the user recognises the record by: a worker's name, an employer's name, else its id. */
  readonly title: string;
  readonly lost: unknown;
  readonly current: unknown;
  /** Origin device of the losing value. */
  readonly origin: string;
  /** Wall time of the losing write, ISO. */
  readonly lostAt: string;
  readonly resolvedAt: string | null;
  readonly resolution: 'restored' | 'dismissed' | null;
  /** The winner was written by a laptop that had already seen this value: an overwrite after a sync. */
  readonly overwrite: boolean;
}

export interface ConflictFilter {
  readonly includeResolved: boolean;
  /** Overwrites after a sync are most likely deliberate: hidden unless asked for. */
  readonly includeOverwrites: boolean;
}

export interface ConflictsRepository {
  list(filter: ConflictFilter): Promise<ConflictView[]>;
  restore(id: string): Promise<void>;
  dismiss(id: string): Promise<void>;
}

function titleOf(data: Record<string, unknown>, id: string): string {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  return [text('surname'), text('name')].filter(Boolean).join(' ') || text('legalName') || text('displayName') || text('role') || text('label') || id.slice(0, 8);
}

export function createConflictsRepository(ctx: SyncContext): ConflictsRepository {
  const { db, session, codec } = ctx;
  const requireCoordinator = () => {
    if (session.role !== 'coordinator') throw new NotAllowedError('conflicts', 'role');
  };

  async function current(table: SyncTable, recordId: string) {
    const row = await syncTable(db, table).get(recordId);
    return row ? openSyncRow(codec, table, row) : undefined;
  }

  async function mark(id: string, resolution: 'restored' | 'dismissed'): Promise<void> {
    await db.conflicts.update(id, { resolvedAt: session.author().nowIso, resolution });
  }

  return {
    async list({ includeResolved, includeOverwrites }) {
      const rows = (await db.conflicts.toArray() as StoredConflictRow[]).filter(
        (row) => row.differs && (includeResolved || row.resolvedAt === null) && (includeOverwrites || row.seenByWinner !== true),
      );
      const views = await Promise.all(
        rows.map(async (row) => {
          const conflict = await openConflict(codec, row);
          const record = await current(conflict.table, conflict.recordId);
          return {
            id: row.id,
            table: conflict.table,
            recordId: row.recordId,
            field: row.field,
            title: titleOf(record?.data ?? {}, row.recordId),
            lost: conflict.value,
            current: record?.data[row.field],
            origin: row.origin,
            lostAt: new Date(parseTimestamp(row.hlc).millis).toISOString(),
            resolvedAt: row.resolvedAt,
            resolution: row.resolution,
            overwrite: row.seenByWinner === true,
          };
        }),
      );
      return views.sort((a, b) => b.lostAt.localeCompare(a.lostAt));
    },

    async restore(id) {
      requireCoordinator();
      const row = await db.conflicts.get(id);
      if (!row) throw new RecordNotFoundError(id);
      const conflict = await openConflict(codec, row);
      const record = await current(conflict.table, conflict.recordId);
      if (!record) throw new RecordNotFoundError(conflict.recordId);
      const edited = editRecord(record, { ...record.data, [conflict.field]: conflict.value }, session.tick(), session.author());
      const sealed = await sealSyncRecord(codec, conflict.table, edited, await programmePeriods(db));
      await db.transaction('rw', [syncTable(db, conflict.table), db.conflicts, db.meta], async () => {
        await syncTable(db, conflict.table).put(sealed);
        await mark(id, 'restored');
        await session.persistClock();
      });
    },

    async dismiss(id) {
      requireCoordinator();
      await mark(id, 'dismissed');
    },
  };
}
