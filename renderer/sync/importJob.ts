// The import off the page's thread, as the export does it (exportJob.ts): a Web Worker
// (syncImportWorker.ts) opens its own connection to the database with the data key it is sent,
// verifies and previews the bundle, keeps what it decoded while the user reads the preview, and
// applies it when asked. The file stays the page's (the desktop bridge lives here): the worker asks
// for it a slice at a time. The page receives only what the preview card shows. Cancel is heard
// between slices, and inside the final transaction between tables: that transaction aborts and the
// database is as it was. Without workers the same steps run on the page.
import { DecryptionError, type DecryptionFailure } from '../../shared/crypto/errors';
import { SyncCancelledError, type AnyRecord, type BundleManifest, type ByteSource, type SyncPreview } from '../../shared/sync';
import type { LocalUser } from '../db/session';
import { StorageFullError } from '../storage/space';
import { applyImport, type AppliedImport } from './applyBundle';
import { SyncNotReadyError, type SyncNotReadyReason } from './errors';
import type { SyncContext } from './exportBundle';
import { prepareImport, type PreparedImport, type RefusedImport } from './importBundle';
import type { ImportControl, ImportStep } from './importControl';

/** What the preview card shows of a verified bundle: small, and free of the decoded records. */
export interface ImportView {
  readonly fileName: string;
  readonly bytes: number;
  readonly manifest: BundleManifest;
  /** First bundle of an enrolled laptop: its device record. */
  readonly announcedDevice: AnyRecord | null;
  /** The label the bundle's own record of its sender gives, when it carries one. */
  readonly senderLabel: string | null;
  readonly counts: SyncPreview['counts'];
  readonly newConflicts: number;
  /** Workers leaving this laptop, and those of them kept for changes not yet exported. */
  readonly leaving: number;
  readonly kept: number;
  readonly samePersonFiles: number;
  readonly maxHlc: string | null;
}

export type PreviewOutcome = { readonly ok: true; readonly view: ImportView } | RefusedImport;

export function viewOf(prepared: PreparedImport): ImportView {
  const { bundle, preview } = prepared;
  const label = bundle.content.records.devices?.find((device) => device.id === bundle.manifest.sender.deviceId)?.data['label'];
  return {
    fileName: prepared.fileName,
    bytes: prepared.bytes,
    manifest: bundle.manifest,
    announcedDevice: bundle.announcedDevice,
    senderLabel: typeof label === 'string' ? label : null,
    counts: preview.counts,
    newConflicts: preview.newConflicts,
    leaving: preview.purge?.workerIds.length ?? 0,
    kept: preview.purge?.kept.length ?? 0,
    samePersonFiles: prepared.samePersonFiles,
    maxHlc: preview.maxHlc,
  };
}

/** An error as it crosses to the page: the kinds the page tells in words keep what it reads of them. */
export type WireError =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'notReady'; readonly reason: SyncNotReadyReason }
  | { readonly kind: 'decryption'; readonly reason: DecryptionFailure; readonly associatedData?: string }
  | { readonly kind: 'storageFull'; readonly needed: number; readonly available: number | null }
  | { readonly kind: 'other'; readonly name: string; readonly message: string };

export function toWire(error: unknown): WireError {
  if (error instanceof SyncCancelledError) return { kind: 'cancelled' };
  if (error instanceof SyncNotReadyError) return { kind: 'notReady', reason: error.reason };
  if (error instanceof DecryptionError) return { kind: 'decryption', reason: error.reason, ...(error.associatedData === undefined ? {} : { associatedData: error.associatedData }) };
  if (error instanceof StorageFullError) return { kind: 'storageFull', needed: error.needed, available: error.available };
  // Other errors keep their name: a store's refusal for lack of space is known by it (isQuotaError).
  return error instanceof Error ? { kind: 'other', name: error.name, message: error.message } : { kind: 'other', name: 'Error', message: String(error) };
}

export function fromWire(wire: WireError): Error {
  switch (wire.kind) {
    case 'cancelled':
      return new SyncCancelledError();
    case 'notReady':
      return new SyncNotReadyError(wire.reason);
    case 'decryption':
      return new DecryptionError(wire.reason, wire.associatedData);
    case 'storageFull':
      return new StorageFullError(wire.needed, wire.available);
    case 'other':
      return Object.assign(new Error(wire.message), { name: wire.name });
  }
}

