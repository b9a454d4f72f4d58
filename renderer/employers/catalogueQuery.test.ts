import { describe, expect, it } from 'vitest';
import { createRecord } from '../../shared/sync/record';
import { employerSchema } from '../../shared/domain/employer';
import { offerSchema } from '../../shared/domain/offer';
import { filterEmployers, NO_EMPLOYER_FILTERS, toEmployerItem } from './employerQuery';
import { filterOffers, NO_OFFER_FILTERS, toOfferItem } from './offers/offerQuery';
import { partitaIva, sampleEmployer, sampleOffer } from './testFixtures';

const author = { counselorId: 'c', deviceId: 'd', nowIso: '2019-05-01T10:00:00.000Z' };
const employer = (id: string, overrides: Parameters<typeof sampleEmployer>[0]) => createRecord(id, employerSchema.parse(sampleEmployer(overrides)), '1', author);
const context = { comune: (code: string) => code, openOffers: 0, lastContact: '' };

describe('employer list query', () => {
  const items = [
    toEmployerItem(employer('a', { legalName: 'Pelletteria Valdarno S.r.l.', partitaIva: partitaIva('1111111'), comuneCode: 'F656', ateco: { code: '15.12', section: 'C', version: '2007', description: '' } }), context),
    toEmployerItem(employer('b', { legalName: 'Autotrasporti Città S.n.c.', partitaIva: partitaIva('2222222', '051'), comuneCode: 'M321', ateco: { code: '49.41.00', section: 'H', version: '2007', description: '' } }), context),
    toEmployerItem(employer('c', { legalName: 'Software Arno S.r.l.', partitaIva: partitaIva('3333333'), comuneCode: 'M321', ateco: { code: '62.10', section: 'K', version: '2025', description: '' } }), context),
  ];
  const ids = (filters: Partial<typeof NO_EMPLOYER_FILTERS>) => filterEmployers(items, { ...NO_EMPLOYER_FILTERS, ...filters }).map((i) => i.id);

  it('searches the company name ignoring case and accents, and the partita IVA by its digits', () => {
    expect(ids({ search: 'citta' })).toEqual(['b']);
    expect(ids({ search: 'VALDARNO pell' })).toEqual(['a']);
    expect(ids({ search: partitaIva('2222222', '051').slice(0, 6) })).toEqual(['b']);
    expect(ids({ search: '' })).toEqual(['a', 'b', 'c']);
  });

  it('filters by comune and by section within its classification', () => {
    expect(ids({ comuneCode: 'M321' })).toEqual(['b', 'c']);
    expect(ids({ sectionKey: '2007:H' })).toEqual(['b']);
    expect(ids({ sectionKey: '2007:K' })).toEqual([]);
    expect(ids({ sectionKey: '2025:K', comuneCode: 'M321' })).toEqual(['c']);
  });
});

describe('offer list query', () => {
  const E1 = '018f0000-0000-7000-8000-0000000000e1';
  const E2 = '018f0000-0000-7000-8000-0000000000e2';
  const offer = (id: string, overrides: Parameters<typeof sampleOffer>[1], filled = 0) =>
    toOfferItem(createRecord(id, offerSchema.parse(sampleOffer(overrides?.employerId ?? E1, overrides)), '1', author), { employer: (e) => e, comune: (c) => c, filled });
  const items = [
    offer('x', { role: 'Tornitore CNC', positions: 2 }, 2),
    offer('y', { role: 'Magazziniere', employerId: E2, comuneCode: 'F656' }),
    offer('z', { role: 'Carrellista', state: 'closed' }),
  ];
  const ids = (filters: Partial<typeof NO_OFFER_FILTERS>) => filterOffers(items, { ...NO_OFFER_FILTERS, ...filters }).map((i) => i.id);

  it('shows an open offer with every position filled as filled, and filters on the shown state', () => {
    expect(items.map((i) => i.state)).toEqual(['filled', 'open', 'closed']);
    expect(ids({ state: 'filled' })).toEqual(['x']);
    expect(ids({ state: 'open' })).toEqual(['y']);
  });

  it('searches the role and filters by employer and comune', () => {
    expect(ids({ search: 'tornit' })).toEqual(['x']);
    expect(ids({ employerId: E2 })).toEqual(['y']);
    expect(ids({ comuneCode: 'D583' })).toEqual(['x', 'z']);
  });
});
