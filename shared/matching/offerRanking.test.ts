// The indexed ranking of an offer (the fast path used for whole caseloads) says exactly what
// checking each worker on their own says: same ranked list, same scores, parts and reasons,
// same exclusions with the same misses.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTRACT_TYPES, EDUCATION_LEVELS, LICENCES, SHIFTS, WORKER_STATUSES } from '../domain/vocabulary';
import { compareRanked, createMatchContext, matchOffer, matchPair, MATCHABLE_STATUSES } from './engine';
import { createSynonymIndex } from './synonyms';
import { anOffer, aWorker } from './testFixtures';
import type { MatchCandidacy, MatchResult, MatchWorker } from './types';

const TODAY = '2019-12-31';
const SKILLS = ['trafilatura', 'wire drawing', 'PLC Siemens S7', 'magazzino', 'muletto', 'saldatura TIG', 'controllo qualità', 'fotografia'];
const ROLES = ['Operatore di trafilatura', 'Magazziniere', 'Carrellista', 'Manutentore elettrico', 'Saldatore'];
const COMUNI = ['M321', 'E296', 'D612', 'H222', 'G999', 'C102', 'Z100'];
const DATES = ['2019-06-01', '2019-12-31', '2020-01-15', '2020-03-01', '2020-09-30'];

const workerArb = (id: number): fc.Arbitrary<MatchWorker> =>
  fc.record({
    status: fc.constantFrom(...WORKER_STATUSES),
    residenceCode: fc.constantFrom(...COMUNI),
    formerRole: fc.constantFrom(...ROLES),
    yearsAtPlant: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    educationLevel: fc.constantFrom(...EDUCATION_LEVELS),
    licences: fc.uniqueArray(fc.constantFrom(...LICENCES), { maxLength: 4 }),
    skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 4 }),
    commuteLimitKm: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    preferredContracts: fc.uniqueArray(fc.constantFrom(...CONTRACT_TYPES), { maxLength: 2 }),
    refusedContracts: fc.uniqueArray(fc.constantFrom(...CONTRACT_TYPES), { maxLength: 2 }),
    acceptedShifts: fc.uniqueArray(fc.constantFrom(...SHIFTS), { maxLength: 3 }),
    availableFrom: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  }).map((fields) => aWorker({ id: `w-${String(id).padStart(3, '0')}`, ...fields }));

const workersArb = fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => workerArb(i))));

const offerArb = fc
  .record({
    role: fc.constantFrom(...ROLES),
    comuneCode: fc.constantFrom(...COMUNI.slice(0, 5)),
    contractType: fc.constantFrom(...CONTRACT_TYPES),
    shifts: fc.uniqueArray(fc.constantFrom(...SHIFTS), { maxLength: 2 }),
    licences: fc.uniqueArray(fc.constantFrom(...LICENCES), { maxLength: 2 }),
    minEducation: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: undefined }),
    requiredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 2 }),
    preferredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 3 }),
    minYearsInRole: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    deadline: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    startDate: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  })
  .map((o) =>
    anOffer({
      ...o,
      hard: { licences: o.licences, requiredSkills: o.requiredSkills, ...(o.minEducation ? { minEducation: o.minEducation } : {}) },
      soft: { preferredSkills: o.preferredSkills, minYearsInRole: o.minYearsInRole },
    }),
  );

const candidaciesArb = fc.array(
  fc.record({
    workerId: fc.constantFrom('w-000', 'w-001', 'w-002', 'w-003'),
    offerId: fc.constantFrom('o-1', 'o-2'),
    employerId: fc.constantFrom('e-1', 'e-2'),
    proposedOn: fc.constantFrom(...DATES.slice(0, 2)),
    stage: fc.constantFrom('proposed' as const, 'rejected_by_employer' as const, 'hired' as const),
  }),
  { maxLength: 6 },
) as fc.Arbitrary<MatchCandidacy[]>;

describe('indexed offer ranking', () => {
  const synonyms = createSynonymIndex();

  it('gives the same answer as matching each worker on their own', () => {
    fc.assert(
      fc.property(workersArb, offerArb, candidaciesArb, (workers, offer, candidacies) => {
        const context = () => createMatchContext({ today: TODAY, synonyms, candidacies });
        const pairwise: MatchResult = { ranked: [], excluded: [] };
        for (const worker of workers) {
          if (!MATCHABLE_STATUSES.includes(worker.status)) continue;
          const outcome = matchPair(worker, offer, context());
          if ('ranked' in outcome) pairwise.ranked.push(outcome.ranked);
          else pairwise.excluded.push(outcome.excluded);
        }
        pairwise.ranked.sort(compareRanked);
        expect(matchOffer(offer, workers, context())).toEqual(pairwise);
      }),
      { numRuns: 300 },
    );
  });
});
