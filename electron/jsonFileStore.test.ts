import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJsonFileStore } from './jsonFileStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pco-json-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('JSON file store', () => {
  it('loads nothing before the first save, then what was saved, creating the folder', async () => {
    const file = join(dir, 'userData', 'shared-folders.json');
    const store = createJsonFileStore(file);
    expect(await store.load()).toBeUndefined();
    await store.save({ version: 1, folders: [{ token: 'folder-1', path: '/srv/pco' }] });
    expect(await createJsonFileStore(file).load()).toEqual({ version: 1, folders: [{ token: 'folder-1', path: '/srv/pco' }] });
    expect(await readdir(join(dir, 'userData'))).toEqual(['shared-folders.json']);
  });

  it('replaces the whole document on each save', async () => {
    const file = join(dir, 'state.json');
    const store = createJsonFileStore(file);
    await store.save({ a: 1 });
    await store.save({ b: 2 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ b: 2 });
  });

  it('throws on a damaged file instead of guessing', async () => {
    const file = join(dir, 'state.json');
    await writeFile(file, '{"version": 1, "fol');
    await expect(createJsonFileStore(file).load()).rejects.toThrow(SyntaxError);
  });

  it('fails a save it cannot make and leaves no temporary file behind', async () => {
    const file = join(dir, 'state.json');
    await mkdir(file);
    await expect(createJsonFileStore(file).save({ a: 1 })).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});
