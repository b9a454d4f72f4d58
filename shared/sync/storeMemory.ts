// The sync store contract on the in-memory laptops of testing.ts: sketches of records (a worker is
// { surname, phone, notes, counselorId }) merged by the sync core and applied by the reference
// in-memory apply. The Dexie store (renderer/sync/dexieSyncStore.ts) must behave the same.
import { addInterview, create, createWorld, edit, exportBundle, find, importBundle, remove, type Laptop, type World } from './testing';
import type { SyncStore, SyncStoreFactory, SyncWorld, WorkerField } from './store';

/** Fixed ids, so a failing run prints the same ones again. */
const workerId = (index: number) => `0190a1b2-0000-7000-8000-${String(index).padStart(12, '0')}`;
const employerId = (index: number) => `0190a1b2-0000-7000-8000-${String(100 + index).padStart(12, '0')}`;

function memoryStore(world: World, l: Laptop, laptopOf: (store: SyncStore) => Laptop): SyncStore {
  // A sketch laptop may change any record it holds, a tombstone included.
  const holds = (id: string) => find(l, 'workers', id) !== undefined;
  let employers = 0;
  return {
    deviceId: l.deviceId,
    counselorId: l.counselorId,
    role: l.role,
    createWorker(index, counselorId) {
      const id = workerId(index);
      create(world, l, 'workers', id, { surname: `W${index}`, phone: '', notes: '', counselorId });
      return Promise.resolve(id);
    },
    editWorker: (id, field: WorkerField, value) => Promise.resolve(holds(id) && edit(world, l, 'workers', id, { [field]: value })),
    setPlanGoal(id, goal) {
      if (!holds(id)) return Promise.resolve(false);
      // The plan's id is its worker's, as in the app: two laptops starting one offline write one record.
      if (!edit(world, l, 'actionPlans', id, { goal })) create(world, l, 'actionPlans', id, { workerId: id, goal });
      return Promise.resolve(true);
    },
    deleteWorker: (id) => Promise.resolve(remove(world, l, 'workers', id)),
    recordInterview(id, notes) {
      if (!holds(id)) return Promise.resolve(false);
      addInterview(world, l, id, notes);
      return Promise.resolve(true);
    },
    reassign: (id, counselorId) => Promise.resolve(edit(world, l, 'workers', id, { counselorId })),
    createEmployer(name) {
      const id = employerId(employers++);
      create(world, l, 'employers', id, { name });
      return Promise.resolve(id);
    },
    renameEmployer: (id, name) => Promise.resolve(edit(world, l, 'employers', id, { name })),
    exportTo: (to) => exportBundle(world, l, laptopOf(to)),
    async importBundle(bytes) {
      const { decoded } = await importBundle(world, l, bytes);
      if (!decoded.ok) return { ok: false, reason: decoded.reason };
      return { ok: true, records: Object.values(decoded.bundle.content.records).flatMap((rows) => [...(rows ?? [])]) };
    },
    read: () => Promise.resolve(l.state),
  };
}

export const memoryStores: SyncStoreFactory = {
  name: 'memory',
  async createWorld(counselorCount) {
    const world = await createWorld(counselorCount);
    const laptops = new Map<SyncStore, Laptop>();
    const laptopOf = (store: SyncStore): Laptop => {
      const found = laptops.get(store);
      if (!found) throw new Error(`not a laptop of this world: ${store.deviceId}`);
      return found;
    };
    const wrap = (l: Laptop) => {
      const store = memoryStore(world, l, laptopOf);
      laptops.set(store, l);
      return store;
    };
    const syncWorld: SyncWorld = {
      coordinator: wrap(world.coordinator),
      counselors: world.counselors.map(wrap),
      advance: (ms) => {
        world.now += ms;
      },
      dispose: () => Promise.resolve(),
    };
    return syncWorld;
  },
};
