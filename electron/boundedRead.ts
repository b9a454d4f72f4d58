// Reading a file for the renderer without trusting its size: at most `maxBytes + 1` bytes are
// read, so a file that grew after its size was checked (or a device that reports a wrong one)
// cannot fill memory; the one byte past the limit tells the caller the file is too large.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export interface ReadOptions {
  /** Refuse a final symbolic link (O_NOFOLLOW, POSIX); Windows has no such flag, callers lstat first. */
  readonly noFollow?: boolean;
}

/** The file's first `maxBytes + 1` bytes at most (all of it when it is within the limit). Rejects for a non-regular file. */
export async function readAtMost(path: string, maxBytes: number, { noFollow = false }: ReadOptions = {}): Promise<Uint8Array> {
  const noFollowFlag = noFollow && process.platform !== 'win32' ? constants.O_NOFOLLOW : 0;
  const handle = await open(path, constants.O_RDONLY | noFollowFlag);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error('not a regular file');
    const limit = maxBytes + 1;
    let buffer = new Uint8Array(Math.max(1, Math.min(limit, stats.size + 1)));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (buffer.length >= limit) break;
        const bigger = new Uint8Array(Math.min(limit, buffer.length * 2));
        bigger.set(buffer);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}
