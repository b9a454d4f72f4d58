// Documents' bytes in bundles: carried once, to whom the caseload says, checked run by run against
// their record's hash, and handed over again chunk by chunk when the bundle is applied.
import { describe, expect, it } from 'vitest';
import { addInterview, create, createWorld, decodeContext, exportBundle, importBundle, remove, type Laptop, type World } from '../testing';
import { decodeBundle } from './decode';
import { eachDocumentChunk } from './documentPass';
import { chunksOf } from '../../documents/content';
import { DOCUMENT_CHUNK_BYTES } from '../../documents/types';
import { sha256Hex, utf8Decode } from '../bytes';
import { Decrypter } from 'age-encryption';
import type { DocumentChunkSource } from './documentLines';

const WORKER = '0190a1b2-0000-7000-8000-000000000001';
const DOC = '0190a1b2-0000-7000-8000-0000000000d1';
const EMPLOYER_DOC = '0190a1b2-0000-7000-8000-0000000000d2';

/** A file of `length` bytes that is not the same everywhere (so a moved chunk shows). */
function fileBytes(length: number, seed = 7): Uint8Array {
  return new Uint8Array(length).map((_, i) => (i * 31 + seed) % 256);
}

function documentData(bytes: Uint8Array, workerId: string) {
  return { workerId, owner: { kind: workerId ? 'worker' : 'employer', id: workerId || WORKER }, type: 'other', fileName: 'scan.pdf', mediaType: 'application/pdf', bytes: bytes.length, sha256: sha256Hex(bytes), date: '2019-06-01', note: '' };
}

/** Bytes each laptop holds, and a reader of them for export. */
function holdings(files: Map<string, Uint8Array>) {
  const read: DocumentChunkSource = async function* (ref) {
    const bytes = files.get(ref.documentId);
    if (!bytes) throw new Error(`no bytes for ${ref.documentId}`);
    yield* chunksOf(bytes);
  };
  return { held: new Set(files.keys()), read };
}

async function worldWithDocument(length = 2 * DOCUMENT_CHUNK_BYTES + 123): Promise<{ world: World; laptop: Laptop; bytes: Uint8Array; files: Map<string, Uint8Array> }> {
  const world = await createWorld(2);
  const laptop = world.counselors[0]!;
  create(world, laptop, 'workers', WORKER, { surname: 'Bandini', counselorId: laptop.counselorId });
  addInterview(world, laptop, WORKER, 'primo colloquio');
  const bytes = fileBytes(length);
  create(world, laptop, 'documents', DOC, documentData(bytes, WORKER));
  return { world, laptop, bytes, files: new Map([[DOC, bytes]]) };
}

describe('documents in bundles', () => {
  it('carries a document with its record, checked against its hash, and hands its bytes over again on apply', async () => {
    const { world, laptop, bytes, files } = await worldWithDocument();
    const file = await exportBundle(world, laptop, world.coordinator, holdings(files));
    const decoded = await decodeBundle(file, decodeContext(world, world.coordinator));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.bundle.manifest.counts['chunk']).toBe(3);
    expect(decoded.bundle.content.documentContents).toEqual([{ documentId: DOC, bytes: bytes.length, sha256: sha256Hex(bytes) }]);
    const received: Uint8Array[] = [];
    await eachDocumentChunk(file, decodeContext(world, world.coordinator).identities, decoded.bundle, async (chunks) => {
      for (const chunk of chunks) received.push(chunk.bytes);
    });
    expect(Buffer.concat(received).equals(Buffer.from(bytes))).toBe(true);
  });

  it('sends the bytes once: a second bundle to the same peer carries the record changes only', async () => {
    const { world, laptop, files } = await worldWithDocument(1000);
    await importBundle(world, world.coordinator, await exportBundle(world, laptop, world.coordinator, holdings(files)));
    // The laptop learns what the coordinator holds from the coordinator's bundle back.
    await importBundle(world, laptop, await exportBundle(world, world.coordinator, laptop, holdings(new Map(files))));
    create(world, laptop, 'workers', '0190a1b2-0000-7000-8000-000000000002', { surname: 'Verdi', counselorId: laptop.counselorId });
    const second = await decodeBundle(await exportBundle(world, laptop, world.coordinator, holdings(files)), decodeContext(world, world.coordinator));
    expect(second.ok && second.bundle.content.documentContents).toBeFalsy();
  });

  it("sends a counselor the documents of their caseload and employers' papers, never another caseload's", async () => {
    const { world, laptop, files } = await worldWithDocument(1000);
    const coordinatorFiles = new Map(files);
    await importBundle(world, world.coordinator, await exportBundle(world, laptop, world.coordinator, holdings(files)));
    const employerBytes = fileBytes(500, 3);
    create(world, world.coordinator, 'documents', EMPLOYER_DOC, documentData(employerBytes, ''));
    coordinatorFiles.set(EMPLOYER_DOC, employerBytes);
    const other = world.counselors[1]!;
    const toOther = await decodeBundle(await exportBundle(world, world.coordinator, other, holdings(coordinatorFiles)), decodeContext(world, other));
    expect(toOther.ok).toBe(true);
    if (!toOther.ok) return;
    expect(toOther.bundle.content.documentContents?.map((ref) => ref.documentId)).toEqual([EMPLOYER_DOC]);
    expect((toOther.bundle.content.records.documents ?? []).map((record) => record.id)).toEqual([EMPLOYER_DOC]);
  });

  it('sends no bytes of a deleted document, only its tombstone', async () => {
    const { world, laptop, files } = await worldWithDocument(1000);
    remove(world, laptop, 'documents', DOC);
    const decoded = await decodeBundle(await exportBundle(world, laptop, world.coordinator, holdings(files)), decodeContext(world, world.coordinator));
    expect(decoded.ok && decoded.bundle.content.documentContents).toBeFalsy();
    expect(decoded.ok && decoded.bundle.content.records.documents?.[0]?.deletedAt).toBeTruthy();
  });

  it('refuses as corrupted a bundle whose document bytes do not match their hash, or are cut short', async () => {
    const { world, laptop, bytes } = await worldWithDocument();
    const swapped = new Map([[DOC, fileBytes(bytes.length, 9)]]);
    const wrong = await decodeBundle(await exportBundle(world, laptop, world.coordinator, holdings(swapped)), decodeContext(world, world.coordinator));
    expect(wrong.ok ? 'ok' : `${wrong.reason}: ${wrong.detail}`).toMatch(/^corrupted: .*do not match their hash/);
    const short: DocumentChunkSource = async function* () {
      yield bytes.subarray(0, DOCUMENT_CHUNK_BYTES);
    };
    await expect(exportBundle(world, laptop, world.coordinator, { held: new Set([DOC]), read: short })).rejects.toThrow(/pieces read/);
  });

  it('is readable by the programme identity alone, the chunk lines giving back the bytes of the hash', async () => {
    const { world, laptop, bytes, files } = await worldWithDocument();
    const file = await exportBundle(world, laptop, world.coordinator, holdings(files));
    const decrypter = new Decrypter();
    decrypter.addIdentity(world.programmeKey.identity);
    const lines = utf8Decode(await decrypter.decrypt(file)).split('\n');
    const chunks = lines.slice(2).map((line) => JSON.parse(line) as { t: string; data?: string }).filter((line) => line.t === 'chunk');
    const joined = Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.data ?? '', 'base64')));
    expect(sha256Hex(joined)).toBe(sha256Hex(bytes));
  });
});
