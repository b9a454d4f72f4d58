// A file read a piece at a time from any offset: a bundle on disk (through the desktop bridge) or
// in memory. Decoding reads it from the start, once to verify and once more to store documents,
// so a bundle of a gigabyte is never held whole.
export interface ByteSource {
  /** Bytes in the file, fixed when it was opened. */
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes handed to age and to the hash at once: large enough for few calls across the bridge, small enough to stay cheap. */
export const SOURCE_SLICE_BYTES = 1024 * 1024;

/** An array as a source (tests, a bundle the OS handed over whole). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length))),
  };
}

export const asSource = (file: Uint8Array | ByteSource): ByteSource => (file instanceof Uint8Array ? bytesSource(file) : file);

/**
 * The source's bytes from the start, a slice at a time, each handed to `seen` before it is
 * yielded; ends early with an error if the source ends before its size (the file shrank).
 */
export async function* sourceSlices(source: ByteSource, seen: (slice: Uint8Array) => void = () => {}): AsyncGenerator<Uint8Array> {
  let offset = 0;
  while (offset < source.size) {
    const slice = await source.read(offset, Math.min(SOURCE_SLICE_BYTES, source.size - offset));
    if (slice.length === 0) throw new Error(`the file ended at ${offset} of ${source.size} bytes`);
    offset += slice.length;
    seen(slice);
    yield slice;
  }
}
