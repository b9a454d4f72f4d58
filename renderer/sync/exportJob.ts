// The export off the page's thread: a Web Worker (exportWorker.ts) opens its own connection to the
// database with the data key it is sent (as the reports' worker does), reads and encrypts, and posts
// the bundle a piece at a time to the page, which writes it into the file it opened on the click
// (the desktop bridge lives on the page). Each piece is acknowledged before the next is made, so no
// more than a piece waits in between. Cancel stops the worker between pages and drops the file.
// Without workers (or when the worker cannot start) the export runs on the page, as before.
import type { BridgeResult, SavedFile } from '../../shared/platform/desktopBridge';
import type { FileSink } from '../../shared/platform/fileStreams';
import { SyncCancelledError } from '../../shared/sync';
import type { CounselorRole } from '../../shared/domain/programme';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import type { Session } from '../db/session';
import { planExport, writeInto, type ExportControl, type ExportStep, type OpenBundleSink, type SyncContext, type WrittenExport } from './exportBundle';
import { SyncNotReadyError, type SyncNotReadyReason } from './errors';

export interface ExportStart {
  readonly type: 'start';
  readonly databaseName: string;
  readonly dataKey: CryptoKey;
  readonly session: { readonly deviceId: string; readonly counselorId: string; readonly role: CounselorRole };
  readonly createdAt: string;
  readonly peerDeviceId: string;
}

/** Page → worker. */
export type ExportCommand = ExportStart | { readonly type: 'written' } | { readonly type: 'finished'; readonly saved: SavedFile } | { readonly type: 'sinkFailed'; readonly message: string } | { readonly type: 'cancel' };

/** Worker → page. */
export type ExportEvent =
  | { readonly type: 'step'; readonly step: ExportStep }
  | { readonly type: 'bytes'; readonly done: number; readonly total: number }
  | { readonly type: 'write'; readonly piece: Uint8Array }
  | { readonly type: 'finish' }
  | { readonly type: 'abort' }
  | { readonly type: 'done'; readonly written: WrittenExport }
  | { readonly type: 'failed'; readonly name: string; readonly message: string; readonly reason?: SyncNotReadyReason };

/** A session that only tells who exports and when: the export writes nothing, so it never ticks the clock. */
function exportSession(who: ExportStart['session'], nowIso: string): Session {
  const writes = (): never => {
    throw new Error('the export worker writes nothing');
  };
  return { ...who, author: () => ({ counselorId: who.counselorId, deviceId: who.deviceId, nowIso }), tick: writes, receive: writes, persistClock: () => Promise.reject(new Error('the export worker writes nothing')) };
}

/** The worker's side: runs one export, its file being the page's. */
export function exportWorkerEngine(open: (databaseName: string, dataKey: CryptoKey) => { db: PcoDatabase; codec: RecordCodec }, post: (event: ExportEvent, transfer?: Transferable[]) => void) {
  let cancelled = false;
  let answer: ((command: ExportCommand) => void) | null = null;
  /** Posts `event` and waits for the page's answer to it. */
  const ask = (event: ExportEvent, transfer?: Transferable[]) =>
    new Promise<ExportCommand>((resolve) => {
      answer = resolve;
      post(event, transfer);
    });
  const pageSink: FileSink = {
    async write(bytes) {
      // The piece is copied out of the encoder's buffer, then handed over without a second copy.
      const piece = bytes.slice();
      const reply = await ask({ type: 'write', piece }, [piece.buffer]);
      if (reply.type === 'sinkFailed') throw new Error(reply.message);
    },
    async finish() {
      const reply = await ask({ type: 'finish' });
      if (reply.type !== 'finished') throw new Error(reply.type === 'sinkFailed' ? reply.message : 'the file was not saved');
      return reply.saved;
    },
    abort: () => Promise.resolve(post({ type: 'abort' })),
  };

  async function run(start: ExportStart): Promise<void> {
    const { db, codec } = open(start.databaseName, start.dataKey);
    const ctx: SyncContext = { db, codec, session: exportSession(start.session, start.createdAt) };
    try {
      const plan = await planExport(ctx, start.peerDeviceId);
      const control: ExportControl = { cancelled: () => cancelled, onBytes: (done, total) => post({ type: 'bytes', done, total }) };
      const written = await writeInto(ctx, plan, pageSink, (step) => post({ type: 'step', step }), control);
      post({ type: 'done', written });
    } catch (error) {
      const reason = error instanceof SyncNotReadyError ? { reason: error.reason } : {};
      post({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error), ...reason });
    } finally {
      db.close();
    }
  }

  return (command: ExportCommand) => {
    if (command.type === 'start') void run(command);
    else if (command.type === 'cancel') cancelled = true;
    else {
      const waiting = answer;
      answer = null;
      waiting?.(command);
    }
  };
}

