// Documents between laptops on fake IndexedDB, through the real export and import: the bytes
// arrive sealed under the receiver's key, once, to whom the caseload says, and leave with a
// reassigned worker or a deletion.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBridge } from '../platform/memory/bridge';
import type { SyncContext } from './exportBundle';
import { demoCoordinator, joinLaptop, receive, send } from './testing';
import { createCaseloadRepository } from './caseloadRepository';
import { createDocumentRepository } from '../documents/documentRepository';
import { DOCUMENT_CHUNK_BYTES } from '../../shared/documents/types';

const KNOWN = 'CARTA-IDENTITA-AX1234567';
function scan(size: number): Uint8Array {
  const text = `%PDF-1.7\n${`${KNOWN}\n`.repeat(Math.ceil(size / (KNOWN.length + 1)))}`;
  return new TextEncoder().encode(text).subarray(0, size);
}

const documentsOf = (ctx: SyncContext) => createDocumentRepository(ctx.db, ctx.session, ctx.codec);
const rawChunks = async (ctx: SyncContext) => (await ctx.db.documentChunks.toArray()).map((row) => Buffer.from(row.ct).toString('latin1')).join('');

describe('documents travel in bundles', () => {
  const bridge = createMemoryBridge();
  let coordinator: SyncContext;
  let laptopA: SyncContext;
  let laptopB: SyncContext;
  let counselorB: string;
  let workerId: string;
  let documentId: string;
  const bytes = scan(2 * DOCUMENT_CHUNK_BYTES + 999);

  beforeAll(async () => {
    const made = await demoCoordinator();
    coordinator = made.coordinator;
    const demo = made.demo;
    const counselors = demo.counselors.filter((c) => c.role === 'counselor' && demo.workers.some((w) => w.worker.counselorId === c.id));
    const counselorA = counselors[0]!.id;
    counselorB = counselors[1]!.id;
    workerId = demo.workers.find((w) => w.worker.counselorId === counselorA)!.id;
    laptopA = await joinLaptop(coordinator, bridge, counselorA, 'Portatile A');
    laptopB = await joinLaptop(coordinator, bridge, counselorB, 'Portatile B');
    for (const laptop of [laptopA, laptopB]) {
      expect((await receive(coordinator, await send(laptop, coordinator))).ok).toBe(true);
      expect((await receive(laptop, await send(coordinator, laptop))).ok).toBe(true);
    }
  }, 120_000);

  it('brings a counselor’s scan to the coordinator, sealed under its own key and whole', async () => {
    const added = await documentsOf(laptopA).add({ workerId, owner: { kind: 'worker', id: workerId }, type: 'identity', fileName: 'carta-identita.pdf', date: '2019-06-03', note: '' }, bytes);
    documentId = added.id;
    const outcome = await receive(coordinator, await send(laptopA, coordinator));
    expect(outcome.ok).toBe(true);
    const opened = await documentsOf(coordinator).open(documentId);
    expect(Buffer.from(opened.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(opened.document.fileName).toBe('carta-identita.pdf');
    expect(await rawChunks(coordinator)).not.toContain(KNOWN);
  });

  it('does not send the bytes back to the laptop they came from, nor to another caseload', async () => {
    const toA = await send(coordinator, laptopA);
    const toB = await send(coordinator, laptopB);
    for (const [laptop, file] of [
      [laptopA, toA],
      [laptopB, toB],
    ] as const) {
      const outcome = await receive(laptop, file);
      expect(outcome.ok && (outcome.bundle.content.documentContents ?? []).length).toBe(0);
    }
    expect(await laptopB.db.documentChunks.count()).toBe(0);
    expect(await laptopB.db.documents.get(documentId)).toBeUndefined();
  });

  it('moves the documents with a reassigned worker: off the old laptop, whole onto the new one', async () => {
    expect(await createCaseloadRepository(coordinator.db, coordinator.session, coordinator.codec).reassign([workerId], counselorB)).toBe(1);
    expect((await receive(laptopA, await send(coordinator, laptopA))).ok).toBe(true);
    expect(await laptopA.db.documentChunks.where('documentId').equals(documentId).count()).toBe(0);
    expect(await laptopA.db.documents.get(documentId)).toBeUndefined();
    expect((await receive(laptopB, await send(coordinator, laptopB))).ok).toBe(true);
    const onB = await documentsOf(laptopB).open(documentId);
    expect(Buffer.from(onB.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('drops the bytes where a deletion arrives', async () => {
    await documentsOf(coordinator).remove(documentId);
    expect((await receive(laptopB, await send(coordinator, laptopB))).ok).toBe(true);
    expect(await laptopB.db.documentChunks.count()).toBe(0);
    expect((await laptopB.db.documents.get(documentId))?.deletedAt).toBeTruthy();
  });

  it('leaves no byte behind when the records of the bundle then fail to apply', async () => {
    const other = await documentsOf(laptopB).add({ workerId, owner: { kind: 'worker', id: workerId }, type: 'other', fileName: 'x.pdf', date: '2019-06-04', note: '' }, scan(5000));
    const file = await send(laptopB, coordinator);
    const table = coordinator.db.appliedBundles;
    const add = table.add.bind(table);
    // The last write of the transaction fails, as a full disk would make it.
    table.add = () => Promise.reject(new Error('disk full')) as ReturnType<typeof add>;
    try {
      await expect(receive(coordinator, file)).rejects.toThrow('disk full');
    } finally {
      table.add = add;
    }
    expect(await coordinator.db.documentChunks.where('documentId').equals(other.id).count()).toBe(0);
    expect(await coordinator.db.documents.get(other.id)).toBeUndefined();
    expect((await receive(coordinator, file)).ok).toBe(true);
    expect((await documentsOf(coordinator).open(other.id)).bytes.length).toBe(5000);
  });

  it('keeps no bytes of a document that arrives already deleted here', async () => {
    const kept = await documentsOf(laptopB).add({ workerId, owner: { kind: 'worker', id: workerId }, type: 'other', fileName: 'y.pdf', date: '2019-06-05', note: '' }, scan(4000));
    // The coordinator holds a deletion of it (as another laptop's bundle would have brought it).
    const row = await laptopB.db.documents.get(kept.id);
    await coordinator.db.documents.put({ ...row!, deletedAt: coordinator.session.tick(), sealed: null, data: { workerId, owner: { kind: 'worker', id: workerId } } });
    expect((await receive(coordinator, await send(laptopB, coordinator))).ok).toBe(true);
    expect((await coordinator.db.documents.get(kept.id))?.deletedAt).toBeTruthy();
    expect(await coordinator.db.documentChunks.where('documentId').equals(kept.id).count()).toBe(0);
  });
});
