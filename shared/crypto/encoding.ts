// Bytes ↔ text for storage: standard base64 (with padding) and UTF-8. No Buffer: this runs in the
// renderer too. btoa/atob work on "binary strings" (one char per byte), built here in chunks
// because String.fromCharCode with a whole large array as arguments overflows the call stack.
import { EncodingError } from './errors';
import { web } from './runtime';

// Below the argument-count limit of every engine (V8's is ~65k on some platforms), with margin.
const CHUNK = 0x2000;

// Canonical base64: a stored value that is not means the data was damaged or was never ours.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    // apply, not spread: spreading a typed array goes through its iterator, ~5× slower (measured).
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return web.btoa(binary);
}

function paddingOf(text: string): number {
  return text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
}

export function base64ToBytes(text: string): Uint8Array {
  // Strictness without a regex pass over every record (that doubled the cost of opening 30,000):
  // atob rejects foreign characters and misplaced '=', and the length checks catch what it
  // forgives, missing padding and embedded whitespace (which would shorten the output).
  if (text.length % 4 !== 0) throw new EncodingError('Not canonical base64: length is not a multiple of 4');
  let binary: string;
  try {
    binary = web.atob(text);
  } catch {
    throw new EncodingError('Not base64');
  }
  if (binary.length !== (text.length / 4) * 3 - paddingOf(text)) throw new EncodingError('Not canonical base64');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The decoded length of canonical base64 text, without decoding it; undefined when not base64. */
export function base64ByteLength(text: string): number | undefined {
  if (!BASE64.test(text)) return undefined;
  return (text.length / 4) * 3 - paddingOf(text);
}

// One encoder/decoder for the module: constructing them per call shows up when sealing 30,000 records.
let encoder: { encode(input: string): Uint8Array } | undefined;
let decoder: { decode(input: Uint8Array): string } | undefined;

export function utf8Encode(text: string): Uint8Array {
  encoder ??= new web.TextEncoder();
  return encoder.encode(text);
}

/** Strict: invalid UTF-8 throws (a TypeError from TextDecoder) instead of turning into U+FFFD silently. */
export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new web.TextDecoder('utf-8', { fatal: true });
  return decoder.decode(bytes);
}
