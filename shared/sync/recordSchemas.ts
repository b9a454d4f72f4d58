// What a record's `data` must look like, per table: the entity's own zod schema, the single source
// of truth the forms use. A signed bundle from a known laptop is still checked field by field, so a
// bug or a hand-edited file on one laptop cannot plant malformed rows in everyone's database.
import { SYNCED_KINDS } from './registry';
import type { AnyRecord, SyncTable } from './types';

/**
 * Why a record's data is not valid for its table, or null when it is. A tombstone is checked only
 * for being an object: an erased worker's tombstone deliberately holds no field.
 */
export function recordDataProblem(table: SyncTable, record: AnyRecord): string | null {
  if (record.deletedAt !== null) return null;
  const parsed = SYNCED_KINDS[table].schema.safeParse(record.data);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${table} ${record.id}: ${issue?.path.join('.') || 'data'} ${issue?.message ?? 'invalid'}`;
}
