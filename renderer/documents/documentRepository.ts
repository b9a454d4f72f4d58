// Documents on a file: metadata as a synced record (file name and note sealed), bytes as sealed
// chunks (shared/documents/content.ts). A document's bytes never change: a newer scan is a new
// document that `replaces` the old one, which stays listed as an earlier version. Deleting leaves a
// tombstone (so the deletion travels) and drops the chunks. Every add, open and delete is audited.
// A counselor reaches the documents of their caseload's workers and those of employers.
import { uuidv7 } from 'uuidv7';
import { createRecord, tombstone, type VersionedRecord } from '../../shared/sync/record';
import { chunkCount, documentSchema, type DocumentData, type DocumentInput, type DocumentOwner } from '../../shared/documents/types';
import { chunksOf, documentHash, fileProblem, openChunk, sealChunk, sniffMediaType, type ChunkPlace, type FileProblem } from '../../shared/documents/content';
import { concatBytes } from '../../shared/sync/bytes';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { DocumentChunkRow, DocumentRow } from '../db/rows';
import { auditEntry } from '../db/recordRows';
import { sealRecord } from '../db/storedRows';
import { survivorId, workerIds } from '../db/mergedFiles';
import { NotAllowedError, RecordNotFoundError } from '../db/repositories/errors';
import { ensureSpace, guardQuota } from '../storage/space';

/** A file the user chose that cannot be kept: empty, over the limit, or not a PDF/JPEG/PNG. */
export class DocumentFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`Document refused: ${problem.problem}`);
    this.name = 'DocumentFileError';
  }
}

/** The bytes read back do not hash to what the record says: damaged or tampered storage. */
export class DocumentIntegrityError extends Error {
  constructor(readonly id: string) {
    super(`Document ${id}: its bytes do not match their hash`);
    this.name = 'DocumentIntegrityError';
  }
}

/** What a user gives when adding a file: everything but what the bytes tell. */
export type NewDocument = Omit<DocumentInput, 'mediaType' | 'bytes' | 'sha256'>;

export type DocumentRecord = VersionedRecord<DocumentData>;

/** A document as its list shows it, with the version that replaced it (null: the current one). */
export interface DocumentSummary extends DocumentData {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly replacedBy: string | null;
}

export interface DocumentRepository {
  /** The documents attached to one record (a worker file, an employer, a candidacy…), newest first, earlier versions included. */
  listForOwner(owner: DocumentOwner): Promise<DocumentSummary[]>;
  /** Every document about a worker, whatever it is attached to (their candidacies, enrolments…), files merged into it included. */
  listForWorker(workerId: string): Promise<DocumentSummary[]>;
  /** Seals and stores a file; one transaction with its audit entry. */
  add(input: NewDocument, bytes: Uint8Array): Promise<DocumentSummary>;
  /** A newer version of a document: same owner and type unless `changes` say otherwise. */
  replace(id: string, bytes: Uint8Array, changes?: Partial<Pick<NewDocument, 'fileName' | 'date' | 'note'>>): Promise<DocumentSummary>;
  /** The file's bytes, checked against its hash; audited as an opening. */
  open(id: string): Promise<{ readonly document: DocumentSummary; readonly bytes: Uint8Array }>;
  /** Tombstone and chunks gone; audited. */
  remove(id: string): Promise<void>;
  /** With a worker's erasure: every document about them becomes an empty tombstone and its bytes go. */
  eraseForWorker(workerId: string): Promise<void>;
}

/** What the documents this laptop keeps weigh (their files' sizes, before sealing). */
export async function documentUsage(db: PcoDatabase): Promise<{ readonly count: number; readonly bytes: number }> {
  let count = 0;
  let bytes = 0;
  await db.documents.each((row) => {
    if (row.deletedAt || typeof row.data.bytes !== 'number') return;
    count += 1;
    bytes += row.data.bytes;
  });
  return { count, bytes };
}

