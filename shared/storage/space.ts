// Space for the data on this laptop: whether a write of some size fits what the browser grants the
// app (its quota less what it already uses), what a write weighs once stored, how a refusal of the
// store is recognised however it is wrapped, and how a size reads in the interface. Pure: the
// estimate is read by the renderer (navigator.storage) and passed in.
import { formatNumber } from '../i18n/locale';

/** What the browser says of the app's storage (StorageManager.estimate): both may be unknown. */
export interface SpaceEstimate {
  readonly usage?: number;
  readonly quota?: number;
}

/** The answer to "does this fit": yes, or how much is needed against how much is left. */
export type SpaceCheck = { readonly ok: true } | { readonly ok: false; readonly needed: number; readonly available: number };

/**
 * Kept free beyond the write itself: the same write stores keys and indexes beside the values,
 * IndexedDB logs it before compacting, and the audit entries and drafts that follow need room too.
 * A warning a little early is better than a refusal in the middle of the user's work.
 */
export const SPACE_RESERVE_BYTES = 1024 * 1024;

/** The space a write of `bytes` asks for: the bytes, a twentieth for the sealing and the store's own records, and the reserve. */
export function spaceNeeded(bytes: number): number {
  return Math.ceil(Math.max(0, bytes) * 1.05) + SPACE_RESERVE_BYTES;
}

/** What is left for the app: the quota less the usage, never below zero; null when the browser does not say. */
export function spaceAvailable(estimate: SpaceEstimate | null): number | null {
  if (!estimate || typeof estimate.quota !== 'number' || typeof estimate.usage !== 'number') return null;
  return Math.max(0, estimate.quota - estimate.usage);
}

/** Whether `bytes` fit; when the browser gives no estimate the write is let through (the store still refuses what does not fit). */
export function checkSpace(bytes: number, estimate: SpaceEstimate | null): SpaceCheck {
  const available = spaceAvailable(estimate);
  if (available === null) return { ok: true };
  const needed = spaceNeeded(bytes);
  return needed <= available ? { ok: true } : { ok: false, needed, available };
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded']);

/**
 * Whether an error is the store refusing a write for lack of space: the DOMException itself, or as
 * Dexie passes it on (its own QuotaExceededError, an AbortError whose `inner` is the refusal, a
 * BulkError listing it among its `failures`), or an Error whose `cause` is one.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  if ('name' in error && typeof error.name === 'string' && QUOTA_NAMES.has(error.name)) return true;
  if ('inner' in error && isQuotaError(error.inner, depth + 1)) return true;
  if ('cause' in error && isQuotaError(error.cause, depth + 1)) return true;
  if ('failures' in error && Array.isArray(error.failures)) return error.failures.some((failure: unknown) => isQuotaError(failure, depth + 1));
  return false;
}

/**
 * About what a value weighs once stored: a byte per character of text (sealed fields are base64 or
 * bytes, both ASCII-sized), the length of binary data, eight bytes per number, and the keys of
 * objects. An estimate for a message and a check, not an accounting.
 */
export function storedSize(value: unknown, seen: Set<object> = new Set()): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'bigint') return 8;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  // The store clones a value referenced twice once.
  if (typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((total: number, item: unknown) => total + storedSize(item, seen), 0);
  let total = 0;
  for (const [key, item] of Object.entries(value)) total += key.length + storedSize(item, seen);
  return total;
}

/** Symbols, the same in Italian and English. */
export type ByteUnit = 'B' | 'kB' | 'MB' | 'GB';

/** A size in the largest unit that keeps it at least 1 (1,024 to a unit), rounded to one decimal. */
export function byteAmount(bytes: number): { readonly amount: number; readonly unit: ByteUnit } {
  const units: readonly ByteUnit[] = ['B', 'kB', 'MB', 'GB'];
  let amount = Math.max(0, bytes);
  let index = 0;
  while (amount >= 1024 && index < units.length - 1) {
    amount /= 1024;
    index += 1;
  }
  // A share of a byte means nothing; from kilobytes on, one decimal says enough.
  const rounded = index === 0 ? Math.round(amount) : Math.round(amount * 10) / 10;
  return { amount: rounded, unit: units[index] ?? 'GB' };
}

/** A size as the interface language writes it: "1,5 MB" in Italian, "1.5 MB" in English. */
export function formatBytes(bytes: number, language: string): string {
  const { amount, unit } = byteAmount(bytes);
  return `${formatNumber(amount, language)} ${unit}`;
}
