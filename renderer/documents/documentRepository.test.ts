// Documents on a file: sealed chunks, versions, scope, tombstones, audit.
import { describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../db/testing';
import { createDocumentRepository, DocumentFileError, DocumentIntegrityError, documentUsage } from './documentRepository';
import { DOCUMENT_CHUNK_BYTES, MAX_DOCUMENT_BYTES } from '../../shared/documents/types';
import { NotAllowedError } from '../db/repositories/errors';
import { createProgrammeRepository } from '../db/repositories/programmeRepository';

const SECRET = 'CONSENSO-FIRMATO-MASI-FABIO';
/** A "PDF" of `size` bytes with a known string in it, repeated so it crosses chunks. */
function pdfBytes(size = 3 * DOCUMENT_CHUNK_BYTES + 100): Uint8Array {
  const text = `%PDF-1.7\n${`${SECRET}\n`.repeat(Math.ceil(size / (SECRET.length + 1)))}`;
  return new TextEncoder().encode(text).subarray(0, size);
}

async function fixture() {
  const base = await coordinatorFixture();
  const documents = createDocumentRepository(base.db, base.session, base.codec);
  const worker = await base.workers.create(sampleWorker({ counselorId: base.session.counselorId }));
  return { ...base, documents, worker };
}

const consent = (workerId: string) => ({ workerId, owner: { kind: 'worker' as const, id: workerId }, type: 'privacyConsent' as const, fileName: 'consenso.pdf', date: '2019-05-02', note: 'firmato in sede' });

describe('document repository', () => {
  it('stores a file in sealed chunks that read back whole, with no byte of it in clear', async () => {
    const { db, documents, worker } = await fixture();
    const bytes = pdfBytes();
    const added = await documents.add(consent(worker.id), bytes);
    expect(added).toMatchObject({ mediaType: 'application/pdf', bytes: bytes.length, type: 'privacyConsent', replacedBy: null });
    const opened = await documents.open(added.id);
    expect(Buffer.from(opened.bytes).equals(Buffer.from(bytes))).toBe(true);
    const chunks = await db.documentChunks.where('documentId').equals(added.id).toArray();
    expect(chunks).toHaveLength(4);
    const raw = JSON.stringify(await db.documents.toArray()) + chunks.map((chunk) => Buffer.from(chunk.ct).toString('latin1')).join('');
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain('consenso.pdf');
    expect(raw).not.toContain('firmato in sede');
    const audit = await db.audit.toArray();
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['create', 'open']));
    expect(audit.find((entry) => entry.action === 'open')?.subjectId).toBe(worker.id);
  });

  it('refuses a file over the limit, naming it, and one that is not a PDF or an image, writing nothing', async () => {
    const { db, documents, worker } = await fixture();
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7'));
    await expect(documents.add(consent(worker.id), big)).rejects.toMatchObject({ problem: { problem: 'tooLarge', max: MAX_DOCUMENT_BYTES } });
    await expect(documents.add(consent(worker.id), new TextEncoder().encode('MZ...'))).rejects.toBeInstanceOf(DocumentFileError);
    expect(await db.documents.count()).toBe(0);
    expect(await db.documentChunks.count()).toBe(0);
  });

  it('keeps earlier versions listed when a newer scan replaces one', async () => {
    const { db, documents, worker } = await fixture();
    const first = await documents.add(consent(worker.id), pdfBytes(1000));
    const second = await documents.replace(first.id, pdfBytes(2000), { date: '2019-05-10' });
    expect(await documentUsage(db)).toEqual({ count: 2, bytes: 3000 });
    const list = await documents.listForOwner({ kind: 'worker', id: worker.id });
    expect(list.map((doc) => [doc.id, doc.replacedBy])).toEqual([
      [second.id, null],
      [first.id, second.id],
    ]);
    expect(second).toMatchObject({ replaces: first.id, type: 'privacyConsent', date: '2019-05-10', bytes: 2000 });
  });

  it('deletes to a tombstone that tells nothing, and drops the bytes', async () => {
    const { db, documents, worker } = await fixture();
    const added = await documents.add(consent(worker.id), pdfBytes(5000));
    await documents.remove(added.id);
    const row = await db.documents.get(added.id);
    expect(row?.deletedAt).not.toBeNull();
    expect(row?.sealed).toBeNull();
    expect(await db.documentChunks.count()).toBe(0);
    expect(await documents.listForWorker(worker.id)).toEqual([]);
    expect((await db.audit.toArray()).some((entry) => entry.action === 'delete')).toBe(true);
  });

  it('refuses to hand out bytes that do not match their hash', async () => {
    const { db, documents, worker } = await fixture();
    const added = await documents.add(consent(worker.id), pdfBytes(5000));
    await db.documentChunks.where('documentId').equals(added.id).delete();
    await expect(documents.open(added.id)).rejects.toBeInstanceOf(DocumentIntegrityError);
  });

  it("keeps a counselor to their caseload's documents", async () => {
    const { db, codec, session, documents, worker } = await fixture();
    await documents.add(consent(worker.id), pdfBytes(500));
    const other = await createProgrammeRepository(db, session, codec).addCounselor({ displayName: 'Marta Rossi', role: 'counselor' });
    const marta = createDocumentRepository(db, await testSession(db, { counselorId: other.id, role: 'counselor' }), codec);
    await expect(marta.listForWorker(worker.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(marta.add(consent(worker.id), pdfBytes(500))).rejects.toBeInstanceOf(NotAllowedError);
  });

  it("erases every document about a worker with their file (GDPR erasure)", async () => {
    const { db, documents, worker, workers } = await fixture();
    await documents.add(consent(worker.id), pdfBytes(500));
    await documents.add({ ...consent(worker.id), type: 'identity', fileName: 'ci.pdf' }, pdfBytes(700));
    await workers.recordConsent(worker.id, false, '2019-06-01');
    await workers.erase(worker.id, '2019-06-02', 24);
    expect(await db.documentChunks.count()).toBe(0);
    expect((await db.documents.toArray()).every((row) => row.deletedAt && row.sealed === null)).toBe(true);
  });
});
