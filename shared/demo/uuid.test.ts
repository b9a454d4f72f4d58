import { describe, expect, it } from 'vitest';
import { idSchema } from '../domain/primitives';
import { epochMillis } from './isoDates';
import { Random } from './random';
import { uuidV7, uuidV7OnDate } from './uuid';

/** Milliseconds encoded in the first 48 bits of a UUIDv7. */
const timestampOf = (uuid: string) => parseInt(uuid.replace(/-/g, '').slice(0, 12), 16);

describe('uuidV7', () => {
  it('builds valid version-7, variant-10 UUIDs that the id schema accepts', () => {
    const random = new Random(1);
    for (let i = 0; i < 500; i += 1) {
      const id = uuidV7(1_546_300_800_000 + i * 997, random);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
  });

  it('encodes the timestamp in the first 48 bits', () => {
    const millis = Date.UTC(2019, 5, 14, 9, 30, 12, 345);
    expect(timestampOf(uuidV7(millis, new Random(2)))).toBe(millis);
    expect(uuidV7(0, new Random(2)).startsWith('00000000-0000-7')).toBe(true);
  });

  it('is deterministic for the same generator state and unique across draws', () => {
    expect(uuidV7(123_456, new Random(3))).toBe(uuidV7(123_456, new Random(3)));
    const random = new Random(4);
    const ids = new Set(Array.from({ length: 10_000 }, () => uuidV7(1_546_300_800_000, random)));
    expect(ids.size).toBe(10_000);
  });

  it('rejects timestamps outside 48 bits', () => {
    expect(() => uuidV7(-1, new Random(1))).toThrow(RangeError);
    expect(() => uuidV7(2 ** 48, new Random(1))).toThrow(RangeError);
    expect(() => uuidV7(1.5, new Random(1))).toThrow(RangeError);
  });

  it('dates an id during office hours of the given day', () => {
    const random = new Random(5);
    for (let i = 0; i < 200; i += 1) {
      const millis = timestampOf(uuidV7OnDate('2019-03-12', random)) - epochMillis('2019-03-12');
      expect(millis).toBeGreaterThanOrEqual(7.5 * 3_600_000);
      expect(millis).toBeLessThan(17.5 * 3_600_000);
    }
  });
});