/** The page's side of an export. */
export interface RunningExport {
  readonly result: Promise<BridgeResult<WrittenExport>>;
  /** Stops the export: `result` rejects with SyncCancelledError and the file is dropped. */
  cancel(): void;
}

export interface ExportWatch {
  readonly onStep: (step: ExportStep) => void;
  readonly onBytes: (done: number, total: number) => void;
}

const failureOf = (event: Extract<ExportEvent, { type: 'failed' }>): Error => {
  if (event.name === 'SyncCancelledError') return new SyncCancelledError();
  if (event.reason) return new SyncNotReadyError(event.reason);
  return new Error(event.message);
};

/**
 * Exports to `peerDeviceId` in a Web Worker: the checks and the file dialog first, on the page
 * (the dialog opens on the click), then the bundle made in the worker and written here.
 */
export function startExport(ctx: SyncContext, peerDeviceId: string, open: OpenBundleSink, watch: ExportWatch, spawn: (() => ExportPort) | null = defaultSpawn()): RunningExport {
  let cancelled = false;
  let worker: ExportPort | undefined;
  const result = (async (): Promise<BridgeResult<WrittenExport>> => {
    const plan = await planExport(ctx, peerDeviceId);
    const opened = await open(plan.fileName);
    if (!opened.ok) return opened;
    const sink = opened.value;
    if (cancelled) {
      await sink.abort();
      throw new SyncCancelledError();
    }
    if (!spawn) return { ok: true, value: await writeInto(ctx, plan, sink, watch.onStep, { onBytes: watch.onBytes, cancelled: () => cancelled }) };
    const running = spawn();
    worker = running;
    try {
      return { ok: true, value: await inWorker(running, sink, watch, { type: 'start', databaseName: ctx.db.name, dataKey: ctx.codec.dataKey, session: { deviceId: ctx.session.deviceId, counselorId: ctx.session.counselorId, role: ctx.session.role }, createdAt: plan.createdAt, peerDeviceId }) };
    } finally {
      running.terminate();
      worker = undefined;
    }
  })();
  return {
    result,
    cancel() {
      cancelled = true;
      worker?.postMessage({ type: 'cancel' } satisfies ExportCommand);
    },
  };
}

/** What the page uses of its export worker (a test stands in for it). */
export interface ExportPort {
  postMessage(command: ExportCommand): void;
  onmessage: ((message: MessageEvent<ExportEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

function defaultSpawn(): (() => ExportPort) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
}

function inWorker(worker: ExportPort, sink: FileSink, watch: ExportWatch, start: ExportStart): Promise<WrittenExport> {
  return new Promise<WrittenExport>((resolve, reject) => {
    let sinkError: unknown = null;
    const send = (command: ExportCommand) => worker.postMessage(command);
    worker.onerror = (event) => {
      event.preventDefault();
      void sink.abort();
      reject(new Error(`the export worker stopped: ${event.message}`));
    };
    worker.onmessage = (message: MessageEvent<ExportEvent>) => {
      const event = message.data;
      switch (event.type) {
        case 'step':
          return watch.onStep(event.step);
        case 'bytes':
          return watch.onBytes(event.done, event.total);
        case 'write':
          return void sink.write(event.piece).then(
            () => send({ type: 'written' }),
            (error: unknown) => {
              sinkError = error;
              send({ type: 'sinkFailed', message: error instanceof Error ? error.message : String(error) });
            },
          );
        case 'finish':
          return void sink.finish().then(
            (saved) => send({ type: 'finished', saved }),
            (error: unknown) => {
              sinkError = error;
              send({ type: 'sinkFailed', message: error instanceof Error ? error.message : String(error) });
            },
          );
        case 'abort':
          return void sink.abort();
        case 'done':
          return resolve(event.written);
        case 'failed':
          // A failure of the file itself (a full disk) is told as the bridge told it.
          return reject(sinkError ?? failureOf(event));
      }
    };
    send(start);
  });
}
