import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../generator';
import { Random } from '../random';
import { generateEmployers } from './employers';
import { OffersByArrival } from './offersByArrival';

describe('OffersByArrival', () => {
  const demo = generateDemoProgramme({ workers: 300, seed: 7, anchor: '2026-06-15' });
  const { offers } = generateEmployers(demo, demo.seed);
  const days = [...new Set(offers.map((o) => o.offer.receivedOn))];

  it('draws what Random.weighted draws over the offers received by a day and not used, and no number when none is left', () => {
    const picker = new OffersByArrival(offers);
    const chooser = new Random(1, 'choices');
    for (let trial = 0; trial < 2000; trial += 1) {
      const day = chooser.pick([...days, '2000-01-01', '2100-01-01']);
      const used = new Set(chooser.subset(offers.slice(0, 12).map((o) => [o.id, 0.3] as const)));
      const [fast, slow] = [new Random(trial, 'draw'), new Random(trial, 'draw')];
      const fitting = offers.filter((o) => !used.has(o.id) && o.offer.receivedOn <= day);
      const expected = fitting.length === 0 ? undefined : slow.weighted(fitting.map((o) => [o, o.offer.positions] as const));
      expect(picker.pick(fast, day, used)?.id).toBe(expected?.id);
      // Both generators drew the same count of numbers: their next draws agree.
      expect(fast.next()).toBe(slow.next());
    }
  });

  it('refuses offers out of order of arrival', () => {
    expect(() => new OffersByArrival([...offers].reverse())).toThrow(/order of arrival/);
  });
});
