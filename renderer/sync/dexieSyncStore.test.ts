// The renderer's Dexie database (fake IndexedDB) passes the sync store contract: the same
// example tests and three-laptop convergence property as the in-memory store
// (shared/sync/sync.property.test.ts), through the real repositories, export, import and apply.
// PCO_PROPERTY_RUNS sets the property's runs (default 10: each run is about a second of real crypto).
import { describeSyncStoreContract } from '../../shared/sync/storeContract';
import { propertyRuns } from '../../test/propertyRuns';
import { dexieStores } from './dexieSyncStore';

describeSyncStoreContract(dexieStores(), {
  numRuns: propertyRuns(10),
  msPerRun: 30_000,
  setupTimeoutMs: 120_000,
});
