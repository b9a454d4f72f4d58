// What a store holds, in a few lines: rows by table, events, logs, open conflicts, devices.
import { SYNC_TABLES } from '../../shared/sync';
import type { Store } from './store';
import { textTable } from './table';

export function storeSummaryLines(store: Store): string[] {
  const { state } = store;
  const rows: [string, number, number][] = [];
  for (const table of SYNC_TABLES) {
    const records = state.records[table] ?? [];
    if (records.length > 0) rows.push([table, records.length, records.filter((r) => r.deletedAt).length]);
  }
  const conflicts = state.conflicts.filter((c) => c.differs).length;
  return [
    ...textTable(['tabella/table', 'righe/rows', 'eliminate/deleted'], rows),
    '',
    `eventi/events ${state.events.length}, audit ${state.audit.length}, statistiche/statistics ${state.statistics.length}, conflitti/conflicts ${conflicts}, pacchetti applicati/bundles applied ${store.applied.length}`,
  ];
}
