// Properties of the ranking over random workers and offers (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTRACT_TYPES, EDUCATION_LEVELS, LICENCES, SHIFTS } from '../domain/vocabulary';
import { createMatchContext, matchOffer } from './engine';
import { skillCovering } from './requirements';
import { lensOn } from './offerLens';
import { createSynonymIndex } from './synonyms';
import { anOffer } from './testFixtures';
import type { MatchOffer, MatchWorker } from './types';

const TODAY = '2019-12-31';
const SKILLS = ['trafilatura', 'wire drawing', 'cordatura', 'PLC', 'magazzino', 'muletto', 'saldatura TIG', 'controllo qualità', 'Excel', 'fotografia'];
const ROLES = ['Operatore di trafilatura', 'Magazziniere', 'Carrellista', 'Manutentore elettrico', 'Impiegato amministrativo'];
const COMUNI = ['M321', 'E296', 'D612', 'H222', 'G999', 'A390', 'C102', 'Z100'];

const workerArb = (id: number): fc.Arbitrary<MatchWorker> =>
  fc.record({
    residenceCode: fc.constantFrom(...COMUNI),
    formerRole: fc.constantFrom(...ROLES),
    yearsAtPlant: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    educationLevel: fc.constantFrom(...EDUCATION_LEVELS),
    licences: fc.uniqueArray(fc.constantFrom(...LICENCES), { maxLength: 4 }),
    skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 4 }),
    commuteLimitKm: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    preferredContracts: fc.uniqueArray(fc.constantFrom(...CONTRACT_TYPES), { maxLength: 2 }),
    acceptedShifts: fc.uniqueArray(fc.constantFrom(...SHIFTS), { maxLength: 3 }),
  }).map((fields) => ({ id: `w-${String(id).padStart(3, '0')}`, status: 'active' as const, refusedContracts: [], availableFrom: undefined, ...fields }));

const workersArb = fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => workerArb(i))));

const offerArb: fc.Arbitrary<MatchOffer> = fc
  .record({
    role: fc.constantFrom(...ROLES),
    comuneCode: fc.constantFrom(...COMUNI.slice(0, 6)),
    contractType: fc.constantFrom(...CONTRACT_TYPES),
    shifts: fc.uniqueArray(fc.constantFrom(...SHIFTS), { maxLength: 2 }),
    licences: fc.uniqueArray(fc.constantFrom(...LICENCES), { maxLength: 1 }),
    requiredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 1 }),
    preferredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 3 }),
  })
  .map((o) => anOffer({ role: o.role, comuneCode: o.comuneCode, contractType: o.contractType, shifts: o.shifts, hard: { licences: o.licences, requiredSkills: o.requiredSkills }, soft: { preferredSkills: o.preferredSkills } }));

describe('matching properties', () => {
  const synonyms = createSynonymIndex();

  it('adding a required skill never ranks anyone above someone who has it', () => {
    fc.assert(
      fc.property(workersArb, offerArb, fc.constantFrom(...SKILLS), (workers, offer, skill) => {
        const stricter = { ...offer, hard: { ...offer.hard, requiredSkills: [...offer.hard.requiredSkills, skill] } };
        const before = matchOffer(offer, workers, createMatchContext({ today: TODAY, synonyms })).ranked;
        const after = matchOffer(stricter, workers, createMatchContext({ today: TODAY, synonyms })).ranked;
        const byId = new Map(workers.map((w) => [w.id, w]));
        const lens = lensOn(anOffer({ hard: { licences: [], requiredSkills: [skill] } }), synonyms, TODAY);
        const has = (id: string) => skillCovering(byId.get(id)!, lens, 0) !== undefined;
        // Whoever lacks the skill is no longer ranked at all…
        expect(after.every((r) => has(r.workerId))).toBe(true);
        // …and those who have it keep their order among themselves.
        expect(after.map((r) => r.workerId)).toEqual(before.filter((r) => has(r.workerId)).map((r) => r.workerId));
      }),
      { numRuns: 150 },
    );
  });

  it('a worker beyond their commute limit is never in the ranked list', () => {
    fc.assert(
      fc.property(workersArb, offerArb, (workers, offer) => {
        const result = matchOffer(offer, workers, createMatchContext({ today: TODAY, synonyms }));
        for (const match of result.ranked) {
          const worker = workers.find((w) => w.id === match.workerId)!;
          const km = match.parts.find((p) => p.kind === 'distance')?.reason.params?.km;
          if (worker.commuteLimitKm !== undefined && typeof km === 'number') expect(km).toBeLessThanOrEqual(worker.commuteLimitKm);
        }
        // Every worker is either ranked or excluded, never both.
        expect(result.ranked.length + result.excluded.length).toBe(workers.length);
      }),
      { numRuns: 150 },
    );
  });

  it('the score is always the sum of its explained parts', () => {
    fc.assert(
      fc.property(workersArb, offerArb, (workers, offer) => {
        for (const match of matchOffer(offer, workers, createMatchContext({ today: TODAY, synonyms })).ranked) {
          expect(match.score).toBeCloseTo(match.parts.reduce((sum, p) => sum + p.points, 0), 5);
          expect(match.parts.every((p) => p.reason.key.length > 0)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
