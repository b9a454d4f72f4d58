// The page's side of the import worker: one request at a time, progress as it goes, and Cancel,
// which ends the worker (what it had read goes with it). Where workers are missing (unit tests)
// the same engine runs on the page's thread.
import { NotASpreadsheetError } from './errors';
import { createImportEngine, type ImportEngine, type ImportReply, type ImportRequest, type ImportResponse, type WorkbookSummary } from './importJob';
import type { ReadRow } from '../../shared/import/preview';

/** The user cancelled the reading. */
export class ImportCancelledError extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelledError';
  }
}

type Request = ImportRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface ImportRunner {
  read(fileName: string, bytes: Uint8Array, onProgress: (done: number) => void): Promise<WorkbookSummary>;
  rows(request: Extract<Request, { kind: 'rows' }>, onProgress: (done: number) => void): Promise<ReadRow<string, unknown>[]>;
  cancel(): void;
  dispose(): void;
}

function failure(error: { name: string; message: string; format?: string }): Error {
  if (error.name === 'NotASpreadsheetError') return new NotASpreadsheetError(error.format === 'xls' ? 'xls' : 'damaged');
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

export function createImportRunner(): ImportRunner {
  let worker: Worker | undefined;
  let here: ImportEngine | undefined;
  let next = 0;
  let pending: { id: number; resolve: (reply: ImportReply) => void; reject: (error: Error) => void; onProgress: (done: number) => void } | undefined;

  function start(): Worker | undefined {
    if (worker || typeof Worker === 'undefined') return worker;
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (!pending || message.id !== pending.id) return;
      if (message.type === 'progress') return pending.onProgress(message.done);
      const job = pending;
      pending = undefined;
      if (message.type === 'done') job.resolve(message.reply);
      else job.reject(failure(message.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      pending?.reject(new Error(event.message));
      pending = undefined;
    };
    return worker;
  }

  function send(request: Request, onProgress: (done: number) => void, transfer: Transferable[] = []): Promise<ImportReply> {
    const full = { ...request, id: (next += 1) } as ImportRequest;
    const target = start();
    if (!target) {
      here ??= createImportEngine();
      return here.handle(full, onProgress);
    }
    return new Promise((resolve, reject) => {
      pending = { id: full.id, resolve, reject, onProgress };
      target.postMessage(full, transfer);
    });
  }

  function stop(): void {
    worker?.terminate();
    worker = undefined;
    pending?.reject(new ImportCancelledError());
    pending = undefined;
  }

  return {
    async read(fileName, bytes, onProgress) {
      const copy = bytes.slice();
      const reply = await send({ kind: 'read', fileName, bytes: copy }, onProgress, [copy.buffer]);
      if (reply.kind !== 'read') throw new Error('Unexpected import reply');
      return reply.workbook;
    },
    async rows(request, onProgress) {
      const reply = await send(request, onProgress);
      if (reply.kind !== 'rows') throw new Error('Unexpected import reply');
      return reply.rows;
    },
    cancel: stop,
    dispose: stop,
  };
}
