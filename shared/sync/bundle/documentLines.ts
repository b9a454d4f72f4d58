// Documents' bytes in a bundle: after the records, each carried document is a run of chunk lines
// (base64, in order, all of them). Writing reads them from storage a chunk at a time; reading
// checks each run against the document's record in the same bundle (place, length, whole-file
// SHA-256) and keeps only which documents arrived, never their bytes: the caller that applies the
// bundle reads them again (eachDocumentChunk) and stores them as they come.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base64ToBytes, bytesToBase64 } from '../../crypto/encoding';
import { chunkCount, chunkLength } from '../../documents/types';
import { utf8Encode } from '../bytes';
import type { AnyRecord, DocumentContentRef } from '../types';
import type { ChunkLine } from './manifest';

/** Reads a document's bytes from storage, a chunk of DOCUMENT_CHUNK_BYTES (the last shorter) at a time. */
export type DocumentChunkSource = (ref: DocumentContentRef) => AsyncIterable<Uint8Array>;

/** The chunk lines of every document `refs` names, each as its bytes with the newline before it. */
export async function* documentLinePieces(refs: readonly DocumentContentRef[], read: DocumentChunkSource | undefined, firstLine: boolean): AsyncGenerator<Uint8Array> {
  if (refs.length > 0 && !read) throw new Error('The bundle carries documents but nothing reads their bytes');
  let first = firstLine;
  for (const ref of refs) {
    const count = chunkCount(ref.bytes);
    let index = 0;
    for await (const bytes of read?.(ref) ?? []) {
      const line: ChunkLine = { t: 'chunk', documentId: ref.documentId, index, count, data: bytesToBase64(bytes) };
      yield utf8Encode(`${first ? '' : '\n'}${JSON.stringify(line)}`);
      first = false;
      index += 1;
    }
    if (index !== count) throw new Error(`Document ${ref.documentId}: ${index} pieces read where ${count} were expected`);
  }
}

/** A document's record as a bundle carries it: what its chunk lines are checked against. */
interface CarriedDocument {
  readonly bytes: number;
  readonly sha256: string;
}

function carriedDocument(record: AnyRecord | undefined): CarriedDocument | null {
  if (!record || record.deletedAt !== null) return null;
  const { bytes, sha256: hash } = record.data;
  return typeof bytes === 'number' && typeof hash === 'string' ? { bytes, sha256: hash } : null;
}

/** A chunk read back, checked in place and length. */
export interface ReceivedChunk {
  readonly documentId: string;
  readonly index: number;
  readonly count: number;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

/**
 * Follows the chunk lines of one payload: each must continue the run of a document whose record
 * came before it in the same bundle, with the right length; a run ends when its last piece arrives,
 * and its hash must be the record's. `take` returns why a line is refused, or null.
 */
export function documentRunChecker(recordOf: (documentId: string) => AnyRecord | undefined, onChunk?: (chunk: ReceivedChunk) => void) {
  const open = new Map<string, { readonly doc: CarriedDocument; next: number; readonly hash: ReturnType<typeof sha256.create> }>();
  const done = new Set<string>();
  const arrived: DocumentContentRef[] = [];
  return {
    take(line: ChunkLine): string | null {
      if (done.has(line.documentId)) return `document ${line.documentId} carried twice`;
      let run = open.get(line.documentId);
      if (!run) {
        const doc = carriedDocument(recordOf(line.documentId));
        if (!doc) return `document ${line.documentId}: bytes without a live record before them`;
        run = { doc, next: 0, hash: sha256.create() };
        open.set(line.documentId, run);
      }
      const count = chunkCount(run.doc.bytes);
      if (line.count !== count || line.index !== run.next) return `document ${line.documentId}: piece ${line.index + 1} of ${line.count} out of place`;
      const bytes = base64ToBytes(line.data);
      const expected = chunkLength(run.doc.bytes, line.index);
      if (bytes.length !== expected) return `document ${line.documentId}: piece ${line.index + 1} has ${bytes.length} bytes, ${expected} expected`;
      run.hash.update(bytes);
      run.next += 1;
      onChunk?.({ documentId: line.documentId, index: line.index, count, sha256: run.doc.sha256, bytes });
      if (run.next === count) {
        if (bytesToHex(run.hash.digest()) !== run.doc.sha256) return `document ${line.documentId}: its bytes do not match their hash`;
        open.delete(line.documentId);
        done.add(line.documentId);
        arrived.push({ documentId: line.documentId, bytes: run.doc.bytes, sha256: run.doc.sha256 });
      }
      return null;
    },
    /** Why the payload ended badly (a document cut short), or null; then the documents that arrived whole. */
    finish(): { readonly problem: string | null; readonly arrived: readonly DocumentContentRef[] } {
      const [cut] = open.keys();
      return { problem: cut === undefined ? null : `document ${cut}: cut short`, arrived };
    },
  };
}
