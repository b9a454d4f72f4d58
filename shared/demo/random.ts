// Seeded pseudo-random numbers for the demo generator: same seed, same sequence, on every engine.
// sfc32 (Small Fast Counter) seeded through splitmix32; integer arithmetic only (Math.imul, shifts),
// so no floating-point library call can make two platforms disagree.

const TWO_POW_32 = 4294967296;

/** splitmix32 step: spreads a 32-bit state into a well-mixed 32-bit output. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a label, to derive independent streams ("workers", "employers"…) from one seed. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i += 1) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export type Weighted<T> = readonly (readonly [T, number])[];

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `seed` is any safe integer (negative and above 2^32 included); `stream` names an independent sequence. */
  constructor(seed: number, stream = '') {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_POW_32) >>> 0;
    this.a = splitmix32(low);
    this.b = splitmix32(high ^ 0x5bd1e995);
    this.c = splitmix32(hashLabel(stream));
    this.d = splitmix32(this.a ^ this.b ^ this.c);
    for (let i = 0; i < 12; i += 1) this.nextUint32(); // warm up: the first outputs of sfc32 are weak
  }

  /** A new generator for a named sub-stream: draws from it never shift draws elsewhere. */
  fork(stream: string): Random {
    return new Random(this.nextUint32(), stream);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`bad integer range ${min}..${max}`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  /** Pick with relative weights (need not sum to 1; zero weights are never chosen). */
  weighted<T>(entries: Weighted<T>): T {
    return this.weightedBy(entries, ([, weight]) => weight)[0];
  }

  /** `weighted` over items whose weight `weightOf` gives (asked twice per item: it must not change). */
  weightedBy<T>(items: readonly T[], weightOf: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weightOf(item);
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let target = this.next() * total;
    for (const item of items) {
      const weight = weightOf(item);
      if (target < weight) return item;
      target -= weight;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new RangeError('weighted pick from an empty list');
    return last;
  }

  /**
   * Roughly normal (Irwin–Hall: the sum of six uniforms), with the given mean and standard deviation.
   * Bounded to mean ± 4.24 sd, which suits ages and durations better than true tails.
   */
  normal(mean: number, standardDeviation: number): number {
    let sum = 0;
    for (let i = 0; i < 6; i += 1) sum += this.next();
    return mean + (sum - 3) * standardDeviation * Math.SQRT2;
  }

  /** Roughly normal, rounded, redrawn until it falls in [min, max]. */
  normalInt(mean: number, standardDeviation: number, min: number, max: number): number {
    if (max <= min) return min;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const value = Math.round(this.normal(mean, standardDeviation));
      if (value >= min && value <= max) return value;
    }
    return Math.min(max, Math.max(min, Math.round(mean)));
  }

  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const atI = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = atI;
    }
    return copy;
  }

  /** `count` distinct items in random order (all of them when count exceeds the list). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /** Each item kept independently with its own probability, in list order. */
  subset<T>(entries: Weighted<T>): T[] {
    const kept: T[] = [];
    for (const [value, probability] of entries) if (this.chance(probability)) kept.push(value);
    return kept;
  }

  /** `count` random bytes. */
  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    let word = 0;
    for (let i = 0; i < count; i += 1) {
      if (i % 4 === 0) word = this.nextUint32();
      out[i] = (word >>> ((i % 4) * 8)) & 0xff;
    }
    return out;
  }
}
