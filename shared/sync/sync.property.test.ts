// Three laptops and the coordinator on the in-memory store: the sync store contract, with its
// convergence property (shared/sync/storeContract.ts). The Dexie store runs the same kit in
// renderer/sync/dexieSyncStore.test.ts. PCO_PROPERTY_RUNS sets the property's runs (default 25).
import { describeSyncStoreContract } from './storeContract';
import { propertyRuns } from '../../test/propertyRuns';
import { memoryStores } from './storeMemory';

describeSyncStoreContract(memoryStores, { numRuns: propertyRuns(25), msPerRun: 7_000 });
