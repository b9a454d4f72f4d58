// age encryption of bundle bytes: binary format, X25519 recipients, readable by the `age` CLI.
// Both ways go through age-encryption's stream interface a slice at a time, so that a bundle of
// hundreds of megabytes is never whole in memory: encryption takes the plaintext as it is made and
// hands the file on a piece at a time (to a file on disk, through the bridge); decryption reads
// the file as age needs it and hands the plaintext over 64 KiB at a time (decode.ts).
import { Decrypter, Encrypter } from 'age-encryption';
import { concatBytes } from '../bytes';

// The WHATWG streams used here. Every runtime shared/ runs in has them (Chromium, Electron,
// Node ≥ 18), but shared/ compiles without the DOM lib, where age-encryption's stream overloads
// are typed: their shape is written out here.
type ReadResult = { readonly done: false; readonly value: Uint8Array } | { readonly done: true; readonly value?: undefined };
interface ByteReader {
  read(): Promise<ReadResult>;
}
interface ByteStream {
  getReader(): ByteReader;
}
/** age-encryption's ReadableStreamWithSize: `size` tells the output's length from the input's. */
interface SizedByteStream extends ByteStream {
  size(inputBytes: number): number;
}
interface PullSource {
  pull(controller: { enqueue(chunk: Uint8Array): void; close(): void }): void | Promise<void>;
}
interface StreamGlobals {
  readonly ReadableStream: new (source: PullSource, strategy: { highWaterMark: number }) => ByteStream;
}
interface StreamingEncrypter {
  encrypt(file: ByteStream): Promise<SizedByteStream>;
}
interface StreamingDecrypter {
  decrypt(file: ByteStream): Promise<SizedByteStream>;
}

/** Largest piece handed to age at once: its transform encrypts or decrypts a whole piece before the reader sees any of it. */
const SLICE_BYTES = 256 * 1024;
const EMPTY = new Uint8Array(0);

/** A stream of the bytes of `chunks` (taken from it one at a time, as they are asked for, possibly made asynchronously) in slices. */
function sliced(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): ByteStream {
  const Stream = (globalThis as unknown as StreamGlobals).ReadableStream;
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  let chunk: Uint8Array = EMPTY;
  let offset = 0;
  return new Stream(
    {
      async pull(controller) {
        while (offset >= chunk.length) {
          const next = await iterator.next();
          if (next.done) {
            controller.close();
            return;
          }
          chunk = next.value;
          offset = 0;
        }
        const end = Math.min(chunk.length, offset + SLICE_BYTES);
        controller.enqueue(chunk.subarray(offset, end));
        offset = end;
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Encrypts the plaintext `chunks` make one after the other (`plaintextBytes` in all) to the age
 * file, handing each encrypted piece to `write` as age makes it and waiting for it before asking
 * for more: the chunks are made on demand and let go, and the file need not be whole anywhere.
 * Returns the file's length.
 */
export async function encryptChunksTo(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  plaintextBytes: number,
  recipients: readonly string[],
  write: (piece: Uint8Array) => Promise<void> | void,
): Promise<number> {
  const unique = [...new Set(recipients)];
  if (unique.length === 0) throw new Error('A bundle needs at least one recipient');
  const encrypter = new Encrypter();
  for (const recipient of unique) encrypter.addRecipient(recipient);
  const encrypted = await (encrypter as unknown as StreamingEncrypter).encrypt(sliced(chunks));
  const expected = encrypted.size(plaintextBytes);
  const reader = encrypted.getReader();
  let written = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    written += read.value.length;
    if (written > expected) throw new Error(`age wrote more than the ${expected} bytes expected`);
    await write(read.value);
  }
  if (written !== expected) throw new Error(`age wrote ${written} bytes where ${expected} were expected`);
  return written;
}

/** The age file of the plaintext `chunks` make, in one array of its exact length (small files, tests). */
export async function encryptChunks(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, plaintextBytes: number, recipients: readonly string[]): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  await encryptChunksTo(chunks, plaintextBytes, recipients, (piece) => void pieces.push(piece.slice()));
  return concatBytes(pieces);
}

export async function encryptToRecipients(plaintext: Uint8Array, recipients: readonly string[]): Promise<Uint8Array> {
  return encryptChunks([plaintext], plaintext.length, recipients);
}

export interface DecryptionFailure {
  readonly reason: 'notForThisDevice' | 'corrupted';
  readonly detail: string;
}

/**
 * Tells "not addressed to us" (no stanza matched any identity) from damage (bad header, bad MAC,
 * truncated payload), which age-encryption reports with different messages.
 */
export function decryptionFailure(error: unknown): DecryptionFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return { reason: /no identity matched/i.test(detail) ? 'notForThisDevice' : 'corrupted', detail };
}

/** The plaintext, a piece at a time (null at the end). Rejects, with age's error, where the file proves damaged: a chunk that fails authentication, an early end. */
export type PlaintextPieces = () => Promise<Uint8Array | null>;

/**
 * Hands every plaintext piece to `take`, in order, until the end; returns the failure when age
 * proves the file damaged on the way (null when it is whole).
 */
export async function eachPiece(next: PlaintextPieces, take: (piece: Uint8Array) => void): Promise<DecryptionFailure | null> {
  for (;;) {
    let piece: Uint8Array | null;
    try {
      piece = await next();
    } catch (error) {
      return decryptionFailure(error);
    }
    if (piece === null) return null;
    take(piece);
  }
}

export type OpenOutcome = { readonly ok: true; readonly next: PlaintextPieces } | ({ readonly ok: false } & DecryptionFailure);

/**
 * Opens the header with `identities`; the payload is decrypted as `next` is called. The file's
 * bytes are taken from `ciphertext` only as age needs them (a source read a slice at a time).
 */
export async function openEncrypted(ciphertext: Uint8Array | AsyncIterable<Uint8Array>, identities: readonly string[]): Promise<OpenOutcome> {
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  try {
    const plaintext = await (decrypter as unknown as StreamingDecrypter).decrypt(sliced(ciphertext instanceof Uint8Array ? [ciphertext] : ciphertext));
    const reader = plaintext.getReader();
    return {
      ok: true,
      next: async () => {
        const read = await reader.read();
        return read.done ? null : read.value;
      },
    };
  } catch (error) {
    return { ok: false, ...decryptionFailure(error) };
  }
}
