// The reports keep their finished figures (the dashboard, a period's report, the names a screen
// shows) sealed in `meta` (renderer/reports/reportResultCache.ts), so a screen opened again on the
// same records reads one value instead of 30,000 workers and 700,000 events. Those figures hold
// only while nothing they are computed from changes. So this middleware, inside the same
// transaction as any write to those tables (whoever writes: repositories, sync import, merges,
// erasure, caseload moves, demo, settings), drops every stored result and stamps a new epoch that
// tells a result writer still busy with older reads that its work is void. Erasure thus also
// removes the erased person's name from the stored facts in the transaction that erases them.
import type { DBCore, DBCoreKeyRange, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { upgrading } from './companionStore';

/** Every stored result's key starts with this. */
export const REPORT_RESULTS_PREFIX = 'reportResults:';
export const REPORT_RESULTS_EPOCH_KEY = 'reportResultsEpoch';

const META = 'meta';

/** What the reports are computed from (renderer/reports/reportSource.ts), and the settings that rewrite it. */
export const REPORT_SOURCE_TABLES: readonly string[] = ['programme', 'programmeSettings', 'counselors', 'workers', 'employers', 'events', 'statistics', 'offers', 'courses', 'enrolments', 'ventures', 'candidacies', 'meetings'];

const SOURCES: ReadonlySet<string> = new Set(REPORT_SOURCE_TABLES);

const RESULTS_RANGE: DBCoreKeyRange = { type: 2 as DBCoreRangeType, lower: REPORT_RESULTS_PREFIX, upper: `${REPORT_RESULTS_PREFIX}\uffff`, lowerOpen: false, upperOpen: false };

/** Drops the stored results once per transaction: a bulk import writes many batches. */
const dropped = new WeakSet<DBCoreTransaction>();

function guarded(table: DBCoreTable, meta: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req) {
      if (upgrading(req.trans) || dropped.has(req.trans)) return table.mutate(req);
      dropped.add(req.trans);
      // All three are issued before anything is awaited: the layer below (Dexie's hooks) finds the
      // transaction in Dexie's zone, which a native await loses when the write had no explicit
      // transaction (a bare table.put). A failed write at worst drops results computed again later.
      const written = table.mutate(req);
      const cleared = meta.mutate({ type: 'deleteRange', trans: req.trans, range: RESULTS_RANGE });
      const stamped = meta.mutate({ type: 'put', trans: req.trans, values: [{ key: REPORT_RESULTS_EPOCH_KEY, value: uuidv7() }] });
      return Promise.all([written, cleared, stamped]).then(([result]) => result);
    },
  };
}

export const reportResultsGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'reportResultsGuard',
  create: (down) => {
    // Stacks are also built for the intermediate schemas of an upgrade.
    const present = down.schema.tables.some((table) => table.name === META);
    if (!present) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && !stores.includes(META) && stores.some((store) => SOURCES.has(store)) ? [...stores, META] : stores;
        return down.transaction(widened, mode, options);
      },
      table: (name) => (SOURCES.has(name) ? guarded(down.table(name), down.table(META)) : down.table(name)),
    };
  },
};