export interface ImportStart {
  readonly type: 'start';
  readonly databaseName: string;
  readonly dataKey: CryptoKey;
  readonly user: LocalUser;
  readonly fileName: string;
  readonly size: number;
}

/** Page → worker. */
export type ImportCommand =
  | ImportStart
  | { readonly type: 'bytes'; readonly id: number; readonly bytes: Uint8Array }
  | { readonly type: 'readFailed'; readonly id: number; readonly message: string }
  | { readonly type: 'apply' }
  | { readonly type: 'cancel' };

/** Worker → page. */
export type ImportEvent =
  | { readonly type: 'read'; readonly id: number; readonly offset: number; readonly length: number }
  | { readonly type: 'step'; readonly step: ImportStep }
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'previewed'; readonly outcome: PreviewOutcome }
  | { readonly type: 'applied'; readonly applied: AppliedImport }
  | { readonly type: 'failed'; readonly error: WireError };

/** The worker's side: previews one bundle, the page's file, then applies it when asked. */
export function importWorkerEngine(open: (start: ImportStart) => Promise<SyncContext>, post: (event: ImportEvent) => void) {
  let cancelled = false;
  let ctx: SyncContext | null = null;
  let prepared: PreparedImport | null = null;
  const reads = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextRead = 0;
  const control: ImportControl = { cancelled: () => cancelled, onStep: (step) => post({ type: 'step', step }), onProgress: (done, total) => post({ type: 'progress', done, total }) };
  const pageFile = (size: number): ByteSource => ({
    size,
    read: (offset, length) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = nextRead++;
        reads.set(id, { resolve, reject });
        post({ type: 'read', id, offset, length });
      }),
  });
  const fail = (error: unknown) => post({ type: 'failed', error: toWire(error) });

  async function preview(start: ImportStart): Promise<void> {
    try {
      ctx = await open(start);
      const outcome = await prepareImport(ctx, pageFile(start.size), start.fileName, control);
      if (outcome.ok) prepared = outcome;
      post({ type: 'previewed', outcome: outcome.ok ? { ok: true, view: viewOf(outcome) } : outcome });
    } catch (error) {
      fail(error);
    }
  }

  async function apply(): Promise<void> {
    try {
      if (!ctx || !prepared) throw new Error('nothing previewed to apply');
      const applying = prepared;
      // What was decoded is let go once applied (or not): the worker previews one bundle.
      prepared = null;
      post({ type: 'applied', applied: await applyImport(ctx, applying, control) });
    } catch (error) {
      fail(error);
    }
  }

  return (command: ImportCommand) => {
    switch (command.type) {
      case 'start':
        return void preview(command);
      case 'apply':
        cancelled = false;
        return void apply();
      case 'cancel':
        cancelled = true;
        return;
      case 'bytes':
      case 'readFailed': {
        const waiting = reads.get(command.id);
        reads.delete(command.id);
        if (command.type === 'bytes') waiting?.resolve(command.bytes);
        else waiting?.reject(new Error(command.message));
        return;
      }
    }
  };
}

