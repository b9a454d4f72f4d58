// The payload, NDJSON. Encode: bundle lines → UTF-8 chunks and their SHA-256. Decode: UTF-8 lines →
// grouped bundle content, each line checked by its zod schema.
// A year of a 30,000-worker programme is some 640 MB of lines, more than the longest string a JS
// engine makes (V8: 2^29 − 24 characters), so the payload is never one string: it is written a
// batch of lines at a time and read a line at a time, as bytes in between.
import { concatBytes, sha256Stream, utf8Decode, utf8DecodePiece, utf8Encode } from '../bytes';
import type { AnyRecord, BundleContent, CaseloadLine, RecoveryKeyLine, SyncEvent, SyncTable } from '../types';
import type { AuditEntry } from '../../domain/audit';
import type { StatisticalRecord } from '../../gdpr/statisticalRecord';
import { bundleLineSchema, type BundleLine } from './manifest';
import { recordDataProblem } from '../recordSchemas';
import { documentRunChecker, type ReceivedChunk } from './documentLines';

const NEWLINE = 0x0a;

/** Characters of JSON per encoded chunk (about as many bytes): enough for TextEncoder to run at full speed, little beside a payload. */
export const PAYLOAD_BATCH_CHARS = 1 << 20;

/**
 * The payload's bytes (a bundle's lines, or any JSON lines such as pco's store), those of `lines.map(JSON.stringify).join('\n')`, a batch of lines of about
 * `batchChars` characters at a time (a longer line is a batch of its own): each chunk after the
 * first starts with the newline that ends the line before it. No string holds more than a batch.
 */
export function* payloadChunks(lines: Iterable<unknown>, batchChars = PAYLOAD_BATCH_CHARS): Generator<Uint8Array> {
  const batches = lineBatches(batchChars);
  for (const line of lines) {
    const chunk = batches.add(line);
    if (chunk) yield chunk;
  }
  const last = batches.end();
  if (last) yield last;
}

/** payloadChunks of lines that arrive one by one as they are read (a store read a page at a time). */
export async function* payloadChunksOf(lines: AsyncIterable<unknown>, batchChars = PAYLOAD_BATCH_CHARS): AsyncGenerator<Uint8Array> {
  const batches = lineBatches(batchChars);
  for await (const line of lines) {
    const chunk = batches.add(line);
    if (chunk) yield chunk;
  }
  const last = batches.end();
  if (last) yield last;
}

/** Lines gathered into chunks: `add` hands back a chunk once a batch is full, `end` the rest. */
function lineBatches(batchChars: number): { add(line: unknown): Uint8Array | null; end(): Uint8Array | null } {
  // Joined with '\n'. From the second batch on it starts with '', so that its chunk starts with the newline.
  let batch: string[] = [];
  let batchLength = 0;
  return {
    add(line) {
      const json = JSON.stringify(line);
      batch.push(json);
      batchLength += json.length + 1;
      if (batchLength < batchChars) return null;
      const chunk = utf8Encode(batch.join('\n'));
      batch = [''];
      batchLength = 0;
      return chunk;
    },
    end: () => (batchLength > 0 ? utf8Encode(batch.join('\n')) : null),
  };
}

/** What the manifest says of a payload. */
export interface PayloadSummary {
  /** Lines by kind: a table name for records, else the line kind. */
  readonly counts: Record<string, number>;
  readonly bytes: number;
  readonly sha256: string;
}

/** `lines`, counted by kind into `counts` as they pass. */
export function* countedLines(lines: Iterable<BundleLine>, counts: Record<string, number>): Generator<BundleLine> {
  for (const line of lines) {
    countLine(counts, line);
    yield line;
  }
}

/** countedLines of lines that arrive one by one. */
export async function* countedLinesOf(lines: AsyncIterable<BundleLine>, counts: Record<string, number>): AsyncGenerator<BundleLine> {
  for await (const line of lines) {
    countLine(counts, line);
    yield line;
  }
}

