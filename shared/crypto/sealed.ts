// Sealed values: the encrypted form of a record's sensitive fields, as stored in IndexedDB.
// AES-GCM under the data key, a fresh random 96-bit IV per seal, and associated data naming where
// the value lives (e.g. "workers/<id>/profile"), so a ciphertext copied onto another record, or
// another table, fails authentication instead of silently showing someone else's data.
import { DecryptionError, EncodingError } from './errors';
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from './encoding';
import { freshIv, isAuthenticationFailure, IV_BYTES, subtle, type CryptoKey } from './runtime';

export { DecryptionError } from './errors';

/** Format 1. Writers always write the newest format; a reader per version stays forever. */
export interface SealedV1 {
  readonly v: 1;
  /** base64 of the 12-byte IV. */
  readonly iv: string;
  /** base64 of ciphertext + 16-byte GCM tag. */
  readonly ct: string;
}

/** Every format this build can open (a union as versions are added). */
export type Sealed = SealedV1;

type Kind = 'json' | 'bytes';
type Reader = (key: CryptoKey, sealed: Readonly<Record<string, unknown>>, kind: Kind, associatedData: string) => Promise<Uint8Array>;

const TAG_BYTES = 16;

// v1 associated data: format version and payload kind come first, so neither can be swapped
// (JSON opened as bytes, or a v1 body relabelled as a future version) without failing the tag.
function associatedDataV1(kind: Kind, associatedData: string): Uint8Array {
  return utf8Encode(`pco/sealed/v1/${kind}\n${associatedData}`);
}

async function sealV1(key: CryptoKey, plaintext: Uint8Array, kind: Kind, associatedData: string): Promise<SealedV1> {
  const iv = freshIv();
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: associatedDataV1(kind, associatedData) }, key, plaintext);
  return { v: 1, iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ct)) };
}

function decodeV1(sealed: Readonly<Record<string, unknown>>, associatedData: string): { iv: Uint8Array; ct: Uint8Array } {
  const { iv, ct } = sealed;
  try {
    if (typeof iv === 'string' && typeof ct === 'string') {
      const decoded = { iv: base64ToBytes(iv), ct: base64ToBytes(ct) };
      if (decoded.iv.length === IV_BYTES && decoded.ct.length >= TAG_BYTES) return decoded;
    }
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
  }
  throw new DecryptionError('malformed', associatedData);
}

const openV1: Reader = async (key, sealed, kind, associatedData) => {
  const { iv, ct } = decodeV1(sealed, associatedData);
  try {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: associatedDataV1(kind, associatedData) }, key, ct);
    return new Uint8Array(plain);
  } catch (error) {
    if (isAuthenticationFailure(error)) throw new DecryptionError('authentication', associatedData);
    throw error; // a key without the decrypt usage is a programming error, not damaged data
  }
};

const READERS: ReadonlyMap<number, Reader> = new Map([[1, openV1]]);

/** Shape check for values read from storage: any version, readable or not. */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { v, iv, ct } = value as Readonly<Record<string, unknown>>;
  return typeof v === 'number' && typeof iv === 'string' && typeof ct === 'string';
}

async function openKind(key: CryptoKey, sealed: Sealed, kind: Kind, associatedData: string): Promise<Uint8Array> {
  const envelope: unknown = sealed; // it came from storage: trust the type no further than its shape
  if (typeof envelope !== 'object' || envelope === null) throw new DecryptionError('malformed', associatedData);
  const fields = envelope as Readonly<Record<string, unknown>>;
  const reader = typeof fields.v === 'number' ? READERS.get(fields.v) : undefined;
  if (reader) return reader(key, fields, kind, associatedData);
  throw new DecryptionError(typeof fields.v === 'number' ? 'unsupportedVersion' : 'malformed', associatedData);
}

export function sealBytes(key: CryptoKey, bytes: Uint8Array, associatedData: string): Promise<Sealed> {
  return sealV1(key, bytes, 'bytes', associatedData);
}

export function openBytes(key: CryptoKey, sealed: Sealed, associatedData: string): Promise<Uint8Array> {
  return openKind(key, sealed, 'bytes', associatedData);
}

/** Seals any JSON-serialisable value; `undefined`, functions and symbols are refused (JSON drops them). */
export function sealJson(key: CryptoKey, value: unknown, associatedData: string): Promise<Sealed> {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return Promise.reject(new TypeError('sealJson: the value has no JSON form'));
  return sealV1(key, utf8Encode(text), 'json', associatedData);
}

/**
 * Opens a value sealed by sealJson. `T` is the caller's claim, not checked here: authentication
 * proves the value is what this app sealed at this place, and callers that need more validate
 * with the entity's zod schema.
 */
export async function openJson<T = unknown>(key: CryptoKey, sealed: Sealed, associatedData: string): Promise<T> {
  const bytes = await openKind(key, sealed, 'json', associatedData);
  try {
    return JSON.parse(utf8Decode(bytes)) as T;
  } catch {
    throw new DecryptionError('malformed', associatedData);
  }
}

export interface SealRequest {
  readonly value: unknown;
  readonly associatedData: string;
}

export interface OpenRequest {
  readonly sealed: Sealed;
  readonly associatedData: string;
}

// Each WebCrypto call has a fixed cost (a hop to a worker thread) far above the AES work on 1.5 KB,
// so keeping a few dozen in flight roughly halves the time of a 30,000-record pass compared with
// one at a time; more in flight only piles up promises and memory.
const IN_FLIGHT = 32;

/** `work` over every item, a few dozen WebCrypto calls in flight at a time; the first failure fails the whole. */
export async function mapInFlight<I, O>(items: readonly I[], work: (item: I) => Promise<O>): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length && !failed; i = next++) {
      try {
        results[i] = await work(items[i] as I);
      } catch (error) {
        failed = true; // stop the other lanes: the batch is all or nothing
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
  return results;
}

/** sealJson over many values, several in flight at once; results in input order. */
export function sealJsonMany(key: CryptoKey, items: readonly SealRequest[]): Promise<Sealed[]> {
  return mapInFlight(items, (item) => sealJson(key, item.value, item.associatedData));
}

/** openJson over many values; rejects with the first DecryptionError (which names the record). */
export function openJsonMany<T = unknown>(key: CryptoKey, items: readonly OpenRequest[]): Promise<T[]> {
  return mapInFlight(items, (item) => openJson<T>(key, item.sealed, item.associatedData));
}