/** What the page uses of its import worker (a test stands in for it). */
export interface ImportPort {
  postMessage(command: ImportCommand): void;
  onmessage: ((message: MessageEvent<ImportEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

function defaultSpawn(): (() => ImportPort) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./syncImportWorker.ts', import.meta.url), { type: 'module' });
}

export interface ImportWatch {
  readonly onStep: (step: ImportStep) => void;
  readonly onProgress: (done: number, total: number) => void;
}

/** The page's side of one bundle: its preview, then applying it; cancel stops either with the database unchanged. */
export interface ImportJob {
  readonly preview: Promise<PreviewOutcome>;
  /** Applies the previewed bundle (once). */
  apply(): Promise<AppliedImport>;
  /** Stops the step under way: it rejects with SyncCancelledError, nothing written. */
  cancel(): void;
  /** Lets the worker (and what it decoded) go: the preview was dismissed, the bundle applied, or the screen closed (a step under way is cancelled first). */
  close(): void;
}

/** Previews `file` in a Web Worker (on the page where there are none); `watch` follows each step. */
export function startImport(ctx: SyncContext, file: ByteSource, fileName: string, watch: ImportWatch, spawn: (() => ImportPort) | null = defaultSpawn()): ImportJob {
  if (!spawn) return onThePage(ctx, file, fileName, watch);
  let cancelled = false;
  const worker = spawn();
  // The file's own failure (a stick pulled out) is told as the bridge told it, not as the worker's echo.
  let readError: unknown = null;
  let waiting: { resolve: (event: ImportEvent) => void; reject: (error: unknown) => void } | null = null;
  // The last step asked for, settled or not: the worker is let go only once it has answered (see close).
  let answered: Promise<void> = Promise.resolve();
  const next = () => {
    const reply = new Promise<ImportEvent>((resolve, reject) => (waiting = { resolve, reject }));
    answered = reply.then(
      () => {},
      () => {},
    );
    return reply;
  };
  const send = (command: ImportCommand) => worker.postMessage(command);
  worker.onerror = (event) => {
    event.preventDefault();
    waiting?.reject(new Error(`the import worker stopped: ${event.message}`));
  };
  worker.onmessage = ({ data: event }) => {
    switch (event.type) {
      case 'read':
        return void file.read(event.offset, event.length).then(
          (bytes) => send({ type: 'bytes', id: event.id, bytes }),
          (error: unknown) => {
            readError = error;
            send({ type: 'readFailed', id: event.id, message: error instanceof Error ? error.message : String(error) });
          },
        );
      case 'step':
        return watch.onStep(event.step);
      case 'progress':
        return watch.onProgress(event.done, event.total);
      case 'failed':
        return waiting?.reject(readError ?? fromWire(event.error));
      default:
        return waiting?.resolve(event);
    }
  };
  const settled = next();
  send({ type: 'start', databaseName: ctx.db.name, dataKey: ctx.codec.dataKey, user: { counselorId: ctx.session.counselorId, role: ctx.session.role }, fileName, size: file.size });
  const preview = settled.then((event) => {
    if (event.type !== 'previewed') throw new Error(`unexpected ${event.type} from the import worker`);
    // A preview that arrives after Cancel is dropped: the user asked to stop reading it.
    if (cancelled) throw new SyncCancelledError();
    return event.outcome;
  });
  return {
    preview,
    async apply() {
      const outcome = await preview;
      if (!outcome.ok) throw new Error('a refused bundle cannot be applied');
      cancelled = false;
      // The page's clock moves past the bundle as the worker's does, as applying on the page did:
      // a local edit made meanwhile is stamped after every incoming change.
      if (outcome.view.maxHlc) ctx.session.receive(outcome.view.maxHlc);
      const done = next();
      send({ type: 'apply' });
      const event = await done;
      if (event.type !== 'applied') throw new Error(`unexpected ${event.type} from the import worker`);
      // Once the transaction has committed the bundle is applied, whatever was asked meanwhile.
      return event.applied;
    },
    cancel() {
      cancelled = true;
      send({ type: 'cancel' });
    },
    close() {
      // Ended in the middle of a step (the screen closed), the worker is stopped first, so that
      // what it stored ahead of the transaction is dropped before it goes.
      cancelled = true;
      send({ type: 'cancel' });
      void answered.then(() => worker.terminate());
    },
  };
}

/** The same steps on the page's own thread and connection. */
function onThePage(ctx: SyncContext, file: ByteSource, fileName: string, watch: ImportWatch): ImportJob {
  let stopped = false;
  const control: ImportControl = { ...watch, cancelled: () => stopped };
  let prepared: PreparedImport | null = null;
  const preview = prepareImport(ctx, file, fileName, control).then((outcome): PreviewOutcome => {
    if (!outcome.ok) return outcome;
    prepared = outcome;
    return { ok: true, view: viewOf(outcome) };
  });
  return {
    preview,
    async apply() {
      await preview;
      const applying = prepared;
      prepared = null;
      if (!applying) throw new Error('nothing previewed to apply');
      stopped = false;
      return applyImport(ctx, applying, control);
    },
    cancel: () => void (stopped = true),
    close: () => void (prepared = null),
  };
}
