// One report session of a screen: its Web Worker loads the records once, then computes any number
// of jobs on them. Answers already stored on the same records (reportResultCache.ts) are read on
// the page without starting the worker. A newer job supersedes an older one (the caller ignores
// the older answer). Falls back to the page's own thread when workers are missing, or when the
// worker cannot start (its script failed to load): the report is then slower and heavier on the
// page, never missing.
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import { scopeOf, type ReadScope } from '../db/scope';
import { createReportEngine, type ReportEngine, type ReportJob, type ReportReply, type ReportRequest, type ReportResponse, type ReportResult } from './reportJob';
import type { ReportFacts } from './reportSource';
import { readFacts, readResult } from './reportResultCache';

export interface ReportRunner {
  /** Reads the scope's records (in the worker); answers with the names and dates a screen shows. */
  load(onProgress: (done: number) => void): Promise<ReportFacts>;
  run(job: ReportJob, onProgress: (done: number) => void): Promise<ReportResult>;
  dispose(): void;
}

/** The page's own connection: the fallback reads through it. */
export interface PageSource {
  db: PcoDatabase;
  codec: RecordCodec;
  scope: ReadScope;
}

interface Pending {
  request: ReportRequest;
  resolve: (reply: ReportReply) => void;
  reject: (error: Error) => void;
  onProgress: (done: number) => void;
}

export function createReportRunner(page: PageSource): ReportRunner {
  let worker: Worker | undefined;
  let next = 0;
  let broken = false;
  let here: ReportEngine | undefined;
  let loadedHere = false;
  let lastLoad: ReportRequest | undefined;
  const pending = new Map<number, Pending>();

  function runHere(request: ReportRequest, onProgress: (done: number) => void): Promise<ReportReply> {
    here ??= createReportEngine(() => ({ db: page.db, codec: page.codec, release: () => {} }));
    if (request.kind === 'load') loadedHere = true;
    else if (!loadedHere && lastLoad) {
      // The worker failed after loading: this engine reads the records first (its queue keeps the order).
      loadedHere = true;
      here.handle(lastLoad, () => {}).catch(() => {});
    }
    return here.handle(request, onProgress);
  }

  function start(): Worker | undefined {
    if (worker || broken || typeof Worker === 'undefined') return worker;
    worker = new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module' });
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn('Report worker unavailable, computing on the main thread:', event.message);
      broken = true;
      worker?.terminate();
      worker = undefined;
      const waiting = [...pending.values()];
      pending.clear();
      for (const job of waiting) runHere(job.request, job.onProgress).then(job.resolve, job.reject);
    };
    worker.onmessage = (event: MessageEvent<ReportResponse>) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'progress') job.onProgress(message.done);
      else {
        pending.delete(message.id);
        if (message.type === 'done') job.resolve(message.result);
        else job.reject(new Error(message.message));
      }
    };
    return worker;
  }

  function send(request: ReportRequest, onProgress: (done: number) => void): Promise<ReportReply> {
    const target = start();
    if (!target) return runHere(request, onProgress);
    return new Promise((resolve, reject) => {
      pending.set(request.id, { request, resolve, reject, onProgress });
      target.postMessage(request);
    });
  }

  /** Whether the worker was sent the load: answers read back on the page (below) need none. */
  let loadSent = false;

  return {
    async load(onProgress) {
      const request: ReportRequest = { id: (next += 1), kind: 'load', source: { databaseName: page.db.name, dataKey: page.codec.dataKey, scope: scopeOf(page.scope) } };
      lastLoad = request;
      loadSent = false;
      // Answers stored on the same records are read here: starting the worker alone took longer.
      const stored = await readFacts(page.db, page.codec, scopeOf(page.scope)).catch(() => undefined);
      if (stored) {
        onProgress(1);
        return stored;
      }
      loadSent = true;
      const reply = await send(request, onProgress);
      if (reply.kind !== 'loaded') throw new Error('Unexpected report reply');
      return reply.value;
    },
    async run(job, onProgress) {
      const stored = await readResult(page.db, page.codec, scopeOf(page.scope), job).catch(() => undefined);
      if (stored) {
        onProgress(1);
        return stored;
      }
      if (!loadSent && lastLoad) {
        // The worker reads the records first (its queue keeps the order); the job's reply says if that failed.
        loadSent = true;
        send(lastLoad, () => {}).catch(() => {});
      }
      const reply = await send({ ...job, id: (next += 1) }, onProgress);
      if (reply.kind === 'loaded') throw new Error('Unexpected report reply');
      return reply;
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const job of pending.values()) job.reject(new Error('cancelled'));
      pending.clear();
    },
  };
}