function countLine(counts: Record<string, number>, line: BundleLine): void {
  const key = line.t === 'record' ? line.table : line.t;
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Length and hash of bytes made piece by piece: each is hashed and let go. */
export async function measurePieces(pieces: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const hash = await sha256Stream();
  let bytes = 0;
  for await (const piece of pieces) {
    hash.update(piece);
    bytes += piece.length;
  }
  return { bytes, sha256: hash.hex() };
}

/** Counts, length and hash of the payload of `lines`: its chunks are made, hashed and let go. */
export async function summarisePayload(lines: Iterable<BundleLine>, batchChars = PAYLOAD_BATCH_CHARS): Promise<PayloadSummary> {
  const counts: Record<string, number> = {};
  const measured = await measurePieces(payloadChunks(countedLines(lines, counts), batchChars));
  return { counts, ...measured };
}

/** Bytes that arrive in pieces of any size, cut into lines as `split('\n')` would cut their text. */
export interface LineSplitter {
  push(piece: Uint8Array): void;
  /** The end of the bytes: hands over the line after the last newline (possibly empty), unless no byte came at all. */
  end(): void;
}

/** `onLine` gets each line without its newline, `last` for the one `end` hands over. */
export function lineSplitter(onLine: (line: Uint8Array, last: boolean) => void): LineSplitter {
  // The start of the current line, in the pieces it began in.
  let pending: Uint8Array[] = [];
  let any = false;
  const emit = (tail: Uint8Array, last: boolean) => {
    const line = pending.length === 0 ? tail : concatBytes([...pending, tail]);
    pending = [];
    onLine(line, last);
  };
  return {
    push(piece) {
      if (piece.length === 0) return;
      any = true;
      let start = 0;
      for (let end = piece.indexOf(NEWLINE); end >= 0; end = piece.indexOf(NEWLINE, start)) {
        emit(piece.subarray(start, end), false);
        start = end + 1;
      }
      if (start < piece.length) pending.push(piece.subarray(start));
    },
    end() {
      if (any) emit(new Uint8Array(0), true);
    },
  };
}

export type PayloadParse = { ok: true; content: BundleContent; maxHlc: string | null } | { ok: false; detail: string };

/** Why a record's data is unacceptable for its table, or null. */
export type RecordValidator = (table: SyncTable, record: AnyRecord) => string | null;

/** Takes the payload a line at a time (a lineSplitter's lines), keeps only what the lines hold. */
export interface PayloadReader {
  line(bytes: Uint8Array, last: boolean): void;
  finish(): PayloadParse;
}

/**
 * The verdicts are those of decoding the whole payload as one text and splitting it: invalid UTF-8
 * anywhere refuses the payload as such, before any line's own fault; a byte order mark is dropped
 * at the very start only; a payload that is empty, or only that mark, has no lines.
 */
export function payloadReader(recordProblem: RecordValidator = recordDataProblem, onChunk?: (chunk: ReceivedChunk) => void): PayloadReader {
  let records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  // Documents by id, for their chunk lines: the record comes first in the payload.
  let documentRecords = new Map<string, AnyRecord>();
  let documents = documentRunChecker((id) => documentRecords.get(id), onChunk);
  let events: SyncEvent[] = [];
  let audit: AuditEntry[] = [];
  let statistics: StatisticalRecord[] = [];
  let recoveryKeys: RecoveryKeyLine[] = [];
  let caseload: CaseloadLine | null = null;
  let maxHlc = '';
  let index = 0;
  let failure: string | null = null;
  let notUtf8 = false;
  const see = (hlc: string | null) => {
    if (hlc !== null && hlc > maxHlc) maxHlc = hlc;
  };
  const release = () => {
    records = {};
    events = [];
    audit = [];
    statistics = [];
    recoveryKeys = [];
    caseload = null;
    documentRecords = new Map();
    documents = documentRunChecker(() => undefined);
  };

  /** Adds line `i` (0: the payload's first) to the content, or says what is wrong with it. */
  const take = (text: string, i: number): string | null => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return `line ${i + 3} is not JSON`;
    }
    const parsed = bundleLineSchema.safeParse(json);
    if (!parsed.success) return `line ${i + 3}: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
    const line = parsed.data;
    switch (line.t) {
      case 'record': {
        const problem = recordProblem(line.table, line.record);
        if (problem) return `line ${i + 3}: ${problem}`;
        (records[line.table] ??= []).push(line.record);
        if (line.table === 'documents') documentRecords.set(line.record.id, line.record);
        see(line.record.deletedAt);
        for (const hlc of Object.values(line.record.clock)) see(hlc);
        break;
      }
      case 'event':
        events.push({ ...line.event, kind: line.event.payload.kind });
        see(line.event.hlc);
        break;
      case 'audit':
        audit.push(line.entry);
        see(line.entry.hlc);
        break;
      case 'statistic':
        statistics.push(line.record);
        break;
      case 'caseload':
        if (caseload) return 'two caseload lines';
        caseload = { counselorId: line.counselorId, workerIds: line.workerIds };
        break;
      case 'recoveryKey':
        recoveryKeys.push({ deviceId: line.deviceId, wrappedDataKey: line.wrappedDataKey });
        break;
      case 'chunk': {
        const problem = documents.take(line);
        if (problem) return `line ${i + 3}: ${problem}`;
        break;
      }
    }
    return null;
  };

  return {
    line(bytes, last) {
      if (notUtf8) return;
      const i = index++;
      let text: string;
      try {
        text = i === 0 ? utf8Decode(bytes) : utf8DecodePiece(bytes);
      } catch {
        notUtf8 = true;
        release();
        return;
      }
      if (i === 0 && last && text === '') return;
      // After a faulty line the rest is only checked for UTF-8.
      if (failure !== null) return;
      failure = take(text, i);
      if (failure !== null) release();
    },
    finish() {
      if (notUtf8) return { ok: false, detail: 'payload is not UTF-8' };
      if (failure !== null) return { ok: false, detail: failure };
      const carried = documents.finish();
      if (carried.problem !== null) return { ok: false, detail: carried.problem };
      const documentContents = carried.arrived.length > 0 ? { documentContents: carried.arrived } : {};
      return { ok: true, content: { records, events, audit, statistics, caseload, recoveryKeys, ...documentContents }, maxHlc: maxHlc || null };
    },
  };
}

/** The whole payload at once: its lines through a payloadReader. */
export function parsePayload(payload: Uint8Array, recordProblem: RecordValidator = recordDataProblem): PayloadParse {
  const reader = payloadReader(recordProblem);
  const splitter = lineSplitter(reader.line);
  splitter.push(payload);
  splitter.end();
  return reader.finish();
}
