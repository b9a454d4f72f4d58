import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDataKey } from './dataKey';
import { base64ByteLength, base64ToBytes, bytesToBase64 } from './encoding';
import { DecryptionError } from './errors';
import { isSealed, openBytes, openJson, openJsonMany, sealBytes, sealJson, sealJsonMany, type Sealed } from './sealed';

const key = await generateDataKey();
const profile = { surname: 'Bandini', name: 'Maria', codiceFiscale: 'BNDMRA68M50D583X', notes: 'Invalidità civile 46% — vedi verbale' };
const AD = 'workers/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/profile';

function flipBit(base64: string, byteIndex: number): string {
  const bytes = base64ToBytes(base64);
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 0x80;
  return bytesToBase64(bytes);
}

async function failure(promise: Promise<unknown>): Promise<DecryptionError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DecryptionError)) throw new Error(`expected a DecryptionError, got ${String(error)}`);
  return error;
}

describe('sealJson / openJson', () => {
  it('round-trips a record and writes format 1 with a 12-byte IV', async () => {
    const sealed = await sealJson(key, profile, AD);
    expect(sealed.v).toBe(1);
    expect(base64ByteLength(sealed.iv)).toBe(12);
    expect(JSON.stringify(sealed)).not.toContain('Bandini');
    expect(await openJson<typeof profile>(key, sealed, AD)).toEqual(profile);
  });

  it('uses a fresh IV every time, so equal values do not look equal', async () => {
    const seals = await Promise.all(Array.from({ length: 2000 }, () => sealJson(key, profile, AD)));
    expect(new Set(seals.map((s) => s.iv)).size).toBe(seals.length);
    expect(new Set(seals.map((s) => s.ct)).size).toBe(seals.length);
  });

  it('round-trips any JSON value (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ stringUnit: 'binary' }), fc.string(), async (value, associatedData) => {
        const opened = await openJson(key, await sealJson(key, value, associatedData), associatedData);
        // The JSON image, not the value itself: JSON turns -0 into 0.
        expect(opened).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses values without a JSON form', async () => {
    await expect(sealJson(key, undefined, AD)).rejects.toBeInstanceOf(TypeError);
    await expect(sealJson(key, () => 1, AD)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('what opening refuses', () => {
  it('a ciphertext moved to another record or table (associated data differs)', async () => {
    const sealed = await sealJson(key, profile, AD);
    const error = await failure(openJson(key, sealed, 'workers/another-id/profile'));
    expect(error.reason).toBe('authentication');
    expect(error.associatedData).toBe('workers/another-id/profile');
    expect((await failure(openJson(key, sealed, `${AD} `))).reason).toBe('authentication');
  });

  it('any flipped bit in the ciphertext, the tag or the IV', async () => {
    const sealed = await sealJson(key, profile, AD);
    const length = base64ToBytes(sealed.ct).length;
    for (const index of [0, 10, length - 17, length - 1]) {
      expect((await failure(openJson(key, { ...sealed, ct: flipBit(sealed.ct, index) }, AD))).reason).toBe('authentication');
    }
    expect((await failure(openJson(key, { ...sealed, iv: flipBit(sealed.iv, 3) }, AD))).reason).toBe('authentication');
  });

  it('a truncated ciphertext, another key, and bytes opened as JSON (or the reverse)', async () => {
    const sealed = await sealJson(key, profile, AD);
    const truncated = bytesToBase64(base64ToBytes(sealed.ct).subarray(0, 20));
    expect((await failure(openJson(key, { ...sealed, ct: truncated }, AD))).reason).toBe('authentication');
    expect((await failure(openJson(await generateDataKey(), sealed, AD))).reason).toBe('authentication');
    expect((await failure(openBytes(key, sealed, AD))).reason).toBe('authentication');
    expect((await failure(openJson(key, await sealBytes(key, new Uint8Array([0x7b, 0x7d]), AD), AD))).reason).toBe('authentication');
  });

  it('malformed envelopes and versions this build cannot read', async () => {
    const sealed = await sealJson(key, profile, AD);
    const malformed: unknown[] = [null, 'text', { ...sealed, iv: 'AAAA' }, { ...sealed, ct: 'AAAA' }, { ...sealed, ct: '***' }, { iv: sealed.iv, ct: sealed.ct }];
    for (const value of malformed) expect((await failure(openJson(key, value as Sealed, AD))).reason).toBe('malformed');
    const future = { ...sealed, v: 2 } as unknown as Sealed;
    expect((await failure(openJson(key, future, AD))).reason).toBe('unsupportedVersion');
  });
});

describe('sealBytes / openBytes', () => {
  it('round-trips bytes, empty included', async () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([0, 255, 1]), crypto.getRandomValues(new Uint8Array(65_536))]) {
      const opened = await openBytes(key, await sealBytes(key, bytes, 'attachments/1'), 'attachments/1');
      expect(Buffer.from(opened).equals(bytes)).toBe(true);
    }
  });
});

describe('isSealed', () => {
  it('recognises the envelope shape of any version', async () => {
    expect(isSealed(await sealJson(key, 1, AD))).toBe(true);
    expect(isSealed({ v: 7, iv: '', ct: '' })).toBe(true);
    for (const value of [null, undefined, 'x', { v: '1', iv: '', ct: '' }, { v: 1, iv: '' }]) expect(isSealed(value)).toBe(false);
  });
});

describe('sealJsonMany / openJsonMany', () => {
  const items = Array.from({ length: 500 }, (_, i) => ({ value: { ...profile, index: i }, associatedData: `workers/${i}/profile` }));

  it('keeps input order with many in flight', async () => {
    const sealed = await sealJsonMany(key, items);
    const opened = await openJsonMany<{ index: number }>(
      key,
      sealed.map((s, i) => ({ sealed: s, associatedData: `workers/${i}/profile` })),
    );
    expect(opened.map((o) => o.index)).toEqual(items.map((_, i) => i));
    expect(await sealJsonMany(key, [])).toEqual([]);
  });

  it('is all or nothing, and names the record that failed', async () => {
    const sealed = await sealJsonMany(key, items);
    const requests = sealed.map((s, i) => ({ sealed: s, associatedData: `workers/${i}/profile` }));
    requests[123] = { sealed: sealed[124] as Sealed, associatedData: 'workers/123/profile' };
    const error = await failure(openJsonMany(key, requests));
    expect(error.associatedData).toBe('workers/123/profile');
  });
});
