// DesktopBridge that lives in memory, for unit and component tests: it records what was saved,
// hands out files queued for opening, and can be told to fail the next call. It validates
// requests with the shared schemas, so a test catches a request Electron would refuse.
// Secret "protection" here is a TEST-ONLY fake (see fakeProtect): reversible by anyone, it only
// lets tests exercise the OS-protected path and its failures without Electron.
import type { z } from 'zod';
import type { AppInfo, BridgeErrorCode, BridgeResult, DesktopBridge, FileFilter, OpenedFile, RemovableDrive, SavedFile, SecretStorageInfo } from '../../../shared/platform/desktopBridge';
import { openFileRequestSchema, protectedSecretBytesSchema, saveFileRequestSchema, secretBytesSchema, tooLargeFailure } from '../../../shared/platform/desktopBridge';
import { createMemoryFolders, type MemoryFolders } from './folders';
import { createMemoryFileStreams } from './fileStreams';

export interface SavedRecord {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly filters: readonly FileFilter[];
}

export type BridgeMethod = 'saveFile' | 'openFile' | 'protectSecret' | 'unprotectSecret';

/** TEST ONLY: the marker and XOR key of the fake protection. Not security; never ship it. */
const FAKE_PROTECTION_MARKER = new TextEncoder().encode('TEST-ONLY-NOT-PROTECTED:');
const FAKE_PROTECTION_KEY = 0xa5;
const FAKE_BACKEND = 'memory-test-only';

/** TEST ONLY: marker + each byte XOR a fixed key. Looks unlike the input, protects nothing. */
export function fakeProtect(plain: Uint8Array): Uint8Array {
  const out = new Uint8Array(FAKE_PROTECTION_MARKER.byteLength + plain.byteLength);
  out.set(FAKE_PROTECTION_MARKER);
  plain.forEach((byte, i) => (out[FAKE_PROTECTION_MARKER.byteLength + i] = byte ^ FAKE_PROTECTION_KEY));
  return out;
}

/** TEST ONLY: the inverse of fakeProtect; undefined for bytes it did not produce. */
export function fakeUnprotect(sealed: Uint8Array): Uint8Array | undefined {
  const marker = FAKE_PROTECTION_MARKER;
  if (sealed.byteLength < marker.byteLength || marker.some((byte, i) => sealed[i] !== byte)) return undefined;
  return sealed.subarray(marker.byteLength).map((byte) => byte ^ FAKE_PROTECTION_KEY);
}

export interface MemoryBridge extends DesktopBridge, MemoryFolders {
  /** Every successful save, oldest first (bytes are copies). */
  readonly saved: readonly SavedRecord[];
  /** Files the next openFile calls return, in order; with none queued, openFile is 'cancelled'. */
  queueOpen(...files: OpenedFile[]): void;
  /** Simulates the OS opening a bundle with the app (double-click): the next takeOpenedBundle returns it. */
  queueOpenedBundle(file: OpenedFile): void;
  /** Makes the next call of `method` answer with this error instead of doing its work. */
  failNext(method: BridgeMethod, error: BridgeErrorCode, detail?: string): void;
  /**
   * Simulates a machine without OS key protection (the browser, Linux without a keyring):
   * secretStorage() says unavailable and protect/unprotect answer 'unavailable'. On by default.
   */
  setSecretStorageAvailable(available: boolean): void;
  /** Simulates plugging a stick: listRemovableDrives reports it, and its token (not its path) reaches it as a shared folder. */
  plugDrive(drive: RemovableDrive): void;
  /** Forgets saves, queued files and failures, and makes secret storage available again. */
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
  const openedByOs: OpenedFile[] = [];
  const failures = new Map<BridgeMethod, Failure[]>();
  let secretStorageAvailable = true;
  const folders = createMemoryFolders();
  const drives: RemovableDrive[] = [];

  const takeFailure = (method: BridgeMethod): Failure | undefined => failures.get(method)?.shift();

  /** After validation, as in Electron: a queued failure, then the availability switch. */
  const secretRefusal = (method: 'protectSecret' | 'unprotectSecret'): BridgeResult<never> | undefined => {
    const failure = takeFailure(method);
    if (failure) return fail(failure);
    if (!secretStorageAvailable) return fail({ error: 'unavailable', detail: 'secret storage switched off in the memory bridge' });
    return undefined;
  };

