// Each hard requirement on hand-made cases: what excludes, and what is said when it is met.
import { describe, expect, it } from 'vitest';
import { offerSchema } from '../domain/offer';
import { createMatchContext, matchOffer, matchPair } from './engine';
import { aWorker, anOffer, CASTEL_FOCOGNANO, FIGLINE, FIRENZE, INCISA } from './testFixtures';
import type { MatchOffer, MatchWorker } from './types';

const TODAY = '2019-12-31';
const context = () => createMatchContext({ today: TODAY });
const misses = (worker: MatchWorker, offer: MatchOffer) => {
  const outcome = matchPair(worker, offer, context());
  return 'excluded' in outcome ? outcome.excluded.misses : [];
};
const met = (worker: MatchWorker, offer: MatchOffer) => {
  const outcome = matchPair(worker, offer, context());
  return 'ranked' in outcome ? outcome.ranked.met : [];
};

describe('hard requirements', () => {
  it('licences: each one missing is named; those held are said', () => {
    const offer = anOffer({ hard: { licences: ['patente_c', 'pes_pav', 'cqc'], requiredSkills: [] } });
    expect(misses(aWorker(), offer).map((m) => [m.kind, m.item, m.reason.key])).toEqual([
      ['licence', 'patente_c', 'licenceMissing'],
      ['licence', 'cqc', 'licenceMissing'],
    ]);
    const driver = aWorker({ licences: ['patente_c', 'pes_pav', 'cqc'] });
    expect(met(driver, offer)).toContainEqual({ key: 'licenceMet', params: { licence: 'patente_c' } });
  });

  it('minimum education, compared in the ISTAT order', () => {
    const offer = anOffer({ hard: { licences: [], requiredSkills: [], minEducation: 'upper_secondary' } });
    expect(misses(aWorker({ educationLevel: 'vocational_qualification' }), offer)).toEqual([
      { kind: 'education', reason: { key: 'educationMissing', params: { education: 'vocational_qualification', minimum: 'upper_secondary' } } },
    ]);
    expect(met(aWorker({ educationLevel: 'bachelor' }), offer)).toContainEqual({ key: 'educationMet', params: { education: 'bachelor', minimum: 'upper_secondary' } });
  });

  it('required skills count through synonyms and the former role', () => {
    const offer = anOffer({ hard: { licences: [], requiredSkills: ['manutenzione elettrica', 'programmazione PLC', 'saldatura TIG'] } });
    const result = misses(aWorker(), offer);
    expect(result).toEqual([{ kind: 'skill', item: 'saldatura TIG', reason: { key: 'skillMissing', params: { skill: 'saldatura TIG' } } }]);
    const held = met(aWorker({ skills: ['PLC'] }), anOffer({ hard: { licences: [], requiredSkills: ['programmazione PLC', 'manutenzione elettrica'] } }));
    expect(held).toContainEqual({ key: 'skillMetAs', params: { skill: 'programmazione PLC', as: 'PLC' } });
    // No such skill listed, but "Manutentore elettrico-elettronico" was the role at the plant.
    expect(held).toContainEqual({ key: 'skillMetAs', params: { skill: 'manutenzione elettrica', as: 'Manutentore elettrico-elettronico' } });
  });

  it('availability by the start date: the deadline when ahead, otherwise today', () => {
    const later = aWorker({ availableFrom: '2020-03-01' });
    expect(misses(later, anOffer())).toEqual([
      { kind: 'availability', reason: { key: 'availabilityMissing', params: { availableFromDate: '2020-03-01', startByDate: TODAY } } },
    ]);
    expect(met(later, anOffer({ deadline: '2020-03-31' }))).toContainEqual({ key: 'availableFrom', params: { availableFromDate: '2020-03-01' } });
    expect(misses(later, anOffer({ deadline: '2019-06-30' }))[0]?.kind).toBe('availability');
    expect(misses(aWorker({ availableFrom: '2019-01-10' }), anOffer())).toEqual([]);
  });

  it("the offer's start date, when stated, decides availability before the deadline does", () => {
    const later = aWorker({ availableFrom: '2020-03-01' });
    const startDate = offerSchema.shape.startDate;
    expect(startDate.parse('')).toBeUndefined();
    expect(startDate.parse('2020-04-01')).toBe('2020-04-01');
    expect(misses(later, anOffer({ startDate: '2020-04-01' }))).toEqual([]);
    expect(misses(later, anOffer({ deadline: '2020-04-30', startDate: '2020-02-01' }))).toEqual([
      { kind: 'availability', reason: { key: 'availabilityMissing', params: { availableFromDate: '2020-03-01', startByDate: '2020-02-01' } } },
    ]);
    // A start date already past means "as soon as possible": today.
    expect(misses(aWorker({ availableFrom: TODAY }), anOffer({ startDate: '2019-06-01' }))).toEqual([]);
  });

  it("commute over the worker's own limit excludes; no limit stated never does", () => {
    const fromFirenze = aWorker({ residenceCode: FIRENZE, commuteLimitKm: 20 });
    const [miss] = misses(fromFirenze, anOffer({ comuneCode: FIGLINE }));
    expect(miss?.kind).toBe('commute');
    expect(miss?.reason.key).toBe('commuteMissing');
    expect(miss?.reason.params).toMatchObject({ from: 'Firenze', to: 'Figline e Incisa Valdarno', limit: 20 });
    expect(Number(miss?.reason.params?.km)).toBeGreaterThan(20);
    expect(misses(aWorker({ residenceCode: FIRENZE, commuteLimitKm: undefined }), anOffer())).toEqual([]);
    expect(misses(aWorker({ residenceCode: INCISA, commuteLimitKm: 10 }), anOffer())).toEqual([]);
  });

  it('commute checked against a province estimate says so', () => {
    const [miss] = misses(aWorker({ residenceCode: CASTEL_FOCOGNANO, commuteLimitKm: 5 }), anOffer());
    expect(miss?.reason.key).toBe('commuteMissingEstimate');
  });

  it('a contract type the worker refuses excludes', () => {
    expect(misses(aWorker({ refusedContracts: ['agency_fixed_term'] }), anOffer({ contractType: 'agency_fixed_term' }))).toEqual([
      { kind: 'contract', reason: { key: 'contractRefused', params: { contract: 'agency_fixed_term' } } },
    ]);
  });

  it('lists every miss, and marks exclusions a course could close', () => {
    const offer = anOffer({ contractType: 'intermittent', hard: { licences: ['forklift'], requiredSkills: ['magazzino'] } });
    const gap = matchPair(aWorker(), offer, context());
    expect('excluded' in gap && gap.excluded.gapOnly).toBe(true);
    const notGap = matchPair(aWorker({ refusedContracts: ['intermittent'] }), offer, context());
    expect('excluded' in notGap && notGap.excluded.misses.map((m) => m.kind)).toEqual(['licence', 'skill', 'contract']);
    expect('excluded' in notGap && notGap.excluded.gapOnly).toBe(false);
  });

  it('matches only workers still looking for work', () => {
    const workers = [aWorker({ id: 'a' }), aWorker({ id: 'b', status: 'placed' }), aWorker({ id: 'c', status: 'in_training' }), aWorker({ id: 'd', status: 'retired' })];
    const result = matchOffer(anOffer(), workers, context());
    expect(result.ranked.map((r) => r.workerId).sort()).toEqual(['a', 'c']);
    expect(result.excluded).toEqual([]);
  });
});
