// A small JSON document kept in one file of the app's userData folder (the shared folders the user
// picked). Written to a temporary file next to it and renamed over it, so a crash mid-write leaves
// the old document or the new one, never half of each. Plain Node: tested on real temporary folders.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where a module keeps its state; the main process passes a file store, tests may pass a memory one. */
export interface JsonStore {
  /** The stored value, or undefined when nothing was stored yet. Throws when the file cannot be read or parsed. */
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

const isMissing = (error: unknown) => error instanceof Error && (error as Error & { code?: unknown }).code === 'ENOENT';

export function createJsonFileStore(file: string): JsonStore {
  const temporary = `${file}.tmp`;
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      return JSON.parse(text) as unknown;
    },
    async save(value) {
      await mkdir(dirname(file), { recursive: true });
      try {
        await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

/** A store in memory, for tests. */
export function createMemoryStore(initial?: unknown): JsonStore & { readonly saved: unknown } {
  let value = initial;
  return {
    load: () => Promise.resolve(value),
    save(next) {
      value = JSON.parse(JSON.stringify(next)) as unknown;
      return Promise.resolve();
    },
    get saved() {
      return value;
    },
  };
}
