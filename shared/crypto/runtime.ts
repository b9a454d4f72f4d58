// The few web-platform globals this folder needs: WebCrypto, TextEncoder/TextDecoder, btoa/atob.
// They exist in every runtime shared/ runs in (Chromium, Electron, Node ≥ 20), but shared/ compiles
// against ES2023 only, on purpose, so that no DOM or Node API can slip in unnoticed. Rather than
// pulling the whole DOM lib in for four globals, they are typed here, narrowly, and reached through
// `globalThis` in one place.

export type KeyUsage = 'encrypt' | 'decrypt' | 'sign' | 'verify' | 'deriveKey' | 'deriveBits' | 'wrapKey' | 'unwrapKey';

/**
 * Structurally identical to the DOM's `CryptoKey`, so keys flow both ways between this module and
 * DOM-typed code (renderer) without casts.
 */
export interface CryptoKey {
  readonly algorithm: { name: string };
  readonly extractable: boolean;
  readonly type: 'private' | 'public' | 'secret';
  readonly usages: KeyUsage[];
}

export interface AesGcmParams {
  readonly name: 'AES-GCM';
  readonly iv: Uint8Array;
  readonly additionalData?: Uint8Array;
}

export interface AesKeyAlgorithm {
  readonly name: 'AES-GCM';
  readonly length: 256;
}

/** The subset of SubtleCrypto used here (AES-GCM only). */
export interface Subtle {
  generateKey(algorithm: AesKeyAlgorithm, extractable: boolean, usages: KeyUsage[]): Promise<CryptoKey>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: { readonly name: 'AES-GCM' }, extractable: boolean, usages: KeyUsage[]): Promise<CryptoKey>;
  encrypt(algorithm: AesGcmParams, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  wrapKey(format: 'raw', key: CryptoKey, wrappingKey: CryptoKey, algorithm: AesGcmParams): Promise<ArrayBuffer>;
  unwrapKey(
    format: 'raw',
    wrappedKey: Uint8Array,
    unwrappingKey: CryptoKey,
    unwrapAlgorithm: AesGcmParams,
    unwrappedKeyAlgorithm: AesKeyAlgorithm,
    extractable: boolean,
    usages: KeyUsage[],
  ): Promise<CryptoKey>;
}

interface WebGlobals {
  readonly crypto?: { readonly subtle?: Subtle; getRandomValues(array: Uint8Array): Uint8Array };
  readonly TextEncoder: new () => { encode(input: string): Uint8Array };
  readonly TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(input: Uint8Array): string };
  btoa(data: string): string;
  atob(data: string): string;
}

export const web = globalThis as unknown as WebGlobals;

/** WebCrypto is missing: an old runtime, or a page served over plain http from another host (not a secure context). */
export class CryptoUnavailableError extends Error {
  constructor() {
    super('WebCrypto (crypto.subtle) is not available: the app must run in a secure context (https, localhost or Electron)');
    this.name = 'CryptoUnavailableError';
  }
}

export function subtle(): Subtle {
  const s = web.crypto?.subtle;
  if (!s) throw new CryptoUnavailableError();
  return s;
}

/** Fresh random bytes straight from the CSPRNG: for keys, salts and recovery codes. */
export function randomBytes(length: number): Uint8Array {
  const c = web.crypto;
  if (!c) throw new CryptoUnavailableError();
  return c.getRandomValues(new Uint8Array(length));
}

// IVs are public and needed by the tens of thousands (sealing a whole caseload), while each
// getRandomValues call costs a few microseconds of fixed overhead (≈ 6 µs in Node 20, 30,000 calls
// ≈ 170 ms). So IVs come from a pool filled by one call per 16 KiB. Every byte is CSPRNG output
// handed out once, never reused, so each IV is as fresh as a direct call would give.
const IV_POOL_BYTES = 16_384;
let ivPool: Uint8Array = new Uint8Array(0);
let ivOffset = 0;

/** AES-GCM's standard 96-bit nonce: the only length that needs no extra hashing and that every implementation supports. */
export const IV_BYTES = 12;

export function freshIv(): Uint8Array {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_BYTES);
    ivOffset = 0;
  }
  const iv = ivPool.slice(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/** Node rejects with a DOMException named OperationError, Chromium too: both when AES-GCM authentication fails. */
export function isAuthenticationFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'OperationError';
}
