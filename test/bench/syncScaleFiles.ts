// The 30,000-worker sync data on disk for syncScaleChild.ts, so that the export step holds what the
// app's export holds (a page of rows at a time) and not the whole programme: one file per table and
// for the events, audit and statistics, pages of rows in V8's serialisation (the structured clone
// IndexedDB stores values with) read back a page at a time as the sync core's page source; and the
// bundle file itself as a byte source read a slice at a time.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { SYNC_TABLES, type RowPage, type SyncData, type SyncEvent, type SyncPageSource } from '../../shared/sync';
import type { ByteSource } from '../../shared/sync/bundle/source';

const PAGE_ROWS = 4000;
const partFile = (dir: string, part: string) => join(dir, `part-${part}.pages`);

/** Pages of `rows`, each as its length (4 bytes) and its serialisation. */
async function writePages(path: string, rows: readonly unknown[]): Promise<void> {
  const out = await open(path, 'w');
  try {
    for (let start = 0; start < rows.length; start += PAGE_ROWS) {
      const page = serialize(rows.slice(start, start + PAGE_ROWS));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(page.length);
      await out.write(length);
      await out.write(page);
    }
  } finally {
    await out.close();
  }
}

/** Every part of `data` to its file in `dir`. */
export async function writeSyncParts(dir: string, data: SyncData): Promise<void> {
  for (const table of SYNC_TABLES) await writePages(partFile(dir, table), data.records[table] ?? []);
  await writePages(partFile(dir, 'events'), data.events);
  await writePages(partFile(dir, 'audit'), data.audit);
  await writePages(partFile(dir, 'statistics'), data.statistics);
}

async function* readPages<T>(path: string): AsyncGenerator<T[]> {
  const file = await open(path, 'r');
  try {
    const length = Buffer.alloc(4);
    for (let offset = 0; ; ) {
      const { bytesRead } = await file.read(length, 0, 4, offset);
      if (bytesRead < 4) return;
      const page = Buffer.alloc(length.readUInt32LE());
      await file.read(page, 0, page.length, offset + 4);
      offset += 4 + page.length;
      yield deserialize(page) as T[];
    }
  } finally {
    await file.close();
  }
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
