import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAtMost } from './boundedRead';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pco-bounded-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readAtMost', () => {
  it('reads a file within the limit whole, an empty one too', async () => {
    await writeFile(join(dir, 'a'), new Uint8Array([1, 2, 3]));
    expect([...(await readAtMost(join(dir, 'a'), 3))]).toEqual([1, 2, 3]);
    await writeFile(join(dir, 'empty'), new Uint8Array(0));
    expect((await readAtMost(join(dir, 'empty'), 3)).byteLength).toBe(0);
  });

  it('stops one byte past the limit, however large the file', async () => {
    await writeFile(join(dir, 'big'), new Uint8Array(100_000).fill(7));
    const bytes = await readAtMost(join(dir, 'big'), 10);
    expect(bytes.byteLength).toBe(11);
  });

  it('reads past a size that was wrong when the file was opened, up to the limit', async () => {
    await writeFile(join(dir, 'grown'), new Uint8Array(5000).fill(1));
    expect((await readAtMost(join(dir, 'grown'), 4096)).byteLength).toBe(4097);
    expect((await readAtMost(join(dir, 'grown'), 10_000)).byteLength).toBe(5000);
  });

  it('refuses a directory, and a symbolic link when asked not to follow one', async () => {
    await mkdir(join(dir, 'folder'));
    await expect(readAtMost(join(dir, 'folder'), 10)).rejects.toThrow();
    await writeFile(join(dir, 'target'), 'x');
    await symlink(join(dir, 'target'), join(dir, 'link'));
    expect([...(await readAtMost(join(dir, 'link'), 10))]).toEqual([120]);
    await expect(readAtMost(join(dir, 'link'), 10, { noFollow: true })).rejects.toThrow();
  });
});
