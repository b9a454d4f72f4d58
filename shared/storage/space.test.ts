// Whether a write fits, how a refusal of the store is recognised however it is wrapped, what a
// value weighs, and how a size reads in Italian and English.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byteAmount, checkSpace, formatBytes, isQuotaError, SPACE_RESERVE_BYTES, spaceAvailable, spaceNeeded, storedSize } from './space';

describe('checkSpace', () => {
  it('lets a write through when the browser gives no estimate', () => {
    expect(checkSpace(10 ** 9, null)).toEqual({ ok: true });
    expect(checkSpace(10 ** 9, { usage: 5 })).toEqual({ ok: true });
  });

  it('refuses a file that does not fit with the reserve, naming what it needs and what is left', () => {
    const estimate = { usage: 8_000_000, quota: 10_000_000 };
    expect(checkSpace(100_000, estimate)).toEqual({ ok: true });
    expect(checkSpace(1_000_000, estimate)).toEqual({ ok: false, needed: spaceNeeded(1_000_000), available: 2_000_000 });
    // Usage above the quota (it was lowered) leaves nothing, not a negative space.
    expect(spaceAvailable({ usage: 12, quota: 10 })).toBe(0);
  });

  it('fits exactly when what a write needs is no more than what is left', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 40), fc.nat(2 ** 40), fc.nat(2 ** 32), (usage, quota, bytes) => {
        const check = checkSpace(bytes, { usage, quota });
        const left = Math.max(0, quota - usage);
        expect(check.ok).toBe(spaceNeeded(bytes) <= left);
        if (!check.ok) {
          expect(check.available).toBe(left);
          expect(check.needed).toBeGreaterThanOrEqual(bytes + SPACE_RESERVE_BYTES);
        }
      }),
    );
  });
});

describe('isQuotaError', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('recognises the refusal itself, and as Dexie wraps it', () => {
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Transaction aborted', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('other'), { name: 'AbortError', inner: quota }] })).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota }))).toBe(true);
  });

  it('tells other failures apart, and survives a cycle', () => {
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    const cyclic: { name: string; inner?: unknown } = { name: 'AbortError' };
    cyclic.inner = cyclic;
    expect(isQuotaError(cyclic)).toBe(false);
  });
});

describe('storedSize', () => {
  it('counts bytes of binary data, characters of text and the keys of objects', () => {
    expect(storedSize(new Uint8Array(1000))).toBe(1000);
    expect(storedSize({ ct: new Uint8Array(10), id: 'abc' })).toBe('ct'.length + 10 + 'id'.length + 3);
    expect(storedSize([1, 'ab', null])).toBe(8 + 2 + 1);
    const shared = new Uint8Array(50);
    expect(storedSize([shared, shared])).toBe(50);
  });
});

describe('sizes as the interface writes them', () => {
  it('picks the unit that keeps the amount at least 1, rounded to a decimal', () => {
    expect(byteAmount(0)).toEqual({ amount: 0, unit: 'B' });
    expect(byteAmount(1023)).toEqual({ amount: 1023, unit: 'B' });
    expect(byteAmount(1536)).toEqual({ amount: 1.5, unit: 'kB' });
    expect(byteAmount(20 * 1024 * 1024)).toEqual({ amount: 20, unit: 'MB' });
    expect(byteAmount(3.25 * 1024 ** 3)).toEqual({ amount: 3.3, unit: 'GB' });
  });

  it('stays within a twentieth of the size it names', () => {
    const factor = { B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as const;
    fc.assert(
      fc.property(fc.nat(2 ** 45), (bytes) => {
        const { amount, unit } = byteAmount(bytes);
        expect(Math.abs(amount * factor[unit] - bytes)).toBeLessThanOrEqual(Math.max(0.5, bytes / 20));
        if (unit !== 'GB') expect(amount).toBeLessThanOrEqual(1024);
      }),
    );
  });

  it('writes the decimal and the thousands as each language does', () => {
    expect(formatBytes(1.5 * 1024 * 1024, 'it')).toBe('1,5 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(5000 * 1024 ** 3, 'it')).toBe('5.000 GB');
  });
});
