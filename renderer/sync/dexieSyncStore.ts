// The sync store contract (shared/sync/store.ts) on the renderer's Dexie database, on fake
// IndexedDB in tests: changes go through the repositories the screens use (validated worker
// files, plans, interviews, tombstones, the caseload reassignment), bundles through the real
// export, import and apply code, between laptops joined with enrolment files and real keys.
// Joining derives a key from a passphrase (Argon2id): the programme is made once per factory and
// each world is a copy of its four databases, so a property can make hundreds of worlds.
import type { AnyRecord } from '../../shared/sync';
import type { SyncStore, SyncStoreFactory, SyncWorld } from '../../shared/sync/store';
import { todayIso } from '../../shared/time/dates';
import { sampleWorker } from '../../test/fixtures/workers';
import { sampleEmployer } from '../employers/testFixtures';
import { createMemoryBridge } from '../platform/memory/bridge';
import { createRecordCodec } from '../db/codec';
import { freshDatabase, testCodec } from '../db/testing';
import { setUpEmpty } from '../db/setup';
import { openSession, type LocalUser } from '../db/session';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { createActionPlanRepository } from '../db/repositories/actionPlanRepository';
import { createInterviewRepository } from '../db/repositories/interviewRepository';
import { createEmployerRepository } from '../db/repositories/employerRepository';
import { createProgrammeRepository } from '../db/repositories/programmeRepository';
import { NotAllowedError, RecordNotFoundError } from '../db/repositories/errors';
import { createCaseloadRepository } from './caseloadRepository';
import { setUpProgrammeKeys } from './programmeSetup';
import { prepareExport, recordExport, type SyncContext } from './exportBundle';
import { prepareImport } from './importBundle';
import { applyImport } from './applyBundle';
import { loadSyncData, openConflicts } from './localData';
import { joinLaptop, receive, send } from './testing';

const SURNAMES = ['Bianchi', 'Russo', 'Ferrari', 'Esposito', 'Romano', 'Colombo'];

/** False for a change the app refuses to this laptop (a worker it does not hold or may not touch). */
async function allowed(change: () => Promise<unknown>): Promise<boolean> {
  try {
    await change();
    return true;
  } catch (error) {
    if (error instanceof RecordNotFoundError || error instanceof NotAllowedError) return false;
    throw error;
  }
}

export function dexieStore(ctx: SyncContext): SyncStore {
  const { db, session, codec } = ctx;
  const workers = createWorkerRepository(db, session, codec);
  const plans = createActionPlanRepository(db, session, codec, workers);
  const interviews = createInterviewRepository(db, session, codec, workers);
  const employers = createEmployerRepository(db, session, codec);
  const caseloads = createCaseloadRepository(db, session, codec);
  return {
    deviceId: session.deviceId,
    counselorId: session.counselorId,
    role: session.role,
    async createWorker(index, counselorId) {
      // A distinct birth date gives each file its own codice fiscale (the same person is refused).
      const birthDate = `19${String(50 + (index % 50)).padStart(2, '0')}-04-12`;
      const surname = `${SURNAMES[index % SURNAMES.length] ?? 'Rossi'}${index >= SURNAMES.length ? 'o'.repeat(Math.floor(index / SURNAMES.length)) : ''}`;
      return (await workers.create(sampleWorker({ surname, birthDate, counselorId, notes: '' }))).id;
    },
    editWorker: (workerId, field, value) =>
      allowed(async () => {
        const current = await workers.get(workerId);
        await workers.update(workerId, { ...current.data, [field]: value });
      }),
    setPlanGoal: (workerId, goal) => allowed(() => plans.save(workerId, { goals: [{ id: 'goal-1', text: goal }] })),
    deleteWorker: (workerId) => allowed(() => workers.remove(workerId)),
    recordInterview: (workerId, notes) => allowed(() => interviews.record(workerId, { occurredOn: todayIso(), interviewType: 'follow_up', durationMinutes: 30, notes })),
    async reassign(workerId, counselorId) {
      if ((await caseloads.reassign([workerId], counselorId)) > 0) return true;
      const row = await db.workers.get(workerId);
      return row !== undefined && !row.deletedAt;
    },
    async createEmployer(name) {
      return (await employers.create(sampleEmployer({ legalName: name }))).id;
    },
    renameEmployer: (employerId, name) =>
      allowed(async () => {
        const current = await employers.get(employerId);
        await employers.update(employerId, { ...current.data, legalName: name });
      }),
    async exportTo(to) {
      const prepared = await prepareExport(ctx, to.deviceId);
      await recordExport(ctx, prepared, prepared.fileName);
      return prepared.bytes;
    },
    async importBundle(bytes) {
      const outcome = await prepareImport(ctx, bytes, 'contract.pcobundle');
      if (!outcome.ok) return { ok: false, reason: outcome.reason };
      await applyImport(ctx, outcome);
      const records: AnyRecord[] = Object.values(outcome.bundle.content.records).flatMap((rows) => [...(rows ?? [])]);
      return { ok: true, records };
    },
    async read() {
      return { ...(await loadSyncData(ctx)), conflicts: await openConflicts(ctx) };
    },
  };
}

