// Whether opening the database will first upgrade it to this version's schema. An upgrade that
// builds an index over a regional programme's events takes a while, and the start-up screen says so
// instead of a bare "Caricamento…".
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from './schema';

/** Dexie stores version n as IndexedDB version n × 10. */
const IDB_VERSION_PER_SCHEMA = 10;

export async function upgradePending(factory: IDBFactory = indexedDB, name: string = DATABASE_NAME): Promise<boolean> {
  // Where the browser cannot list its databases, say nothing rather than guess.
  if (typeof factory.databases !== 'function') return false;
  const existing = (await factory.databases()).find((database) => database.name === name);
  return existing?.version !== undefined && existing.version < CURRENT_SCHEMA_VERSION * IDB_VERSION_PER_SCHEMA;
}
