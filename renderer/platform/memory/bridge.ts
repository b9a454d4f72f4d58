// DesktopBridge that lives in memory, for unit and component tests: it records what was saved,
// hands out files queued for opening, and can be told to fail the next call. It validates
// requests with the shared schemas, so a test catches a request Electron would refuse.
import type { z } from 'zod';
import type { AppInfo, BridgeErrorCode, BridgeResult, DesktopBridge, FileFilter, OpenedFile, SavedFile } from '../../../shared/platform/desktopBridge';
import { openFileRequestSchema, saveFileRequestSchema } from '../../../shared/platform/desktopBridge';

export interface SavedRecord {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly filters: readonly FileFilter[];
}

export type BridgeMethod = 'saveFile' | 'openFile';

export interface MemoryBridge extends DesktopBridge {
  /** Every successful save, oldest first (bytes are copies). */
  readonly saved: readonly SavedRecord[];
  /** Files the next openFile calls return, in order; with none queued, openFile is 'cancelled'. */
  queueOpen(...files: OpenedFile[]): void;
  /** Makes the next call of `method` answer with this error instead of doing its work. */
  failNext(method: BridgeMethod, error: BridgeErrorCode, detail?: string): void;
  reset(): void;
}

interface Failure {
  readonly error: BridgeErrorCode;
  readonly detail?: string | undefined;
}

const fail = ({ error, detail }: Failure): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

const invalid = (error: z.ZodError): BridgeResult<never> => fail({ error: 'invalidRequest', detail: error.issues.map((issue) => issue.message).join('; ') });

export function createMemoryBridge(appInfo: Partial<AppInfo> = {}): MemoryBridge {
  const info: AppInfo = { kind: 'web', version: '0.0.0-test', platform: 'memory', ...appInfo };
  const saved: SavedRecord[] = [];
  const toOpen: OpenedFile[] = [];
  const failures = new Map<BridgeMethod, Failure[]>();

  const takeFailure = (method: BridgeMethod): Failure | undefined => failures.get(method)?.shift();

  return {
    saved,
    getAppInfo: () => Promise.resolve({ ...info }),

    saveFile(request): Promise<BridgeResult<SavedFile>> {
      const parsed = saveFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(invalid(parsed.error));
      const failure = takeFailure('saveFile');
      if (failure) return Promise.resolve(fail(failure));
      const { suggestedName, bytes, filters } = parsed.data;
      saved.push({ name: suggestedName, bytes: bytes.slice(), filters });
      return Promise.resolve({ ok: true, value: { location: `memory://${suggestedName}`, size: bytes.byteLength } });
    },

    openFile(request): Promise<BridgeResult<OpenedFile>> {
      const parsed = openFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(invalid(parsed.error));
      const failure = takeFailure('openFile');
      if (failure) return Promise.resolve(fail(failure));
      const next = toOpen.shift();
      if (!next) return Promise.resolve(fail({ error: 'cancelled' }));
      if (next.bytes.byteLength > parsed.data.maxBytes) return Promise.resolve(fail({ error: 'tooLarge', detail: `${next.bytes.byteLength} bytes, limit ${parsed.data.maxBytes}` }));
      return Promise.resolve({ ok: true, value: { name: next.name, bytes: next.bytes.slice() } });
    },

    queueOpen(...files) {
      toOpen.push(...files);
    },

    failNext(method, error, detail) {
      const queue = failures.get(method) ?? [];
      queue.push({ error, detail });
      failures.set(method, queue);
    },

    reset() {
      saved.length = 0;
      toOpen.length = 0;
      failures.clear();
    },
  };
}

/** A shared instance, so the memory bridge can stand in for `#bridge` in tests. */
export const bridge: MemoryBridge = createMemoryBridge();
