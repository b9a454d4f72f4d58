// The reports keep their finished figures (the dashboard, a period's report, the names a screen
// shows) sealed in `meta` (renderer/reports/reportResultCache.ts), so a screen opened again on the
// same records reads one value instead of 30,000 workers and 700,000 events. Those figures hold
// only while nothing they are computed from changes. So this middleware, inside the same
// transaction as any write to those tables (whoever writes: repositories, sync import, merges,
// erasure, caseload moves, demo, settings), drops every stored result and stamps a new epoch that
// tells a result writer still busy with older reads that its work is void. Erasure thus also
// removes the erased person's name from the stored facts in the transaction that erases them.
// The same transaction also marks the parts of the reports' maintained input (renderer/reports/
// reportSnapshot.ts) that hold the rows written: each marked part is replaced by a fresh stamp, so
// its sealed copy is gone with the write (an erased person's data included) and the next opening
// reads that part's rows again, and only those. A write too wide to mark part by part (a bulk
// import, a range deleted) stamps a new generation instead, which voids every part.
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { partitionIdOf, partOf, SNAPSHOT_PARTS, SNAPSHOT_TABLES, type SnapshotTable } from '../../shared/reports/partition';
import { upgrading } from './companionStore';

/** Every stored result's key starts with this. */
export const REPORT_RESULTS_PREFIX = 'reportResults:';
export const REPORT_RESULTS_EPOCH_KEY = 'reportResultsEpoch';

const META = 'meta';

/** A part of the maintained input: its key, then a stamp that changes with every write to its rows. */
export const REPORT_SNAPSHOT_PREFIX = 'reportSnapshot:1:';
export const REPORT_SNAPSHOT_GENERATION_KEY = 'reportSnapshotGeneration';
export const snapshotPartKey = (part: number) => `${REPORT_SNAPSHOT_PREFIX}${String(part).padStart(4, '0')}`;
/** Parts marked one by one in a transaction, at most; past this, a new generation. */
const MARKED_AT_MOST = SNAPSHOT_PARTS / 4;
/** Rows rewritten or removed whose old subject is looked up (events only), at most per write. */
const LOOKED_UP_AT_MOST = 128;

const PARTITIONED: ReadonlySet<string> = new Set(SNAPSHOT_TABLES);

/** What the reports are computed from (renderer/reports/reportSource.ts), and the settings that rewrite it. */
export const REPORT_SOURCE_TABLES: readonly string[] = ['programme', 'programmeSettings', 'counselors', 'workers', 'employers', 'events', 'statistics', 'offers', 'courses', 'enrolments', 'ventures', 'candidacies', 'meetings'];

const SOURCES: ReadonlySet<string> = new Set(REPORT_SOURCE_TABLES);

const RESULTS_RANGE: DBCoreKeyRange = { type: 2 as DBCoreRangeType, lower: REPORT_RESULTS_PREFIX, upper: `${REPORT_RESULTS_PREFIX}\uffff`, lowerOpen: false, upperOpen: false };

/** Drops the stored results once per transaction: a bulk import writes many batches. */
const dropped = new WeakSet<DBCoreTransaction>();

/** Per transaction: the parts already marked, or 'all' once a new generation is stamped. */
const marks = new WeakMap<DBCoreTransaction, Set<number> | 'all'>();

/** The parts a write touches; 'all' when they cannot be told without reading (a range, many rewrites). */
function partsWritten(table: SnapshotTable, req: DBCoreMutateRequest, old: readonly unknown[] | undefined): Set<number> | 'all' {
  const parts = new Set<number>();
  const place = (row: unknown) => {
    if (typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string') parts.add(partOf(partitionIdOf(table, row as { id: string })));
  };
  switch (req.type) {
    case 'deleteRange':
      return 'all';
    case 'add':
    case 'put':
      if (table === 'events' && req.type === 'put' && !old) return 'all';
      req.values.forEach(place);
      break;
    case 'delete':
      if (table === 'events' && !old) return 'all';
      if (table !== 'events') for (const key of req.keys) if (typeof key === 'string') parts.add(partOf(key));
      break;
  }
  // An event rewritten or removed leaves the part of the subject it had.
  old?.forEach(place);
  return parts;
}

/** Marks the parts in the write's transaction: a new stamp each, or a new generation. */
function mark(meta: DBCoreTable, trans: DBCoreTransaction, parts: Set<number> | 'all'): Promise<unknown> {
  const done = marks.get(trans) ?? new Set<number>();
  if (done === 'all') return Promise.resolve();
  const fresh = parts === 'all' ? [] : [...parts].filter((part) => !done.has(part));
  if (parts !== 'all' && done.size + fresh.length <= MARKED_AT_MOST) {
    if (fresh.length === 0) return Promise.resolve();
    for (const part of fresh) done.add(part);
    marks.set(trans, done);
    return meta.mutate({ type: 'put', trans, values: fresh.map((part) => ({ key: snapshotPartKey(part), value: { stamp: uuidv7() } })) });
  }
  marks.set(trans, 'all');
  return meta.mutate({ type: 'put', trans, values: [{ key: REPORT_SNAPSHOT_GENERATION_KEY, value: uuidv7() }] });
}

/** The keys of event rows a write rewrites or removes, when few enough to look up their subjects. */
function rewrittenEventKeys(req: DBCoreMutateRequest): unknown[] | undefined {
  const keys = req.type === 'delete' ? req.keys : req.type === 'put' ? req.values.map((row: { id?: unknown }) => row.id) : undefined;
  return keys && keys.length <= LOOKED_UP_AT_MOST && keys.every((key) => typeof key === 'string') ? keys : undefined;
}

function guarded(name: string, table: DBCoreTable, meta: DBCoreTable): DBCoreTable {
  const partitioned = PARTITIONED.has(name) ? (name as SnapshotTable) : undefined;
  return {
    ...table,
    mutate(req) {
      if (upgrading(req.trans)) return table.mutate(req);
      const issued: Promise<unknown>[] = [];
      // Issued before the write: the subjects the events had.
      const keys = partitioned === 'events' && marks.get(req.trans) !== 'all' ? rewrittenEventKeys(req) : undefined;
      const old = keys ? table.getMany({ trans: req.trans, keys }) : undefined;
      // Issued before anything is awaited: the layer below (Dexie's hooks) finds the transaction in
      // Dexie's zone, which a native await loses when the write had no explicit transaction (a bare
      // table.put). A failed write at worst drops results computed again later.
      const written = table.mutate(req);
      if (!dropped.has(req.trans)) {
        dropped.add(req.trans);
        issued.push(meta.mutate({ type: 'deleteRange', trans: req.trans, range: RESULTS_RANGE }));
        issued.push(meta.mutate({ type: 'put', trans: req.trans, values: [{ key: REPORT_RESULTS_EPOCH_KEY, value: uuidv7() }] }));
      }
      if (partitioned && marks.get(req.trans) !== 'all') {
        if (old) issued.push(old.then((rows) => mark(meta, req.trans, partsWritten(partitioned, req, rows))));
        else issued.push(mark(meta, req.trans, partsWritten(partitioned, req, undefined)));
      }
      return Promise.all([written, ...issued]).then(([result]) => result);
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
      table: (name) => (SOURCES.has(name) ? guarded(name, down.table(name), down.table(META)) : down.table(name)),
    };
  },
};
