// For tests that prove big data is handled in pieces: the longest string a built-in returned
// while some work ran (Array.prototype.join, JSON.stringify, TextDecoder.prototype.decode).
import { vi, type MockInstance } from 'vitest';

type Record = (text: string) => string;

/** Runs `work` while `watch` records the length of every string the watched built-in returns: the longest. */
export async function longestStringWhile(watch: (record: Record) => MockInstance, work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  const spy = watch((text) => {
    longest = Math.max(longest, text.length);
    return text;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return longest;
}

const join = Array.prototype.join;
export const watchJoin = (record: Record) =>
  vi.spyOn(Array.prototype, 'join').mockImplementation(function (this: unknown[], separator?: string) {
    return record(join.call(this, separator));
  });

const stringify = JSON.stringify;
export const watchStringify = (record: Record) =>
  vi.spyOn(JSON, 'stringify').mockImplementation((value: unknown, replacer?: (number | string)[] | null, space?: string | number) => record(stringify(value, replacer, space)));

const decode = TextDecoder.prototype.decode;
export const watchDecode = (record: Record) =>
  vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions) {
    return record(decode.call(this, input, options));
  });
