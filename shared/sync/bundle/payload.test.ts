import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concatBytes, sha256Hex, utf8Decode, utf8Encode } from '../bytes';
import type { BundleLine } from './manifest';
import { lineSplitter, parsePayload, payloadChunks, payloadReader, summarisePayload, type PayloadParse } from './payload';

/** The payload as the format defines it, built the way encoding once did: one string. Fine at test sizes. */
const wholePayload = (lines: readonly BundleLine[]) => utf8Encode(lines.map((line) => JSON.stringify(line)).join('\n'));

const keyLine = (deviceId: string, wrappedDataKey: string): BundleLine => ({ t: 'recoveryKey', deviceId, wrappedDataKey });

// Any text, lone surrogates included (JSON.stringify escapes them), non-empty as the schema wants.
const textArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 120 });
const linesArb = fc.array(fc.tuple(textArb, textArb).map(([id, key]) => keyLine(id, key)), { maxLength: 40 });

/** Feeds `bytes` to a lineSplitter + payloadReader cut at `cuts` (offsets, any order). */
function readInPieces(bytes: Uint8Array, cuts: readonly number[]): PayloadParse {
  const reader = payloadReader();
  const splitter = lineSplitter(reader.line);
  let start = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b)) {
    splitter.push(bytes.subarray(start, cut));
    start = cut;
  }
  splitter.push(bytes.subarray(start));
  splitter.end();
  return reader.finish();
}

describe('payload chunks (encode)', () => {
  it('are the bytes of the lines joined by newlines, whatever the batch size', () => {
    fc.assert(
      fc.property(linesArb, fc.integer({ min: 1, max: 400 }), (lines, batchChars) => {
        const chunks = [...payloadChunks(lines, batchChars)];
        expect(concatBytes(chunks)).toEqual(wholePayload(lines));
        expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never hold more than a batch of lines, a longer line making a batch of its own', () => {
    const lines = [keyLine('a', 'x'.repeat(50)), keyLine('b', 'àèìòù €😀 '.repeat(40)), keyLine('c', 'y'.repeat(10)), keyLine('d', 'z'.repeat(10)), keyLine('e', 'w')];
    const longest = Math.max(...lines.map((line) => JSON.stringify(line).length));
    const chunks = [...payloadChunks(lines, 64)];
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks) expect(utf8Decode(chunk).length).toBeLessThanOrEqual(64 + longest + 1);
    // The line over the batch size is whole in one chunk, after the newline ending the line before.
    expect(utf8Decode(chunks[1]!)).toBe(`\n${JSON.stringify(lines[1])}`);
    expect(concatBytes(chunks)).toEqual(wholePayload(lines));
    expect([...payloadChunks([], 64)]).toEqual([]);
  });

  it('are summarised for the manifest as the whole payload would be: counts, length and SHA-256', async () => {
    const lines: BundleLine[] = [keyLine('lap1', 'k1'), { t: 'caseload', counselorId: 'c1', workerIds: ['w1', 'w2'] }, keyLine('lap2', 'k2 àè')];
    for (const batchChars of [1, 16, 1 << 20]) {
      const summary = await summarisePayload(lines, batchChars);
      expect(summary).toEqual({ counts: { recoveryKey: 2, caseload: 1 }, bytes: wholePayload(lines).length, sha256: sha256Hex(wholePayload(lines)) });
    }
    expect(await summarisePayload([])).toEqual({ counts: {}, bytes: 0, sha256: sha256Hex(new Uint8Array(0)) });
  });
});

describe('payload lines (decode)', () => {
  it('read in pieces cut anywhere, even inside a character, give what the whole payload gives', () => {
    fc.assert(
      fc.property(linesArb, fc.array(fc.nat(), { maxLength: 12 }), (lines, cuts) => {
        const bytes = wholePayload(lines);
        const whole = parsePayload(bytes);
        expect(whole.ok ? whole.content.recoveryKeys : whole.detail).toEqual(lines.map((line) => (line.t === 'recoveryKey' ? { deviceId: line.deviceId, wrappedDataKey: line.wrappedDataKey } : null)));
        expect(readInPieces(bytes, cuts.map((cut) => cut % (bytes.length + 1)))).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it("keep the whole text's verdicts: bad UTF-8 anywhere first, then the first faulty line", () => {
    const good = JSON.stringify(keyLine('lap1', 'k1'));
    const bytesOf = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8Encode(part)] : part)));
    const detail = (payload: Uint8Array) => {
      const result = parsePayload(payload);
      return result.ok ? `ok ${result.content.recoveryKeys.length}` : result.detail;
    };
    expect(detail(bytesOf(''))).toBe('ok 0');
    expect(detail(bytesOf(`${good}\n${good}`))).toBe('ok 2');
    // A line that is not JSON, then a byte that is not UTF-8 further on: the whole text was refused as such.
    expect(detail(bytesOf(`${good}\n{oops\n${good}\n`, [0xff], '"'))).toBe('payload is not UTF-8');
    expect(detail(bytesOf(`${good}\n`, [0xe2, 0x82], `\n${good}`))).toBe('payload is not UTF-8');
    expect(detail(bytesOf(`${good}\n{oops\n${good}`))).toBe('line 4 is not JSON');
    expect(detail(bytesOf(`${good}\n`))).toBe('line 4 is not JSON');
    expect(detail(bytesOf(`${good}\n${JSON.stringify({ t: 'caseload', counselorId: 'c1', workerIds: [] })}\n${JSON.stringify({ t: 'caseload', counselorId: 'c1', workerIds: [] })}`))).toBe('two caseload lines');
    // A byte order mark: dropped at the very start of the text only, as its one decoding did.
    expect(detail(bytesOf([0xef, 0xbb, 0xbf], good))).toBe('ok 1');
    expect(detail(bytesOf([0xef, 0xbb, 0xbf]))).toBe('ok 0');
    expect(detail(bytesOf(`${good}\n`, [0xef, 0xbb, 0xbf], good))).toBe('line 4 is not JSON');
  });
});
