// The part of the streamed-file calls every bridge shares: requests checked with the shared schemas,
// handles issued and looked up, a limit on files open at once, reads stopped at the size seen when
// the file was opened, a file over the limit refused before it is read, and any I/O failure turned
// into a result. A bridge supplies only what its platform does with a file (StreamBackend).
import type { BridgeErrorCode, BridgeResult, SavedFile } from './desktopBridge';
import { tooLargeFailure } from './desktopBridge';
import type { z } from 'zod';
import type { FileStreamCalls } from './fileStreams';
import { beginReadRequestSchema, beginWriteRequestSchema, readPieceRequestSchema, streamRequestSchema, writePieceRequestSchema } from './fileStreams';

/** Where a file is written, as checked: the dialog (with its filters) or a new name in a shared folder. */
export type WriteTarget = z.output<typeof beginWriteRequestSchema>;
/** Where a file is read from, as checked. */
export type ReadSource = z.output<typeof beginReadRequestSchema>;

export interface OpenedForReading<Reading> {
  readonly file: Reading;
  readonly name: string;
  readonly size: number;
}

export interface StreamBackend<Writing, Reading> {
  /** Asks where (dialog) or checks the name (folder) and opens the file; a refusal as a result. */
  startWrite(target: WriteTarget): Promise<BridgeResult<Writing>>;
  write(open: Writing, bytes: Uint8Array): Promise<void>;
  /** Puts the file in place; rejects when it cannot (the caller then drops it). */
  finish(open: Writing): Promise<SavedFile>;
  /** Drops what was written; never rejects. */
  drop(open: Writing): Promise<void>;
  startRead(source: ReadSource): Promise<BridgeResult<OpenedForReading<Reading>>>;
  /** Up to `length` bytes from `offset`, within the file's size. */
  read(file: Reading, offset: number, length: number): Promise<Uint8Array>;
  close(file: Reading): Promise<void>;
  newHandle(): string;
}

/** The calls as a bridge receives them: anything at all, checked with the shared schema first. */
export type StreamHandlers = { readonly [Call in keyof FileStreamCalls]: (request: unknown) => ReturnType<FileStreamCalls[Call]> };

/** Files open at once, of each kind: an export and an import, with room for a screen left open. */
export const MAX_OPEN_STREAMS = 8;

const fail = (error: BridgeErrorCode, detail?: string): BridgeResult<never> => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);
const refused = (error: { issues: { message: string }[] }) => fail('invalidRequest', error.issues.map((issue) => issue.message).join('; ').slice(0, 500));
const unknownHandle = fail('invalidRequest', 'unknown handle');
const tooMany = fail('ioError', `at most ${MAX_OPEN_STREAMS} files open at once`);
const done: BridgeResult<null> = { ok: true, value: null };

export function createStreamCalls<Writing, Reading>(backend: StreamBackend<Writing, Reading>): StreamHandlers {
  const writing = new Map<string, Writing>();
  const reading = new Map<string, OpenedForReading<Reading>>();

  /** Runs an I/O step; a rejection is an ioError result. */
  async function io<T>(step: () => Promise<BridgeResult<T>>): Promise<BridgeResult<T>> {
    try {
      return await step();
    } catch (error) {
      return fail('ioError', describe(error));
    }
  }

  return {
    async beginWrite(request) {
      const parsed = beginWriteRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      if (writing.size >= MAX_OPEN_STREAMS) return tooMany;
      return io(async () => {
        const started = await backend.startWrite(parsed.data);
        if (!started.ok) return started;
        const handle = backend.newHandle();
        writing.set(handle, started.value);
        return { ok: true, value: { handle } };
      });
    },

    async writePiece(request) {
      const parsed = writePieceRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = writing.get(parsed.data.handle);
      if (open === undefined) return unknownHandle;
      const written = await io(async () => (await backend.write(open, parsed.data.bytes), done));
      if (!written.ok) {
        writing.delete(parsed.data.handle);
        await backend.drop(open);
      }
      return written;
    },

    async finishWrite(request) {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = writing.get(parsed.data.handle);
      if (open === undefined) return unknownHandle;
      writing.delete(parsed.data.handle);
      const finished = await io(async () => ({ ok: true, value: await backend.finish(open) }) as const);
      if (!finished.ok) await backend.drop(open);
      return finished;
    },

    async abortWrite(request) {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = writing.get(parsed.data.handle);
      writing.delete(parsed.data.handle);
      if (open !== undefined) await backend.drop(open);
      return done;
    },

    async beginRead(request) {
      const parsed = beginReadRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      if (reading.size >= MAX_OPEN_STREAMS) return tooMany;
      return io(async () => {
        const opened = await backend.startRead(parsed.data);
        if (!opened.ok) return opened;
        if (opened.value.size > parsed.data.maxBytes) {
          await backend.close(opened.value.file);
          return tooLargeFailure(opened.value.size, parsed.data.maxBytes);
        }
        const handle = backend.newHandle();
        reading.set(handle, opened.value);
        return { ok: true, value: { handle, name: opened.value.name, size: opened.value.size } };
      });
    },

    async readPiece(request) {
      const parsed = readPieceRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = reading.get(parsed.data.handle);
      if (open === undefined) return unknownHandle;
      const { offset, length } = parsed.data;
      if (offset >= open.size) return { ok: true, value: new Uint8Array(0) };
      return io(async () => ({ ok: true, value: await backend.read(open.file, offset, Math.min(length, open.size - offset)) }));
    },

    async endRead(request) {
      const parsed = streamRequestSchema.safeParse(request);
      if (!parsed.success) return refused(parsed.error);
      const open = reading.get(parsed.data.handle);
      reading.delete(parsed.data.handle);
      if (open !== undefined) await backend.close(open.file).catch(() => undefined);
      return done;
    },
  };
}
