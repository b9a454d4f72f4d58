import { describe, expect, it } from 'vitest';
import { generateDataKey, unwrapDataKey, wrapDataKey, type WrappedKey } from './dataKey';
import { base64ByteLength, base64ToBytes, bytesToBase64 } from './encoding';
import { DecryptionError, WrongSecretError } from './errors';
import { openJson, sealJson } from './sealed';

// Wrapping keys straight from WebCrypto: these tests are about wrapping, not about Argon2id.
function wrappingKey() {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

function flipBit(base64: string, byteIndex: number): string {
  const bytes = base64ToBytes(base64);
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 0x01;
  return bytesToBase64(bytes);
}

describe('data key', () => {
  it('is a fresh extractable AES-GCM-256 key for encrypt/decrypt', async () => {
    const key = await generateDataKey();
    expect(key.extractable).toBe(true);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
  });

  it('wraps to a 12-byte IV and a 48-byte blob, and unwraps to the same key', async () => {
    const dataKey = await generateDataKey();
    const kek = await wrappingKey();
    const wrapped = await wrapDataKey(dataKey, kek);
    expect(base64ByteLength(wrapped.iv)).toBe(12);
    expect(base64ByteLength(wrapped.ciphertext)).toBe(48);

    const unwrapped = await unwrapDataKey(wrapped, kek, { extractable: false });
    expect(unwrapped.extractable).toBe(false);
    const sealed = await sealJson(dataKey, { surname: 'Bandini' }, 'workers/1');
    expect(await openJson(unwrapped, sealed, 'workers/1')).toEqual({ surname: 'Bandini' });

    const again = await unwrapDataKey(wrapped, kek, { extractable: true });
    expect(again.extractable).toBe(true);
  });

  it('uses a fresh IV for every wrap', async () => {
    const dataKey = await generateDataKey();
    const kek = await wrappingKey();
    const a = await wrapDataKey(dataKey, kek);
    const b = await wrapDataKey(dataKey, kek);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('throws WrongSecretError for another wrapping key or a tampered blob', async () => {
    const wrapped = await wrapDataKey(await generateDataKey(), await wrappingKey());
    await expect(unwrapDataKey(wrapped, await wrappingKey(), { extractable: false })).rejects.toBeInstanceOf(WrongSecretError);

    const kek = await wrappingKey();
    const good = await wrapDataKey(await generateDataKey(), kek);
    const tampered: WrappedKey[] = [
      { ...good, ciphertext: flipBit(good.ciphertext, 5) },
      { ...good, ciphertext: flipBit(good.ciphertext, 47) },
      { ...good, iv: flipBit(good.iv, 0) },
    ];
    for (const blob of tampered) await expect(unwrapDataKey(blob, kek, { extractable: false })).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('calls a blob of the wrong shape malformed, not a wrong secret', async () => {
    const kek = await wrappingKey();
    const good = await wrapDataKey(await generateDataKey(), kek);
    const malformed: WrappedKey[] = [
      { ...good, iv: 'not base64!' },
      { ...good, iv: bytesToBase64(new Uint8Array(16)) },
      { ...good, ciphertext: bytesToBase64(base64ToBytes(good.ciphertext).subarray(0, 40)) },
    ];
    for (const blob of malformed) {
      await expect(unwrapDataKey(blob, kek, { extractable: false })).rejects.toMatchObject({ name: 'DecryptionError', reason: 'malformed' });
      await expect(unwrapDataKey(blob, kek, { extractable: false })).rejects.toBeInstanceOf(DecryptionError);
    }
  });
});
