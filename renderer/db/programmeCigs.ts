// A worker row keeps, as an index column, the last day of the CIGS periods that apply to them (their
// own, or the programme's: recordRows.ts workerIndex), and the worker list, the CIGS alerts, the
// agenda and the reports read that column. When the programme's periods change, every worker who
// follows them must get the new end in the same transaction, whoever writes the programme (the
// settings, a sync import, a conflict restored). This middleware does it: a read-write transaction
// on `programme` also covers `workers` (and so, through workerList.ts, the list table), and a write
// that changes the periods rewrites the CIGS end of the workers without periods of their own.
import type { DBCore, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { cigsEndDate, effectiveCigsPeriods } from '../../shared/domain/programme';
import type { CigsPeriod } from '../../shared/domain/cigs';
import { sameValue } from '../../shared/sync/record';
import { upgrading, withCompanionStore } from './companionStore';
import type { ProgrammeRow, WorkerRow } from './rows';

const PROGRAMME = 'programme';
const WORKERS = 'workers';
/** Worker rows read at a time (≈ 3 KB each). */
const PAGE = 2000;

const periodsOf = (row: ProgrammeRow | undefined): readonly CigsPeriod[] => (row && !row.deletedAt ? (row.data.cigsPeriods ?? []) : []);

/** Rewrites the CIGS end of every live worker row whose value differs from what `periods` give now. */
async function followPeriods(workers: DBCoreTable, trans: DBCoreTransaction, periods: readonly CigsPeriod[]): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? { type: 3 as DBCoreRangeType, lower: -Infinity, upper: [[]] } : { type: 2 as DBCoreRangeType, lower: after, lowerOpen: true, upper: [[]] };
    const { result } = await workers.query({ trans, values: true, limit: PAGE, query: { index: workers.schema.primaryKey, range } });
    const rows = result as WorkerRow[];
    const changed = rows.flatMap((row) => {
      if (row.deletedAt) return [];
      const cigsEnd = cigsEndDate(effectiveCigsPeriods(row.data.cigsPeriods ?? [], periods)) ?? '';
      return cigsEnd === row.cigsEnd ? [] : [{ ...row, cigsEnd }];
    });
    if (changed.length > 0) {
      const written = await workers.mutate({ type: 'put', trans, values: changed });
      if (written.numFailures > 0) throw written.failures[0] ?? new Error('CIGS end not updated');
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]?.id;
  }
}

function programmeTable(programme: DBCoreTable, workers: DBCoreTable): DBCoreTable {
  return {
    ...programme,
    async mutate(req) {
      if (upgrading(req.trans) || (req.type !== 'put' && req.type !== 'add')) return programme.mutate(req);
      const values = req.values as ProgrammeRow[];
      const before = (await programme.getMany({ trans: req.trans, keys: values.map((row) => row.id) })) as (ProgrammeRow | undefined)[];
      const result = await programme.mutate(req);
      // One programme per database: the last row written that went in is the one in force.
      const written = values.filter((_, index) => !(index in result.failures));
      const next = written.at(-1);
      if (next === undefined) return result;
      const previous = before[values.indexOf(next)];
      if (!sameValue(periodsOf(previous), periodsOf(next))) await followPeriods(workers, req.trans, periodsOf(next));
      return result;
    },
  };
}

export const programmeCigsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'programmeCigs',
  // Registered after workerList.ts, so that the workers it writes are mirrored in the list table.
  create: (down) => withCompanionStore(down, PROGRAMME, WORKERS, programmeTable),
};
