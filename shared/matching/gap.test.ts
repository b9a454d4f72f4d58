import { describe, expect, it } from 'vitest';
import { createMatchContext, matchPair } from './engine';
import { closeTheGap, teachesLicence, teachesSkill, type GapCourse } from './gap';
import { createSynonymIndex } from './synonyms';
import { aWorker, anOffer } from './testFixtures';
import type { ExcludedMatch } from './types';

const synonyms = createSynonymIndex();
const course = (overrides: Partial<GapCourse>): GapCourse => ({ id: 'c', title: 'Corso', qualification: '', teachesSkills: [], teachesLicences: [], startDate: '2019-03-01', endDate: '2020-06-30', ...overrides });
const FORKLIFT_COURSE = course({ id: 'forklift', title: 'Abilitazione alla conduzione di carrelli elevatori', teachesLicences: ['forklift'] });
const MULETTO_BY_WORDS = course({ id: 'muletto', title: 'Corso muletto (12 ore)' });
const WAREHOUSE = course({ id: 'warehouse', title: 'Logistica e gestione del magazzino', teachesSkills: ['gestione magazzino'], endDate: '2019-05-31' });
const WELDING = course({ id: 'welding', title: 'Saldatura TIG e MIG', qualification: 'Patentino di saldatura' });
const COURSES = [FORKLIFT_COURSE, MULETTO_BY_WORDS, WAREHOUSE, WELDING];

function excluded(offer = anOffer({ hard: { licences: ['forklift'], requiredSkills: ['magazzino'] } }), worker = aWorker()): ExcludedMatch {
  const outcome = matchPair(worker, offer, createMatchContext({ today: '2019-12-31', synonyms }));
  if (!('excluded' in outcome)) throw new Error('expected an exclusion');
  return outcome.excluded;
}

describe('closing the gap', () => {
  it('a course teaches a licence it lists or names in its words', () => {
    expect(teachesLicence(FORKLIFT_COURSE, 'forklift', synonyms)).toBe(true);
    expect(teachesLicence(MULETTO_BY_WORDS, 'forklift', synonyms)).toBe(true);
    expect(teachesLicence(WELDING, 'welding', synonyms)).toBe(true);
    expect(teachesLicence(WAREHOUSE, 'forklift', synonyms)).toBe(false);
  });

  it('a course teaches a skill through the synonym dictionary', () => {
    expect(teachesSkill(WAREHOUSE, 'magazzino', synonyms)).toBe(true);
    expect(teachesSkill(WELDING, 'saldatura a filo', synonyms)).toBe(true);
    expect(teachesSkill(FORKLIFT_COURSE, 'PLC', synonyms)).toBe(false);
  });

  it('lists each missing item with its courses, upcoming editions first', () => {
    expect(closeTheGap(excluded(), COURSES, synonyms, '2019-12-31')).toEqual([
      { kind: 'licence', item: 'forklift', courseIds: ['forklift', 'muletto'] },
      { kind: 'skill', item: 'magazzino', courseIds: ['warehouse'] },
    ]);
  });

  it('offers nothing when something else than a licence or skill is missing', () => {
    const offer = anOffer({ hard: { licences: ['forklift'], requiredSkills: [], minEducation: 'master' } });
    expect(closeTheGap(excluded(offer), COURSES, synonyms, '2019-12-31')).toEqual([]);
  });

  it('an item no course teaches is still listed, with no course', () => {
    const offer = anOffer({ hard: { licences: ['adr'], requiredSkills: [] } });
    expect(closeTheGap(excluded(offer), COURSES, synonyms, '2019-12-31')).toEqual([{ kind: 'licence', item: 'adr', courseIds: [] }]);
  });
});
