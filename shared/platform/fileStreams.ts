// Files too big to cross the bridge whole (a sync bundle carrying a gigabyte of documents): written
// and read a piece at a time through a handle the platform issues. The calls carry only plain
// values, so Electron's IPC, the browser and the memory bridge implement the same contract; the
// wrappers below give the renderer a sink and a source with the bridge's failures as exceptions.
import { z } from 'zod';
import type { BridgeFailure, BridgeResult, DesktopBridge, SavedFile } from './desktopBridge';
import { fileFilterSchema, sharedFileNameSchema, sharedFolderTokenSchema, suggestedNameSchema } from './desktopBridge';
import { concatBytes } from '../sync/bytes';
import { bytesSource } from '../sync/bundle/source';

/** Largest file read a piece at a time: bounded by the disk, not by memory. */
export const MAX_STREAMED_BYTES = 64 * 1024 ** 3;
/** Largest piece one call carries. */
export const MAX_PIECE_BYTES = 16 * 1024 * 1024;
/** Pieces the sink gathers before a call: few calls across IPC, little memory. */
const SINK_BUFFER_BYTES = 4 * 1024 * 1024;

export const streamHandleSchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/);

export const beginWriteRequestSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('dialog'), suggestedName: suggestedNameSchema, filters: z.array(fileFilterSchema).max(5).default([]) }),
  /** A new file in the shared folder: never one that exists. */
  z.object({ to: z.literal('folder'), folder: sharedFolderTokenSchema, name: sharedFileNameSchema }),
]);
export type BeginWriteRequest = z.input<typeof beginWriteRequestSchema>;

export const writePieceRequestSchema = z.object({
  handle: streamHandleSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_PIECE_BYTES, { message: `must be 1 to ${MAX_PIECE_BYTES} bytes` }),
});
export type WritePieceRequest = z.input<typeof writePieceRequestSchema>;

export const streamRequestSchema = z.object({ handle: streamHandleSchema });
export type StreamRequest = z.input<typeof streamRequestSchema>;

const streamedLimitSchema = z.number().int().positive().max(MAX_STREAMED_BYTES);
export const beginReadRequestSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('dialog'), filters: z.array(fileFilterSchema).max(5).default([]), maxBytes: streamedLimitSchema }),
  z.object({ from: z.literal('folder'), folder: sharedFolderTokenSchema, name: sharedFileNameSchema, maxBytes: streamedLimitSchema }),
]);
export type BeginReadRequest = z.input<typeof beginReadRequestSchema>;

export const readPieceRequestSchema = z.object({
  handle: streamHandleSchema,
  offset: z.number().int().nonnegative().max(MAX_STREAMED_BYTES),
  length: z.number().int().positive().max(MAX_PIECE_BYTES),
});
export type ReadPieceRequest = z.input<typeof readPieceRequestSchema>;

export interface WriteStarted {
  readonly handle: string;
}

export interface ReadStarted {
  readonly handle: string;
  readonly name: string;
  /** The file's size when it was opened: reads stop there even if it grows. */
  readonly size: number;
}

/** The calls every bridge implements for streamed files. */
export interface FileStreamCalls {
  /** Asks where (dialog) or checks the name (folder) and opens the file for writing; nothing is visible under its name until finishWrite. */
  beginWrite(request: BeginWriteRequest): Promise<BridgeResult<WriteStarted>>;
  writePiece(request: WritePieceRequest): Promise<BridgeResult<null>>;
  /** Puts the file in place under its name. */
  finishWrite(request: StreamRequest): Promise<BridgeResult<SavedFile>>;
  /** Drops what was written: no file is left. */
  abortWrite(request: StreamRequest): Promise<BridgeResult<null>>;
  /** Asks for a file (dialog) or finds it in the shared folder; refuses one over maxBytes before reading. */
  beginRead(request: BeginReadRequest): Promise<BridgeResult<ReadStarted>>;
  /** Up to `length` bytes from `offset`, fewer only at the size given by beginRead. */
  readPiece(request: ReadPieceRequest): Promise<BridgeResult<Uint8Array>>;
  endRead(request: StreamRequest): Promise<BridgeResult<null>>;
}

/** A bridge refusal met while streaming: the failure travels to the screen, which words it. */
export class BridgeFailureError extends Error {
  constructor(readonly failure: BridgeFailure) {
    super(`${failure.error}${failure.detail ? `: ${failure.detail}` : ''}`);
    this.name = 'BridgeFailureError';
  }
}

function unwrap<T>(result: BridgeResult<T>): T {
  if (!result.ok) throw new BridgeFailureError(result);
  return result.value;
}

export interface FileSink {
  write(bytes: Uint8Array): Promise<void>;
  /** Writes what is gathered and puts the file in place. */
  finish(): Promise<SavedFile>;
  /** Drops the file; never throws. */
  abort(): Promise<void>;
}

export interface FileSource {
  readonly name: string;
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Lets the platform release the file; never throws. */
  close(): Promise<void>;
}

/** Opens a file to write a piece at a time; writes are gathered into pieces of a few megabytes. */
export async function openSink(bridge: DesktopBridge, request: BeginWriteRequest): Promise<BridgeResult<FileSink>> {
  const started = await bridge.beginWrite(request);
  if (!started.ok) return started;
  const { handle } = started.value;
  let gathered: Uint8Array[] = [];
  let gatheredBytes = 0;
  const flush = async () => {
    if (gatheredBytes === 0) return;
    const piece = concatBytes(gathered);
    gathered = [];
    gatheredBytes = 0;
    unwrap(await bridge.writePiece({ handle, bytes: piece }));
  };
  return {
    ok: true,
    value: {
      async write(bytes) {
        for (let offset = 0; offset < bytes.length; offset += MAX_PIECE_BYTES) {
          const part = bytes.slice(offset, offset + MAX_PIECE_BYTES);
          gathered.push(part);
          gatheredBytes += part.length;
          if (gatheredBytes >= SINK_BUFFER_BYTES) await flush();
        }
      },
      async finish() {
        await flush();
        return unwrap(await bridge.finishWrite({ handle }));
      },
      async abort() {
        gathered = [];
        gatheredBytes = 0;
        await bridge.abortWrite({ handle }).catch(() => undefined);
      },
    },
  };
}

/** Opens a file to read a piece at a time from any offset. */
export async function openSource(bridge: DesktopBridge, request: BeginReadRequest): Promise<BridgeResult<FileSource>> {
  const started = await bridge.beginRead(request);
  if (!started.ok) return started;
  const { handle, name, size } = started.value;
  return {
    ok: true,
    value: {
      name,
      size,
      async read(offset, length) {
        const end = Math.min(size, offset + length);
        const parts: Uint8Array[] = [];
        for (let at = offset; at < end; ) {
          const piece = unwrap(await bridge.readPiece({ handle, offset: at, length: Math.min(MAX_PIECE_BYTES, end - at) }));
          if (piece.length === 0) break;
          parts.push(piece);
          at += piece.length;
        }
        return parts.length === 1 && parts[0] ? parts[0] : concatBytes(parts);
      },
      async close() {
        await bridge.endRead({ handle }).catch(() => undefined);
      },
    },
  };
}

/** A file already in memory as a source (a bundle the OS handed over whole). */
export function memorySource(name: string, bytes: Uint8Array): FileSource {
  return { name, ...bytesSource(bytes), close: () => Promise.resolve() };
}
