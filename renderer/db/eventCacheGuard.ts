// The reports keep a sealed cache of their cut-down events in `meta` (renderer/reports/
// reportEventCache.ts). It can see new events for itself (they change the row count of a range of
// ids), but not an event rewritten in place (erasure redacts payloads) or removed (a caseload
// moved away purges a laptop's events). So this middleware drops the whole cache, inside the same
// transaction, whenever events are put or deleted, whoever writes them, and stamps a new epoch
// that tells a cache writer still busy with older reads that its work is void.
// Adding events (every repository, sync import) leaves the cache alone.
import type { DBCore, DBCoreKeyRange, DBCoreRangeType, DBCoreTable, Middleware } from 'dexie';
import { upgrading, withCompanionStore } from './companionStore';
import { uuidv7 } from 'uuidv7';

/** Every format's chunks are under this namespace, and the guard drops all of them. */
const EVENT_CACHE_NAMESPACE = 'reportEvents:';
/**
 * The chunks of the current format (2: attendance keeps its HLC). Chunks of an older format are
 * never read, so they cannot serve events cut the old way, and go with the next drop.
 */
export const EVENT_CACHE_PREFIX = `${EVENT_CACHE_NAMESPACE}2:`;
export const EVENT_CACHE_EPOCH_KEY = 'reportEventsEpoch';

const META = 'meta';
const EVENTS = 'events';

/** Above every chunk key (the prefix followed by an id). */
export const EVENT_CACHE_END = `${EVENT_CACHE_PREFIX}\uffff`;

/** Every chunk key, of every format. */
const EVENT_CACHE_RANGE: DBCoreKeyRange = { type: 2 as DBCoreRangeType, lower: EVENT_CACHE_NAMESPACE, upper: `${EVENT_CACHE_NAMESPACE}\uffff`, lowerOpen: false, upperOpen: false };

function guardedEvents(events: DBCoreTable, meta: DBCoreTable): DBCoreTable {
  return {
    ...events,
    async mutate(req) {
      const result = await events.mutate(req);
      if (req.type === 'add' || upgrading(req.trans)) return result;
      await meta.mutate({ type: 'deleteRange', trans: req.trans, range: EVENT_CACHE_RANGE });
      await meta.mutate({ type: 'put', trans: req.trans, values: [{ key: EVENT_CACHE_EPOCH_KEY, value: uuidv7() }] });
      return result;
    },
  };
}

export const eventCacheGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'eventCacheGuard',
  create: (down) => withCompanionStore(down, EVENTS, META, guardedEvents),
};
