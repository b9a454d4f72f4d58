// Deterministic UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, variant 10, the rest from the seeded PRNG.
import { epochMillis } from './isoDates';
import type { Random } from './random';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A UUIDv7 whose timestamp is `unixMillis` and whose 74 random bits come from `random`. */
export function uuidV7(unixMillis: number, random: Random): string {
  if (!Number.isSafeInteger(unixMillis) || unixMillis < 0 || unixMillis >= 2 ** 48) throw new RangeError(`timestamp out of range: ${unixMillis}`);
  const bytes = random.bytes(16);
  let time = unixMillis;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f); // version 7
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f); // variant 10xx
  let hex = '';
  for (const byte of bytes) hex += HEX[byte];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Working hours in Italy (08:30–18:30 CET) expressed in UTC milliseconds after midnight. */
const OFFICE_START_MS = (7 * 60 + 30) * 60_000;
const OFFICE_LENGTH_MS = 10 * 60 * 60_000;

/** A UUIDv7 for a record created on `isoDate`, at a plausible office hour of that day. */
export function uuidV7OnDate(isoDate: string, random: Random): string {
  const timeOfDay = OFFICE_START_MS + Math.floor(random.next() * OFFICE_LENGTH_MS);
  return uuidV7(epochMillis(isoDate) + timeOfDay, random);
}
