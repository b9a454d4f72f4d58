import { describe, expect, it } from 'vitest';
import { omocodicVariants } from '../validation/codiceFiscale';
import { personKey, samePersonGroups } from './samePerson';

const CF = 'RSSMRA70C15D583V';

describe('same person', () => {
  it('groups files whose codes are the same person, omocodic spellings and case included', () => {
    const [variant] = omocodicVariants(CF);
    const items = [
      { id: 'a', codiceFiscale: CF },
      { id: 'b', codiceFiscale: 'BNCGNN80A01D583X' },
      { id: 'c', codiceFiscale: variant ?? '' },
      { id: 'd', codiceFiscale: CF.toLowerCase() },
      { id: 'e', codiceFiscale: 'not a code' },
    ];
    expect(samePersonGroups(items).map((group) => group.map((item) => item.id))).toEqual([['a', 'c', 'd']]);
    expect(personKey(variant ?? '')).toBe(personKey(CF));
    expect(personKey('x')).toBeUndefined();
  });
});
