// The reference code printed on a CV version, e.g. `PCO-7KQ2M9`.
//
// Random, stored with the version, rather than derived from the worker id:
// - a code derived from the worker (a hash of the id, keyed or not) is the same on every CV of
//   that worker, so two employers comparing the candidates they were sent, or one employer over
//   months, could tell it is the same person; a fresh random code per version links nothing;
// - an unkeyed hash of an id can be recomputed by anyone who has the ids (every bundle carries
//   them), and a keyed hash needs a secret shared by every laptop, kept and rotated, which gives
//   no more than a random code does;
// - the way back from the code to the worker is the `cvs` row that stores it, inside the
//   programme's encrypted database: only the team can follow it.
// 6 characters of Crockford base32 give 2^30 codes; the repository refuses a code already used.
import { CV_REFERENCE_ALPHABET } from './content';

export type RandomBytes = (length: number) => Uint8Array;

interface CryptoLike {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

const systemRandom: RandomBytes = (length) => (globalThis as unknown as { crypto: CryptoLike }).crypto.getRandomValues(new Uint8Array(length));

export function newCvReference(randomBytes: RandomBytes = systemRandom): string {
  // 32 symbols divide 256 exactly: taking the low 5 bits of a byte is unbiased.
  const code = Array.from(randomBytes(6), (byte) => CV_REFERENCE_ALPHABET[byte % 32]).join('');
  return `PCO-${code}`;
}
