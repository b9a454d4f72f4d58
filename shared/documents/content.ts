// A document's bytes at rest: cut into chunks, each sealed with AES-GCM under the data key. The
// associated data names the document, the chunk's place, the number of chunks and the whole
// file's SHA-256, so a chunk moved to another document or place, a file cut short or a chunk
// of another version fails authentication, and the hash is checked again once the file is whole.
import { DecryptionError } from '../crypto/errors';
import { freshIv, isAuthenticationFailure, IV_BYTES, subtle, type CryptoKey } from '../crypto/runtime';
import { utf8Encode } from '../crypto/encoding';
import { sha256HexAsync } from '../sync/bytes';
import { chunkCount, chunkLength, DOCUMENT_CHUNK_BYTES, MAX_DOCUMENT_BYTES, type DocumentMediaType } from './types';

/** One sealed chunk as IndexedDB keeps it: binary, no base64. */
export interface SealedChunk {
  readonly iv: Uint8Array;
  /** Ciphertext and GCM tag. */
  readonly ct: Uint8Array;
}

/** Where a chunk belongs: authenticated with it. */
export interface ChunkPlace {
  readonly documentId: string;
  readonly index: number;
  readonly count: number;
  readonly sha256: string;
}

const chunkAssociatedData = (place: ChunkPlace) => utf8Encode(`pco/document-chunk/v1\n${place.documentId}\n${place.index}/${place.count}\n${place.sha256}`);

export async function sealChunk(key: CryptoKey, bytes: Uint8Array, place: ChunkPlace): Promise<SealedChunk> {
  const iv = freshIv();
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: chunkAssociatedData(place) }, key, bytes);
  return { iv, ct: new Uint8Array(ct) };
}

export async function openChunk(key: CryptoKey, sealed: SealedChunk, place: ChunkPlace): Promise<Uint8Array> {
  const where = `documents/${place.documentId}/${place.index}`;
  if (!(sealed.iv instanceof Uint8Array) || sealed.iv.length !== IV_BYTES || !(sealed.ct instanceof Uint8Array)) throw new DecryptionError('malformed', where);
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: chunkAssociatedData(place) }, key, sealed.ct));
  } catch (error) {
    if (isAuthenticationFailure(error)) throw new DecryptionError('authentication', where);
    throw error;
  }
}

/** The chunks of a file, in order (views on its bytes, not copies). */
export function* chunksOf(bytes: Uint8Array): Generator<Uint8Array> {
  const count = chunkCount(bytes.length);
  for (let index = 0; index < count; index += 1) yield bytes.subarray(index * DOCUMENT_CHUNK_BYTES, index * DOCUMENT_CHUNK_BYTES + chunkLength(bytes.length, index));
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);

/**
 * The media type the bytes are, from their signature: a PDF (`%PDF-`, within the first KiB as
 * readers accept), a JPEG (FF D8 FF) or a PNG; null for anything else, whatever its name says.
 */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0 && i < head.length - 4; i = head.indexOf(0x25, i + 1)) {
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return 'application/pdf';
  }
  return null;
}

/** Why a file cannot be kept, with the values its message names; null when it can. */
export type FileProblem = { readonly problem: 'empty' } | { readonly problem: 'tooLarge'; readonly bytes: number; readonly max: number } | { readonly problem: 'notSupported' };

export function fileProblem(bytes: Uint8Array | { readonly length: number }, head?: Uint8Array): FileProblem | null {
  if (bytes.length === 0) return { problem: 'empty' };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { problem: 'tooLarge', bytes: bytes.length, max: MAX_DOCUMENT_BYTES };
  const start = head ?? (bytes instanceof Uint8Array ? bytes : new Uint8Array(0));
  if (sniffMediaType(start) === null) return { problem: 'notSupported' };
  return null;
}

/** The file's hash as the metadata keeps it. */
export const documentHash = (bytes: Uint8Array): Promise<string> => sha256HexAsync(bytes);
