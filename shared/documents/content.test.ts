import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunksOf, fileProblem, openChunk, sealChunk, sniffMediaType } from './content';
import { chunkCount, chunkLength, DOCUMENT_CHUNK_BYTES, MAX_DOCUMENT_BYTES, typesFor } from './types';
import { DecryptionError } from '../crypto/errors';

const key = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('document content', () => {
  it('tells PDF, JPEG and PNG from their first bytes, never from a name', () => {
    expect(sniffMediaType(bytesOf('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('%PDF-1.4')]))).toBe('application/pdf');
    expect(sniffMediaType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffMediaType(bytesOf('MZ\x90\x00 not a pdf'))).toBeNull();
    expect(sniffMediaType(bytesOf('<html>%PD'))).toBeNull();
  });

  it('names the limit of a file that is too large, and refuses an empty one', () => {
    expect(fileProblem({ length: MAX_DOCUMENT_BYTES + 1 })).toEqual({ problem: 'tooLarge', bytes: MAX_DOCUMENT_BYTES + 1, max: MAX_DOCUMENT_BYTES });
    expect(fileProblem(new Uint8Array(0))).toEqual({ problem: 'empty' });
    expect(fileProblem(bytesOf('hello'))).toEqual({ problem: 'notSupported' });
    expect(fileProblem(bytesOf('%PDF-1.7'))).toBeNull();
  });

  it('cuts any file into chunks that join back to it, every one full but the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * DOCUMENT_CHUNK_BYTES + 7 }), (length) => {
        const bytes = new Uint8Array(length).map((_, i) => i % 251);
        const chunks = [...chunksOf(bytes)];
        expect(chunks.length).toBe(chunkCount(length));
        chunks.forEach((chunk, index) => expect(chunk.length).toBe(chunkLength(length, index)));
        expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('opens a sealed chunk only at its own place of its own file', async () => {
    const k = await key();
    const place = { documentId: 'd1', index: 0, count: 2, sha256: 'a'.repeat(64) };
    const sealed = await sealChunk(k, bytesOf('riservato'), place);
    expect(new TextDecoder().decode(await openChunk(k, sealed, place))).toBe('riservato');
    expect(Buffer.from(sealed.ct).includes(Buffer.from('riservato'))).toBe(false);
    for (const moved of [{ ...place, documentId: 'd2' }, { ...place, index: 1 }, { ...place, count: 1 }, { ...place, sha256: 'b'.repeat(64) }]) {
      await expect(openChunk(k, sealed, moved)).rejects.toBeInstanceOf(DecryptionError);
    }
  });

  it('offers each record only the types that belong to it', () => {
    expect(typesFor('worker')).toContain('privacyConsent');
    expect(typesFor('employer')).toEqual(['other']);
    expect(typesFor('candidacy')).toEqual(['hiringContract', 'unilav', 'other']);
    expect(typesFor('worker')).not.toContain('generated');
  });
});
