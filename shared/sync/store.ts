// The sync store contract: what a laptop's storage must do for sync, whatever holds its data.
// The in-memory laptops of shared/sync/testing.ts and the renderer's Dexie database both implement
// it, and shared/sync/storeContract.ts runs the same tests (the three-laptop convergence property
// among them) against each. A store makes local changes the way its app does, exports a bundle
// to a peer, imports bundle bytes (decode, preview, apply; a refused bundle changes nothing) and
// reads its whole state back as plain records for comparison.
import type { CounselorRole } from '../domain/programme';
import type { MemoryState } from './memory';
import type { AnyRecord, RefusalReason } from './types';

/** Worker fields the contract edits, each with the values it may set (valid for a real worker file). */
export const WORKER_FIELD_VALUES = {
  surname: ['Rossi', 'Verdi', 'Neri', 'Gallo'],
  phone: ['055 100001', '055 200002', '055 300003', '055 400004'],
  notes: ['a', 'b', 'c', 'd'],
} as const satisfies Record<string, readonly string[]>;
export type WorkerField = keyof typeof WORKER_FIELD_VALUES;
export const WORKER_FIELDS = Object.keys(WORKER_FIELD_VALUES) as WorkerField[];

/** Goal texts an action plan may be given. */
export const PLAN_GOALS = ['cv', 'corso'] as const;
/** Names the shared employer may be given. */
export const EMPLOYER_NAMES = ['Acme', 'Beta'] as const;

/** What importing bundle bytes did: applied with the records the bundle carried, or refused whole. */
export type StoreImport = { readonly ok: true; readonly records: readonly AnyRecord[] } | { readonly ok: false; readonly reason: RefusalReason };

/**
 * One laptop. The change methods write as the app writes (same validation, same record, tombstone
 * and event shapes); each resolves false, changing nothing, when this laptop may not make that
 * change (it does not hold the worker, or the app would refuse it).
 */
export interface SyncStore {
  readonly deviceId: string;
  readonly counselorId: string;
  readonly role: CounselorRole;
  /** A new worker file followed by `counselorId`; `index` (0…) names it distinctly. Returns its id. */
  createWorker(index: number, counselorId: string): Promise<string>;
  editWorker(workerId: string, field: WorkerField, value: string): Promise<boolean>;
  /** Creates the worker's action plan with this goal, or changes the goal of the plan it has. */
  setPlanGoal(workerId: string, goal: string): Promise<boolean>;
  /** The worker's file deleted (a tombstone that travels). */
  deleteWorker(workerId: string): Promise<boolean>;
  /** An interview held with the worker today (an event). */
  recordInterview(workerId: string, notes: string): Promise<boolean>;
  /** Coordinator: the worker moved to another counselor's caseload. */
  reassign(workerId: string, counselorId: string): Promise<boolean>;
  /** A catalogue record every laptop shares. Returns its id. */
  createEmployer(name: string): Promise<string>;
  renameEmployer(employerId: string, name: string): Promise<boolean>;
  /** A real (signed, encrypted) bundle of what this laptop believes `to` lacks, as the file's bytes. */
  exportTo(to: SyncStore): Promise<Uint8Array>;
  importBundle(bytes: Uint8Array): Promise<StoreImport>;
  /** Every synced record, event, log row and conflict this laptop holds, opened. */
  read(): Promise<MemoryState>;
}

/** A programme: the coordinator's laptop and counselor laptops already joined to it. */
export interface SyncWorld {
  readonly coordinator: SyncStore;
  readonly counselors: readonly SyncStore[];
  /** Lets wall time pass for every laptop (a store on the real clock may ignore it). */
  advance(ms: number): void;
  dispose(): Promise<void>;
}

export interface SyncStoreFactory {
  readonly name: string;
  createWorld(counselorCount: number): Promise<SyncWorld>;
}
