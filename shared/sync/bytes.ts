// Bytes helpers of the sync core: UTF-8 and SHA-256 in hex (file and payload hashes).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { createSHA256 } from 'hash-wasm';
import { web } from '../crypto/runtime';

const encoder = new web.TextEncoder();
// fatal: a bit flip that breaks UTF-8 must be caught as corruption, not replaced silently.
const decoder = new web.TextDecoder('utf-8', { fatal: true });

/** The same decoder, keeping a leading U+FEFF as a character instead of dropping it as a byte order mark. */
interface KeepBomDecoderGlobals {
  readonly TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(input: Uint8Array): string };
}
const keepBomDecoder = new (globalThis as unknown as KeepBomDecoderGlobals).TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Throws on invalid UTF-8. A leading byte order mark is dropped. */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * Throws on invalid UTF-8; a leading byte order mark stays in the text. For the pieces of a text
 * decoded one by one (a payload's lines): only the start of the whole text may lose one.
 */
export function utf8DecodePiece(bytes: Uint8Array): string {
  return keepBomDecoder.decode(bytes);
}

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** SHA-256 of bytes that arrive piece by piece: none is copied whole or kept. */
export interface Sha256Stream {
  update(bytes: Uint8Array): void;
  /** Hex digest of everything given; the stream is spent. */
  hex(): string;
}

/**
 * hash-wasm's SHA-256 (WebAssembly, as Argon2id in ../crypto/kdf.ts): about 2.5 times as fast as
 * @noble/hashes, which counts when the pieces make hundreds of megabytes.
 */
export async function sha256Stream(): Promise<Sha256Stream> {
  const hash = (await createSHA256()).init();
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    hex: () => hash.digest('hex'),
  };
}

interface DigestGlobals {
  readonly crypto?: { readonly subtle?: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } };
}

/** Above this, WebCrypto's copy of its input (the whole of it, kept until collected) would cost more than a slower hash. */
const WHOLE_DIGEST_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The same hash, through WebCrypto: native, about four times faster than @noble/hashes on a bundle
 * of megabytes. A bundle of hundreds of megabytes goes through sha256Stream instead (which reads
 * it in place), so that it is never held twice.
 */
export async function sha256HexAsync(bytes: Uint8Array): Promise<string> {
  if (bytes.length > WHOLE_DIGEST_MAX_BYTES) {
    const hash = await sha256Stream();
    hash.update(bytes);
    return hash.hex();
  }
  const subtle = (globalThis as DigestGlobals).crypto?.subtle;
  if (!subtle) return sha256Hex(bytes);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
}

/** The bytes of `pieces` one after another, in a new array. */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
