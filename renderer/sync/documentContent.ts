// Documents' bytes between this laptop's sealed chunks and a bundle's chunk lines. Export reads
// and opens them a chunk at a time as the bundle is written; import, once the whole bundle has
// been verified, reads the file again and seals and stores them a few megabytes at a time before
// the records land (unreachable until then), and drops them again if applying the records fails.
import { mapInFlight } from '../../shared/crypto/sealed';
import { chunkCount } from '../../shared/documents/types';
import { openChunk } from '../../shared/documents/content';
import { dropDocumentChunks, sealChunkRow } from '../documents/documentRepository';
import { eachDocumentChunk, type DocumentChunkSource, type ReceivedChunk } from '../../shared/sync';
import type { PcoDatabase } from '../db/database';
import type { DocumentChunkRow } from '../db/rows';
import type { SyncStores } from './localData';
import type { PreparedImport } from './importBundle';

/** Chunks stored per document, from the keys alone (no chunk is read). */
async function storedChunkCounts(db: PcoDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [documentId] of await db.documentChunks.toCollection().primaryKeys()) counts.set(documentId, (counts.get(documentId) ?? 0) + 1);
  return counts;
}

/** Live documents whose every chunk this laptop holds: those whose bytes it can send. */
export async function heldDocumentIds(db: PcoDatabase): Promise<Set<string>> {
  const counts = await storedChunkCounts(db);
  const held = new Set<string>();
  await db.documents.each((row) => {
    if (!row.deletedAt && typeof row.data.bytes === 'number' && counts.get(row.id) === chunkCount(row.data.bytes)) held.add(row.id);
  });
  return held;
}

/** Reads a document's chunks one at a time, opened under the data key, for a bundle being written. */
export function documentChunkReader({ db, codec }: SyncStores): DocumentChunkSource {
  return async function* read(ref) {
    const count = chunkCount(ref.bytes);
    for (let index = 0; index < count; index += 1) {
      const row = await db.documentChunks.get([ref.documentId, index]);
      if (!row) throw new Error(`Document ${ref.documentId}: piece ${index + 1} of ${count} is missing`);
      yield await openChunk(codec.dataKey, row, { documentId: ref.documentId, index, count, sha256: ref.sha256 });
    }
  };
}

/**
 * Stores the bytes of the documents the verified bundle carries, skipping those already held.
 * Returns the ids written, for the caller to drop if the records then fail to apply.
 */
export async function storeIncomingDocuments(stores: SyncStores, prepared: PreparedImport): Promise<string[]> {
  const { db, codec } = stores;
  const refs = prepared.bundle.content.documentContents ?? [];
  if (refs.length === 0) return [];
  const held = await heldDocumentIds(db);
  const written = new Set<string>();
  const seal = (chunk: ReceivedChunk): Promise<DocumentChunkRow> => sealChunkRow(codec, chunk, chunk.bytes);
  try {
    await eachDocumentChunk(prepared.file, prepared.identities, prepared.bundle, async (chunks) => {
      const wanted = chunks.filter((chunk) => !held.has(chunk.documentId));
      if (wanted.length === 0) return;
      for (const chunk of wanted) written.add(chunk.documentId);
      // Sealed before the transaction: a WebCrypto await inside it would commit it early.
      const rows = await mapInFlight(wanted, seal);
      await db.transaction('rw', db.documentChunks, () => db.documentChunks.bulkPut(rows));
    });
  } catch (error) {
    await dropDocumentChunks(db, [...written]);
    throw error;
  }
  return [...written];
}

/** Of these documents, those with no live record here (the bundle's record lost its merge to a deletion): their bytes have no place. */
export async function withoutLiveRecord(db: PcoDatabase, documentIds: readonly string[]): Promise<string[]> {
  const rows = await db.documents.bulkGet([...documentIds]);
  return documentIds.filter((_, i) => !rows[i] || rows[i]?.deletedAt);
}
