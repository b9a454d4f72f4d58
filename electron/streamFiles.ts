// The files behind the streamed bridge calls, on disk: a new file written piece by piece (opened
// with 'wx' so nothing is overwritten) and a file read at any offset (a final symbolic link
// refused where the OS can). Plain Node, so the IPC handlers are tested on real temporary files.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export interface WritingFile {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export interface ReadingFile {
  /** Regular file's size when opened. */
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Creates `path`, failing if anything is there. */
export async function createNewFile(path: string): Promise<WritingFile> {
  const handle = await open(path, 'wx');
  return {
    async write(bytes) {
      for (let done = 0; done < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, null);
        done += bytesWritten;
      }
    },
    close: () => handle.close(),
  };
}

/** Opens a regular file to read; rejects for anything else. */
export async function openForReading(path: string): Promise<ReadingFile> {
  const noFollow = process.platform !== 'win32' ? constants.O_NOFOLLOW : 0;
  const handle = await open(path, constants.O_RDONLY | noFollow);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error('not a regular file');
    return {
      size: stats.size,
      async read(offset, length) {
        const buffer = new Uint8Array(length);
        let total = 0;
        while (total < length) {
          const { bytesRead } = await handle.read(buffer, total, length - total, offset + total);
          if (bytesRead === 0) break;
          total += bytesRead;
        }
        return buffer.subarray(0, total);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
