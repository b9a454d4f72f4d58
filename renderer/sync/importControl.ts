// What the import's two halves (importBundle.ts, applyBundle.ts) tell as they go, and how they are
// stopped: a step with its progress, and a flag read between pieces of work. A stop throws
// SyncCancelledError at the next check; before the final transaction commits nothing is visible.
import { mapInFlight } from '../../shared/crypto/sealed';
import { SyncCancelledError, type ByteSource } from '../../shared/sync';

/** Preview: reading (verifying) the file, comparing with local data. Apply: sealing rows, storing documents, writing. */
export type ImportStep = 'reading' | 'comparing' | 'sealing' | 'documents' | 'writing';

export const PREVIEW_STEPS: readonly ImportStep[] = ['reading', 'comparing'];
export const APPLY_STEPS: readonly ImportStep[] = ['sealing', 'documents', 'writing'];

export interface ImportControl {
  readonly cancelled: () => boolean;
  readonly onStep: (step: ImportStep) => void;
  /** Within the current step: bytes read, rows sealed, writes done, of the total. */
  readonly onProgress: (done: number, total: number) => void;
}

/** No progress told, never stopped: the sync tests and the contract store call the import so. */
export const UNWATCHED: ImportControl = { cancelled: () => false, onStep: () => {}, onProgress: () => {} };

export function throwIfCancelled(control: ImportControl): void {
  if (control.cancelled()) throw new SyncCancelledError();
}

/** The file as read for a step: each slice tells how far the reading is, and a stop ends it at the next slice. */
export function watchedSource(file: ByteSource, control: ImportControl): ByteSource {
  let furthest = 0;
  return {
    size: file.size,
    async read(offset, length) {
      throwIfCancelled(control);
      const bytes = await file.read(offset, length);
      furthest = Math.max(furthest, offset + bytes.length);
      control.onProgress(furthest, file.size);
      return bytes;
    },
  };
}

/** Rows sealed a slice at a time, so that progress moves and a stop is heard between slices. */
const SEAL_SLICE = 500;

export interface SealCounter {
  done: number;
  readonly total: number;
}

export async function sealInSlices<I, O>(items: readonly I[], seal: (item: I) => Promise<O>, control: ImportControl, counter: SealCounter): Promise<O[]> {
  const sealed: O[] = [];
  for (let start = 0; start < items.length; start += SEAL_SLICE) {
    throwIfCancelled(control);
    const slice = items.slice(start, start + SEAL_SLICE);
    for (const row of await mapInFlight(slice, seal)) sealed.push(row);
    counter.done += slice.length;
    control.onProgress(counter.done, counter.total);
  }
  return sealed;
}
