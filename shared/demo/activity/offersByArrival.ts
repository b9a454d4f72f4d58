// The draw of an offer for a candidacy, by its positions, among the offers received by a day and not
// already used by the worker: the same draw as Random.weighted over the filtered list, without
// building that list for every worker (30,000 workers × 2,000 offers made the 30,000-worker demo
// spend over a minute here). Offers come sorted by arrival (employers.ts), so those received by a
// day are a prefix; positions are whole numbers, so running sums are exact and a binary search over
// them finds the offer the walk of Random.weighted would stop at.
import type { Random } from '../random';
import type { DemoOffer } from './employers';

export class OffersByArrival {
  private readonly received: readonly string[];
  private readonly positions: readonly number[];
  /** before[i]: the positions of offers[0..i), summed. */
  private readonly before: number[] = [0];
  private readonly indexOf = new Map<string, number>();

  constructor(private readonly offers: readonly DemoOffer[]) {
    this.received = offers.map((o) => o.offer.receivedOn);
    this.positions = offers.map((o) => o.offer.positions);
    this.positions.forEach((positions, index) => {
      if (index > 0 && this.at(this.received, index - 1) > this.at(this.received, index)) throw new Error('offers must come in order of arrival');
      this.before.push(this.at(this.before, index) + positions);
    });
    offers.forEach((offer, index) => this.indexOf.set(offer.id, index));
  }

  private at<T>(values: readonly T[], index: number): T {
    const value = values[index];
    if (value === undefined) throw new RangeError(`no offer ${index}`);
    return value;
  }

  /** How many offers were received on `day` or before (they come first). */
  receivedBy(day: string): number {
    let low = 0;
    let high = this.received.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.at(this.received, middle) <= day) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** First index in [from, to) whose running sum (less `skipped`) passes `target`. */
  private firstPast(target: number, skipped: number, from: number, to: number): number {
    let low = from;
    let high = to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (target < this.at(this.before, middle + 1) - skipped) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * random.weighted(offers received by `day`, not in `used`, weighted by positions), drawing the
   * same number once; undefined (and no draw) when none is left.
   */
  pick(random: Random, day: string, used: ReadonlySet<string>): DemoOffer | undefined {
    const end = this.receivedBy(day);
    const usedBefore = [...used].map((id) => this.indexOf.get(id) ?? end).filter((index) => index < end).sort((a, b) => a - b);
    if (usedBefore.length >= end) return undefined;
    const total = this.at(this.before, end) - usedBefore.reduce((sum, index) => sum + this.at(this.positions, index), 0);
    const target = random.next() * total;
    // Walk the runs between used offers: within a run the sums less what was skipped are exact.
    let skipped = 0;
    let from = 0;
    for (const stop of [...usedBefore, end]) {
      const found = this.firstPast(target, skipped, from, stop);
      if (found < stop) return this.at(this.offers, found);
      skipped += stop < end ? this.at(this.positions, stop) : 0;
      from = stop + 1;
    }
    // As Random.weighted: a target rounded up to the total falls on the last entry.
    let last = end - 1;
    while (usedBefore.includes(last)) last -= 1;
    return this.at(this.offers, last);
  }
}
