// The worker list's own table: one small row per worker with the index columns, the residence
// and the IV of the worker's seal (which tells whether the sealed names snapshot still covers it,
// see workerListSnapshot.ts). Listing 30,000 workers reads these ~0.2 KB rows instead of the full
// ~3 KB records with their field clocks.
// A Dexie middleware derives them inside every transaction that writes `workers`, whoever the
// writer is (repositories, sync, caseload moves, demo), so the two tables cannot drift apart.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { participationOf, type Participation } from '../../shared/domain/participation';
import { upgrading, withCompanionStore } from './companionStore';
import type { WorkerIndex, WorkerRecord, WorkerRow } from './rows';

export const WORKER_LIST_TABLE = 'workerList';

export interface WorkerListRow extends WorkerIndex {
  id: string;
  deletedAt: string | null;
  residenceCode: string;
  /** Read from the enrolment and consent fields, which are not sealed (schema v7). */
  participation: Participation;
  /** The IV of the worker row's current seal; null when it has none (erased). */
  sealIv: string | null;
}

/** What the worker list and the CIGS alerts show of a worker: opened from a list row. */
export interface WorkerSummary extends WorkerIndex {
  id: string;
  surname: string;
  name: string;
  codiceFiscale: string;
  residenceCode: string;
  participation: Participation;
}

/** The summary of a worker record already opened (records built in memory, tests, benchmarks). */
export function summaryOf(record: WorkerRecord): WorkerSummary {
  const { id, status, primaryTrack, counselorId, cigsEnd, data } = record;
  return { id, status, primaryTrack, counselorId, cigsEnd, residenceCode: data.residenceCode, participation: participationOf(data), surname: data.surname, name: data.name, codiceFiscale: data.codiceFiscale };
}

export function workerListRow(row: WorkerRow): WorkerListRow {
  const { id, deletedAt, status, primaryTrack, counselorId, cigsEnd, sealed, data } = row;
  return { id, deletedAt, status, primaryTrack, counselorId, cigsEnd, residenceCode: data.residenceCode ?? '', participation: participationOf(data), sealIv: sealed?.iv ?? null };
}

/** The same change, said of the list table: only the writes that succeeded on `workers`. */
function listMutation(req: DBCoreMutateRequest, failed: ReadonlySet<number>): DBCoreMutateRequest {
  switch (req.type) {
    case 'add':
    case 'put':
      return { type: 'put', trans: req.trans, values: req.values.filter((_, i) => !failed.has(i)).map((value: WorkerRow) => workerListRow(value)) };
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

function workersTable(workers: DBCoreTable, list: DBCoreTable): DBCoreTable {
  return {
    ...workers,
    async mutate(req) {
      if (upgrading(req.trans)) return workers.mutate(req);
      const result = await workers.mutate(req);
      // A bulk write whose failures the caller catches goes on: its failed rows are not mirrored.
      const mirrored = await list.mutate(listMutation(req, new Set(Object.keys(result.failures).map(Number))));
      if (mirrored.numFailures > 0) throw mirrored.failures[0] ?? new Error('worker list not updated');
      return result;
    },
  };
}

export const workerListMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'workerList',
  // Schema upgrades fill the list table themselves (see schema.ts).
  create: (down) => withCompanionStore(down, 'workers', WORKER_LIST_TABLE, workersTable),
};