/** Reads a document's chunks and checks the whole against its hash. No scope check, no audit: for sync and exports. */
export async function readDocumentBytes(db: PcoDatabase, codec: RecordCodec, id: string, data: Pick<DocumentData, 'bytes' | 'sha256'>): Promise<Uint8Array> {
  const count = chunkCount(data.bytes);
  const rows = await db.documentChunks.where('[documentId+index]').between([id, 0], [id, count], true, false).toArray();
  if (rows.length !== count) throw new DocumentIntegrityError(id);
  const pieces = await Promise.all(rows.map((row) => openChunk(codec.dataKey, row, { documentId: id, index: row.index, count, sha256: data.sha256 })));
  const bytes = concatBytes(pieces);
  if (bytes.length !== data.bytes || (await documentHash(bytes)) !== data.sha256) throw new DocumentIntegrityError(id);
  return bytes;
}

/** One chunk sealed at its place, as the chunks table keeps it (sealed outside any transaction: WebCrypto would commit it early). */
export async function sealChunkRow(codec: RecordCodec, place: ChunkPlace, bytes: Uint8Array): Promise<DocumentChunkRow> {
  return { documentId: place.documentId, index: place.index, ...(await sealChunk(codec.dataKey, bytes, place)) };
}

/** The sealed chunks of a file, ready to store. */
export async function sealDocumentChunks(codec: RecordCodec, id: string, bytes: Uint8Array, sha256: string): Promise<DocumentChunkRow[]> {
  const count = chunkCount(bytes.length);
  return Promise.all([...chunksOf(bytes)].map((piece, index) => sealChunkRow(codec, { documentId: id, index, count, sha256 }, piece)));
}

/** Removes the chunks of the given documents (inside the caller's transaction, if any). */
export async function dropDocumentChunks(db: PcoDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.documentChunks.where('documentId').anyOf([...ids]).delete();
}

function summaryOf(record: DocumentRecord, replacedBy: string | null): DocumentSummary {
  return { ...record.data, id: record.id, createdAt: record.createdAt, updatedBy: record.updatedBy, replacedBy };
}

