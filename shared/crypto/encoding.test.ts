import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ByteLength, base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from './encoding';
import { EncodingError } from './errors';

describe('base64', () => {
  it('matches Node’s encoder and round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
        expect(base64ByteLength(text)).toBe(bytes.length);
      }),
    );
  });

  it('handles arrays far larger than one chunk (no call-stack overflow)', () => {
    const bytes = new Uint8Array(1_000_003).map((_, i) => (i * 7919) & 0xff);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    // Buffer.equals, not toEqual: deep equality over a million elements takes seconds.
    expect(Buffer.from(base64ToBytes(text)).equals(bytes)).toBe(true);
  });

  it('refuses text that is not canonical base64', () => {
    for (const bad of ['abc', 'ab c', 'YWJj\n', 'YQ', 'YQ=', 'Y===', 'YWJj!', '-_-_']) {
      expect(() => base64ToBytes(bad)).toThrow(EncodingError);
      expect(base64ByteLength(bad)).toBeUndefined();
    }
    expect(base64ToBytes('')).toEqual(new Uint8Array(0));
  });
});

describe('UTF-8', () => {
  it('round-trips any string made of whole code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Decode(utf8Encode(text))).toBe(text);
      }),
    );
    expect(utf8Encode('è€😀')).toEqual(new Uint8Array([0xc3, 0xa8, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]));
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    expect(() => utf8Decode(new Uint8Array([0xc3]))).toThrow(TypeError);
  });
});
