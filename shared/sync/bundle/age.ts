// age encryption of bundle bytes: binary format, X25519 recipients, readable by the `age` CLI.
// Both ways go through age-encryption's stream interface a slice at a time, so that a bundle of
// hundreds of megabytes is never held twice: encryption takes the plaintext as it is made and
// writes into one array of the file's exact length; decryption hands the plaintext over 64 KiB at
// a time, for the caller to read as it comes (decode.ts).
import { Decrypter, Encrypter } from 'age-encryption';

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
 * The age file of the plaintext `chunks` make one after the other, `plaintextBytes` in all. The
 * chunks are asked for as age consumes them, so they can be made on demand and let go; the file is
 * written into one array of its exact length.
 */
export async function encryptChunks(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, plaintextBytes: number, recipients: readonly string[]): Promise<Uint8Array> {
  const unique = [...new Set(recipients)];
  if (unique.length === 0) throw new Error('A bundle needs at least one recipient');
  const encrypter = new Encrypter();
  for (const recipient of unique) encrypter.addRecipient(recipient);
  const encrypted = await (encrypter as unknown as StreamingEncrypter).encrypt(sliced(chunks));
  const file = new Uint8Array(encrypted.size(plaintextBytes));
  const reader = encrypted.getReader();
  let offset = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (offset + read.value.length > file.length) throw new Error(`age wrote more than the ${file.length} bytes expected`);
    file.set(read.value, offset);
    offset += read.value.length;
  }
  if (offset !== file.length) throw new Error(`age wrote ${offset} bytes where ${file.length} were expected`);
  return file;
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

/** Opens the header with `identities`; the payload is decrypted as `next` is called. */
export async function openEncrypted(ciphertext: Uint8Array, identities: readonly string[]): Promise<OpenOutcome> {
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  try {
    const plaintext = await (decrypter as unknown as StreamingDecrypter).decrypt(sliced([ciphertext]));
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