/** Live documents, newest first, each with the id of the live version that replaces it. */
function summaries(records: readonly DocumentRecord[]): DocumentSummary[] {
  const replacedBy = new Map<string, string>();
  for (const record of records) if (record.data.replaces) replacedBy.set(record.data.replaces, record.id);
  return records.map((record) => summaryOf(record, replacedBy.get(record.id) ?? null)).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

export function createDocumentRepository(db: PcoDatabase, session: Session, codec: RecordCodec): DocumentRepository {
  /** A counselor reaches employers' papers and their caseload's; the coordinator everything. */
  async function checkWorker(workerId: string, erased = false): Promise<void> {
    if (workerId === '') return;
    // A document filed on a file since merged into another is the survivor's.
    const row = await db.workers.get(await survivorId(db, workerId));
    if (!row || (row.deletedAt && !erased)) throw new RecordNotFoundError(workerId);
    if (session.role !== 'coordinator' && row.counselorId !== session.counselorId) throw new NotAllowedError(workerId);
  }

  const openRow = (row: DocumentRow): Promise<DocumentRecord> => codec.open('documents', row);

  async function liveRecord(id: string): Promise<DocumentRecord> {
    const row = await db.documents.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    await checkWorker(row.workerId);
    return openRow(row);
  }

  const subjectOf = (data: Pick<DocumentData, 'workerId' | 'owner'>) =>
    data.workerId !== '' ? ({ id: data.workerId, kind: 'worker' } as const) : ({ id: data.owner.id, kind: 'employer' } as const);

  async function store(input: NewDocument, bytes: Uint8Array): Promise<DocumentRecord> {
    const problem = fileProblem(bytes);
    if (problem) throw new DocumentFileError(problem);
    const sha256 = await documentHash(bytes);
    // The media type comes from the bytes: a renamed executable is not a PDF.
    const data = documentSchema.parse({ ...input, mediaType: sniffMediaType(bytes), bytes: bytes.length, sha256 });
    await checkWorker(data.workerId);
    // Refused before any sealing when the file would not fit (StorageFullError names the space).
    await ensureSpace(bytes.length);
    const record = createRecord(uuidv7(), data, session.tick(), session.author());
    const row = await sealRecord(codec, 'documents', record);
    const chunks = await sealDocumentChunks(codec, record.id, bytes, sha256);
    const subject = subjectOf(data);
    await guardQuota(bytes.length, () =>
      db.transaction('rw', [db.documents, db.documentChunks, db.audit, db.meta], async () => {
        await db.documentChunks.bulkAdd(chunks);
        await db.documents.add(row);
        await db.audit.add(auditEntry(session, 'create', subject.id, `document ${data.type} ${record.id}`, subject.kind));
        await session.persistClock();
      }),
    );
    return record;
  }

  async function tombstoneRows(rows: readonly DocumentRow[], detail: (row: DocumentRow) => string | null): Promise<void> {
    const hlc = session.tick();
    const author = session.author();
    // Only the links survive: the tombstone travels and tells nothing of the file.
    const dead = rows.map((row) => ({ ...tombstone(row, hlc, author), data: { workerId: row.workerId, owner: row.data.owner }, sealed: null, workerId: row.workerId, ownerId: row.ownerId }));
    await db.transaction('rw', [db.documents, db.documentChunks, db.audit, db.meta], async () => {
      await db.documents.bulkPut(dead);
      await dropDocumentChunks(db, rows.map((row) => row.id));
      for (const row of rows) {
        const text = detail(row);
        if (text !== null) {
          const subject = subjectOf({ workerId: row.workerId, owner: row.data.owner ?? { kind: 'employer', id: row.ownerId } });
          await db.audit.add(auditEntry(session, 'delete', subject.id, text, subject.kind));
        }
      }
      await session.persistClock();
    });
  }

  return {
    async listForOwner(owner) {
      // A worker file's own documents include those filed on the files merged into it.
      const owners = owner.kind === 'worker' ? await workerIds(db, owner.id) : [owner.id];
      const rows = (await db.documents.where('ownerId').anyOf(owners).toArray()).filter((row) => !row.deletedAt && row.data.owner?.kind === owner.kind);
      if (rows[0]) await checkWorker(rows[0].workerId);
      return summaries(await Promise.all(rows.map(openRow)));
    },

    async listForWorker(workerId) {
      await checkWorker(workerId);
      const rows = (await db.documents.where('workerId').anyOf(await workerIds(db, workerId)).toArray()).filter((row) => !row.deletedAt);
      return summaries(await Promise.all(rows.map(openRow)));
    },

    async add(input, bytes) {
      return summaryOf(await store(input, bytes), null);
    },

    async replace(id, bytes, changes = {}) {
      const previous = await liveRecord(id);
      const { mediaType: _mediaType, bytes: _bytes, sha256: _sha256, ...kept } = previous.data;
      return summaryOf(await store({ ...kept, ...changes, replaces: id, signedOf: previous.data.signedOf, generated: previous.data.generated }, bytes), null);
    },

    async open(id) {
      const record = await liveRecord(id);
      const bytes = await readDocumentBytes(db, codec, id, record.data);
      const subject = subjectOf(record.data);
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'open', subject.id, `document ${record.data.type} ${id}`, subject.kind));
        await session.persistClock();
      });
      return { document: summaryOf(record, null), bytes };
    },

    async remove(id) {
      await liveRecord(id);
      const row = await db.documents.get(id);
      if (row) await tombstoneRows([row], (r) => `document ${r.data.type ?? ''} ${r.id}`.trim());
    },

    async eraseForWorker(workerId) {
      await checkWorker(workerId, true);
      const rows = (await db.documents.where('workerId').anyOf(await workerIds(db, workerId)).toArray()).filter((row) => !row.deletedAt);
      if (rows.length > 0) await tombstoneRows(rows, () => null);
    },
  };
}
