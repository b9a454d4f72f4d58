// The 30,000-worker sync data on disk for syncScaleChild.ts, so that the export step holds what the
// app's export holds (a page of rows at a time) and not the whole programme: one JSON-lines file
// per table and for the events, audit and statistics, read back a page at a time as the sync core's
// page source; and the bundle file itself as a byte source read a slice at a time.
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { SYNC_TABLES, type RowPage, type SyncData, type SyncEvent, type SyncPageSource } from '../../shared/sync';
import type { ByteSource } from '../../shared/sync/bundle/source';

const PAGE_ROWS = 4000;
const partFile = (dir: string, part: string) => join(dir, `part-${part}.jsonl`);

async function writeLines(path: string, rows: readonly unknown[]): Promise<void> {
  const out = createWriteStream(path);
  for (const row of rows) if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Every part of `data` to its file in `dir`. */
export async function writeSyncParts(dir: string, data: SyncData): Promise<void> {
  for (const table of SYNC_TABLES) await writeLines(partFile(dir, table), data.records[table] ?? []);
  await writeLines(partFile(dir, 'events'), data.events);
  await writeLines(partFile(dir, 'audit'), data.audit);
  await writeLines(partFile(dir, 'statistics'), data.statistics);
}

async function* readPages<T>(path: string): AsyncGenerator<T[]> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let page: T[] = [];
  for await (const line of lines) {
    if (line === '') continue;
    page.push(JSON.parse(line) as T);
    if (page.length === PAGE_ROWS) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

async function* rowPages<T>(path: string): AsyncGenerator<RowPage<T, T>> {
  for await (const rows of readPages<T>(path)) yield { rows, open: (some) => Promise.resolve(some) };
}

/** The parts in `dir` as the page source the app's export reads IndexedDB through (rows are stored opened here). */
export function fileSyncSource(dir: string): SyncPageSource {
  return {
    records: (table) => rowPages(partFile(dir, table)),
    events: () => rowPages<SyncEvent>(partFile(dir, 'events')),
    audit: () => readPages(partFile(dir, 'audit')),
    statistics: () => readPages(partFile(dir, 'statistics')),
  };
}

/** A file on disk read a slice at a time: the bundle is never whole in memory. */
export async function fileByteSource(path: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

/** Writes pieces to a new file at `path`, waiting for each. */
export async function fileWriter(path: string): Promise<{ write(piece: Uint8Array): Promise<void>; close(): Promise<void> }> {
  const handle = await open(path, 'w');
  return {
    write: async (piece) => void (await handle.write(piece)),
    close: () => handle.close(),
  };
}
