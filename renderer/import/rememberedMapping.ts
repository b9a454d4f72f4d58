// The column choices of the last import of each kind, by folded header, kept on this laptop (meta):
// the next file from the same HR system maps itself.
import type { ColumnTarget } from '../../shared/import/headers';
import type { PcoDatabase } from '../db/database';
import type { ImportEntityName } from './entities';

const key = (entity: ImportEntityName) => `import:mapping:${entity}`;

export async function readRememberedMapping<F extends string>(db: PcoDatabase, entity: ImportEntityName, fields: readonly F[]): Promise<Record<string, ColumnTarget<F>>> {
  const stored = (await db.meta.get(key(entity)))?.value;
  if (typeof stored !== 'object' || stored === null) return {};
  const known = new Set<string>([...fields, 'notes', 'ignore']);
  return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, ColumnTarget<F>] => typeof entry[1] === 'string' && known.has(entry[1])));
}

export async function rememberMapping<F extends string>(db: PcoDatabase, entity: ImportEntityName, mapping: Readonly<Record<string, ColumnTarget<F>>>): Promise<void> {
  const before = (await db.meta.get(key(entity)))?.value;
  await db.meta.put({ key: key(entity), value: { ...(typeof before === 'object' && before !== null ? before : {}), ...mapping } });
}
