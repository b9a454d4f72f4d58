// The space the browser grants this app, read where the app writes: `spaceFor` before a write that
// may be large (a document, an incoming bundle) and `guardQuota` around a transaction, so that a
// refusal of the store reaches the user as a StorageFullError naming the space needed and left.
// IndexedDB aborts the refused transaction whole: nothing of it is written.
import { checkSpace, isQuotaError, spaceAvailable, spaceNeeded, type SpaceCheck, type SpaceEstimate } from '../../shared/storage/space';

/** The part of StorageManager read here (tests pass their own). */
export interface StorageGauge {
  estimate(): Promise<SpaceEstimate>;
}

/** The browser's StorageManager, where there is one (not in a unit test's Node, nor an old browser). */
function browserGauge(): StorageGauge | null {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.estimate === 'function' ? navigator.storage : null;
}

/** The store refused a write, or would: `needed` bytes against `available` (null: the browser does not say). */
export class StorageFullError extends Error {
  constructor(
    readonly needed: number,
    readonly available: number | null,
    options?: { cause?: unknown },
  ) {
    super(`Not enough space for the data: ${needed} bytes needed, ${available ?? 'unknown'} available`, options);
    this.name = 'StorageFullError';
  }
}

async function estimateOf(gauge: StorageGauge | null): Promise<SpaceEstimate | null> {
  if (!gauge) return null;
  try {
    return await gauge.estimate();
  } catch {
    // An estimate that fails tells nothing: the write decides.
    return null;
  }
}

/**
 * Whether a write of `bytesNeeded` bytes fits what this laptop has left for the app, with room kept
 * for the store's own records: `{ ok: true }`, or the space needed against the space available.
 * For the documents UI (before adding a file) and the sync import (before applying a bundle).
 */
export async function spaceFor(bytesNeeded: number, gauge: StorageGauge | null = browserGauge()): Promise<SpaceCheck> {
  return checkSpace(bytesNeeded, await estimateOf(gauge));
}

/** Throws a StorageFullError when `bytesNeeded` would not fit (see spaceFor). */
export async function ensureSpace(bytesNeeded: number, gauge: StorageGauge | null = browserGauge()): Promise<void> {
  const check = await spaceFor(bytesNeeded, gauge);
  if (!check.ok) throw new StorageFullError(check.needed, check.available);
}

/**
 * Runs a write; if the store refuses it for lack of space (however Dexie wraps the refusal), throws
 * a StorageFullError naming about `bytesNeeded` (a number, or a function read only then) and what
 * is left. Any other failure passes through unchanged.
 */
export async function guardQuota<T>(bytesNeeded: number | (() => number), write: () => Promise<T>, gauge: StorageGauge | null = browserGauge()): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const needed = spaceNeeded(typeof bytesNeeded === 'function' ? bytesNeeded() : bytesNeeded);
    // Chromium's estimate is a fixed figure over the usage (so that it tells nothing of the disk):
    // when it says there is room the store has just refused, the space left is not known.
    const available = spaceAvailable(await estimateOf(gauge));
    throw new StorageFullError(needed, available !== null && available < needed ? available : null, { cause: error });
  }
}

/** The browser's estimate now, or null when it does not give one. */
export function readEstimate(gauge: StorageGauge | null = browserGauge()): Promise<SpaceEstimate | null> {
  return estimateOf(gauge);
}

/** Whether the browser keeps the app's data when the disk runs low: 'unavailable' where it cannot be asked. */
export type Persistence = 'persisted' | 'notPersisted' | 'unavailable';

function persistenceApi(): Pick<StorageManager, 'persist' | 'persisted'> | null {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persist === 'function' && typeof navigator.storage.persisted === 'function' ? navigator.storage : null;
}

export async function readPersistence(): Promise<Persistence> {
  const api = persistenceApi();
  if (!api) return 'unavailable';
  try {
    return (await api.persisted()) ? 'persisted' : 'notPersisted';
  } catch {
    return 'unavailable';
  }
}

/** Asks the browser to keep the data (it may ask the user, or decide alone); the answer as read back. */
export async function requestPersistence(): Promise<Persistence> {
  const api = persistenceApi();
  if (!api) return 'unavailable';
  try {
    return (await api.persist()) ? 'persisted' : 'notPersisted';
  } catch {
    return 'unavailable';
  }
}
