// The second reading of a bundle that carries documents: decodeBundle has verified all of it
// (signature, payload hash, every run of chunk lines) and kept no document byte; applying it reads
// the file again and hands each chunk over as it is decrypted, for the caller to seal and store,
// so a bundle with a gigabyte of documents is never held in clear. Other lines are skipped unread.
import { openEncrypted } from './age';
import { lineSplitter } from './payload';
import { bundleLineSchema } from './manifest';
import { documentRunChecker, type ReceivedChunk } from './documentLines';
import { utf8Decode, utf8Encode } from '../bytes';
import type { DecodedBundle } from './decode';
import { asSource, sourceSlices, type ByteSource } from './source';

/** The start every chunk line has (JSON.stringify of a ChunkLine): lines without it are not parsed. */
const CHUNK_LINE_START = '{"t":"chunk",';
const startBytes = utf8Encode(CHUNK_LINE_START);
/** Chunks handed over together: a few megabytes, so storing them costs few transactions and little memory. */
const STORE_BATCH_BYTES = 4 * 1024 * 1024;
const isChunkLine = (line: Uint8Array) => line.length > startBytes.length && startBytes.every((byte, i) => line[i] === byte);

/**
 * Calls `store` with every chunk of the documents `bundle` carries, in order, waiting for each
 * batch before decrypting further. Rejects if the file no longer reads as it did (it was changed
 * in between): the caller then drops what it stored.
 */
export async function eachDocumentChunk(file: Uint8Array | ByteSource, identities: readonly string[], bundle: DecodedBundle, store: (chunks: readonly ReceivedChunk[]) => Promise<void>): Promise<void> {
  if ((bundle.content.documentContents ?? []).length === 0) return;
  const records = new Map((bundle.content.records.documents ?? []).map((record) => [record.id, record]));
  let pending: ReceivedChunk[] = [];
  let problem: string | null = null;
  const runs = documentRunChecker((id) => records.get(id), (chunk) => pending.push(chunk));
  let lineNumber = 0;
  const lines = lineSplitter((line) => {
    lineNumber += 1;
    // Lines 1 and 2 are the manifest and its signature.
    if (lineNumber <= 2 || problem !== null || !isChunkLine(line)) return;
    const parsed = bundleLineSchema.safeParse(JSON.parse(utf8Decode(line)));
    if (!parsed.success || parsed.data.t !== 'chunk') {
      problem = `line ${lineNumber} is not a chunk line`;
      return;
    }
    problem = runs.take(parsed.data);
  });
  const opened = await openEncrypted(sourceSlices(asSource(file)), identities);
  if (!opened.ok) throw new Error(`The bundle no longer decrypts: ${opened.detail}`);
  const flush = async (atLeast: number) => {
    const pendingBytes = pending.reduce((sum, chunk) => sum + chunk.bytes.length, 0);
    if (pending.length === 0 || pendingBytes < atLeast) return;
    const batch = pending;
    pending = [];
    await store(batch);
  };
  // age rejects `next` where the file proves damaged: that rejection is this function's.
  for (let piece = await opened.next(); piece !== null; piece = await opened.next()) {
    lines.push(piece);
    if (problem !== null) throw new Error(`The bundle no longer reads as it did: ${problem}`);
    await flush(STORE_BATCH_BYTES);
  }
  lines.end();
  const cut = problem ?? runs.finish().problem;
  if (cut !== null) throw new Error(`The bundle no longer reads as it did: ${cut}`);
  await flush(0);
}