  const saveDialogRefusal = (): BridgeResult<never> | null => {
    const failure = takeFailure('saveFile');
    return failure ? fail(failure) : null;
  };
  const recordSave = (name: string, bytes: Uint8Array, filters: readonly FileFilter[]): SavedFile => {
    saved.push({ name, bytes: bytes.slice(), filters });
    return { location: `memory://${name}`, size: bytes.byteLength };
  };
  const openViaDialog = (): BridgeResult<OpenedFile> => {
    const failure = takeFailure('openFile');
    if (failure) return fail(failure);
    const next = toOpen.shift();
    return next ? { ok: true, value: { name: next.name, bytes: next.bytes.slice() } } : fail({ error: 'cancelled' });
  };

  return {
    ...folders,
    ...createMemoryFileStreams({ folders, saveDialogRefusal, recordSave, openViaDialog }),
    saved,
    getAppInfo: () => Promise.resolve({ ...info }),

    saveFile(request): Promise<BridgeResult<SavedFile>> {
      const parsed = saveFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(invalid(parsed.error));
      const { suggestedName, bytes, filters } = parsed.data;
      return Promise.resolve(saveDialogRefusal() ?? { ok: true, value: recordSave(suggestedName, bytes, filters) });
    },

    openFile(request): Promise<BridgeResult<OpenedFile>> {
      const parsed = openFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve(invalid(parsed.error));
      const next = openViaDialog();
      if (next.ok && next.value.bytes.byteLength > parsed.data.maxBytes) return Promise.resolve(tooLargeFailure(next.value.bytes.byteLength, parsed.data.maxBytes));
      return Promise.resolve(next);
    },

    secretStorage(): Promise<SecretStorageInfo> {
      return Promise.resolve({ available: secretStorageAvailable, backend: secretStorageAvailable ? FAKE_BACKEND : 'none' });
    },

    protectSecret(plain): Promise<BridgeResult<Uint8Array>> {
      const parsed = secretBytesSchema.safeParse(plain);
      if (!parsed.success) return Promise.resolve(invalid(parsed.error));
      const refusal = secretRefusal('protectSecret');
      if (refusal) return Promise.resolve(refusal);
      return Promise.resolve({ ok: true, value: fakeProtect(parsed.data) });
    },

    unprotectSecret(protectedBytes): Promise<BridgeResult<Uint8Array>> {
      const parsed = protectedSecretBytesSchema.safeParse(protectedBytes);
      if (!parsed.success) return Promise.resolve(invalid(parsed.error));
      const refusal = secretRefusal('unprotectSecret');
      if (refusal) return Promise.resolve(refusal);
      const plain = fakeUnprotect(parsed.data);
      return Promise.resolve(plain ? { ok: true, value: plain } : fail({ error: 'ioError', detail: 'not protected by this memory bridge' }));
    },

    listRemovableDrives: () => Promise.resolve({ ok: true, value: drives.map((drive) => ({ ...drive })) }),

    plugDrive(drive) {
      drives.push(drive);
      folders.issueFolder(drive.token);
    },

    setSecretStorageAvailable(available) {
      secretStorageAvailable = available;
    },

    queueOpen(...files) {
      toOpen.push(...files);
    },

    takeOpenedBundle(): Promise<BridgeResult<OpenedFile | null>> {
      const next = openedByOs.shift();
      return Promise.resolve({ ok: true, value: next ? { name: next.name, bytes: next.bytes.slice() } : null });
    },

    queueOpenedBundle(file) {
      openedByOs.push({ name: file.name, bytes: file.bytes.slice() });
    },

    failNext(method, error, detail) {
      const queue = failures.get(method) ?? [];
      queue.push({ error, detail });
      failures.set(method, queue);
    },

    reset() {
      saved.length = 0;
      drives.length = 0;
      toOpen.length = 0;
      openedByOs.length = 0;
      failures.clear();
      secretStorageAvailable = true;
      folders.clearFolders();
    },
  };
}

/** A shared instance, so the memory bridge can stand in for `#bridge` in tests. */
export const bridge: MemoryBridge = createMemoryBridge();