/** A programme on fake IndexedDB: the coordinator and `counselorCount` laptops joined and registered both ways. */
async function makeProgramme(counselorCount: number): Promise<SyncContext[]> {
  const db = freshDatabase();
  const codec = await testCodec();
  const session = await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO contratto');
  const coordinator: SyncContext = { db, session, codec };
  await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
  const programme = createProgrammeRepository(db, session, codec);
  const bridge = createMemoryBridge();
  const laptops: SyncContext[] = [];
  for (let i = 1; i <= counselorCount; i++) {
    const counselor = await programme.addCounselor({ displayName: `Operatore ${i}`, role: 'counselor' });
    laptops.push(await joinLaptop(coordinator, bridge, counselor.id, `Portatile ${i}`));
  }
  // Every laptop announces itself, then every one hears back: each holds every device record.
  for (const laptop of laptops) expectApplied(await receive(coordinator, await send(laptop, coordinator)));
  for (const laptop of laptops) expectApplied(await receive(laptop, await send(coordinator, laptop)));
  return [coordinator, ...laptops];
}

function expectApplied(outcome: { ok: boolean }): void {
  if (!outcome.ok) throw new Error('a bundle of the programme set-up was refused');
}

/** A laptop again, in a new database holding a copy of every row, with its own session and codec. */
async function copyOf(template: SyncContext): Promise<SyncContext> {
  const rows = await Promise.all(template.db.tables.map(async (table) => ({ name: table.name, rows: await table.toArray() })));
  const db = freshDatabase();
  await db.transaction('rw', db.tables, async () => {
    for (const { name, rows: copied } of rows) await db.table(name).bulkPut(copied);
  });
  const user: LocalUser = { counselorId: template.session.counselorId, role: template.session.role };
  return { db, session: await openSession(db, user), codec: createRecordCodec(template.codec.dataKey) };
}

export function dexieStores(): SyncStoreFactory {
  const programmes = new Map<number, Promise<SyncContext[]>>();
  return {
    name: 'Dexie (fake IndexedDB)',
    async createWorld(counselorCount) {
      let programme = programmes.get(counselorCount);
      if (!programme) {
        programme = makeProgramme(counselorCount);
        programmes.set(counselorCount, programme);
      }
      const contexts = await Promise.all((await programme).map(copyOf));
      const stores = contexts.map(dexieStore);
      const [coordinator, ...counselors] = stores;
      if (!coordinator) throw new Error('no coordinator');
      const world: SyncWorld = {
        coordinator,
        counselors,
        // Every laptop reads the machine's clock, as in the app.
        advance: () => {},
        dispose: async () => {
          for (const ctx of contexts) {
            ctx.codec.clear();
            ctx.db.close();
            await ctx.db.delete();
          }
        },
      };
      return world;
    },
  };
}
