// A store kept in step with another inside the same transactions (the worker list with `workers`,
// the reports' event cache in `meta` with `events`): every read-write transaction that touches the
// source also covers the companion, and the source's table is wrapped to write both. Schema upgrades
// are left alone (they fill derived stores themselves, and older versions may lack the companion).
import type { DBCore, DBCoreTable, DBCoreTransaction } from 'dexie';

export const upgrading = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

export function withCompanionStore(down: DBCore, source: string, companion: string, wrap: (source: DBCoreTable, companion: DBCoreTable) => DBCoreTable): DBCore {
  // Stacks are also built for the intermediate schemas of an upgrade, which may lack the companion.
  const present = down.schema.tables.some((table) => table.name === companion);
  return {
    ...down,
    transaction(stores, mode, options) {
      const widened = present && mode === 'readwrite' && stores.includes(source) && !stores.includes(companion) ? [...stores, companion] : stores;
      return down.transaction(widened, mode, options);
    },
    table: (name) => (name === source && present ? wrap(down.table(name), down.table(companion)) : down.table(name)),
  };
}
