// The demo's reference tables: every code exists and every table is internally consistent.
import { describe, expect, it } from 'vitest';
import { atecoCodeSchema } from '../domain/employer';
import { placeByCode } from '../geo/comuni';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SOUTHERN_FEMALE_FIRST_NAMES, SOUTHERN_MALE_FIRST_NAMES, SOUTHERN_SURNAMES, TUSCAN_SURNAMES } from './data/italianNames';
import { FOREIGN_ORIGIN_WEIGHTS, FOREIGN_ORIGINS } from './data/foreignOrigins';
import { EMPLOYER_SECTORS, PARTITA_IVA_OFFICE } from './data/employerSectors';
import { AREA_COMUNI, EMPLOYER_COMUNE_WEIGHTS, LOCAL_BIRTHPLACE_WEIGHTS, OTHER_ITALIAN_BIRTHPLACES, RESIDENCE_WEIGHTS, SITE_CODE, SOUTHERN_BIRTHPLACE_WEIGHTS } from './data/places';
import { PLANT_ROLES, PROTECTED_CATEGORY_NOTES } from './data/plantRoles';

const SOUTHERN_PROVINCES = new Set(['NA', 'CE', 'SA', 'AV', 'BN', 'RC', 'CS', 'CZ', 'KR', 'VV', 'PA', 'CT', 'ME', 'AG', 'TP', 'SR', 'RG', 'CL', 'EN', 'FG', 'BA', 'TA', 'LE', 'BR', 'BT', 'PZ', 'MT']);

/** ATECO 2007 section of a two-digit division (only the divisions the demo uses). */
function sectionOfDivision(division: number): string {
  if (division >= 10 && division <= 33) return 'C';
  if (division >= 36 && division <= 39) return 'E';
  if (division >= 41 && division <= 43) return 'F';
  if (division >= 45 && division <= 47) return 'G';
  if (division >= 49 && division <= 53) return 'H';
  if (division >= 55 && division <= 56) return 'I';
  if (division >= 77 && division <= 82) return 'N';
  return '?';
}

const codesOf = (weights: readonly (readonly [string, number])[]) => weights.map(([code]) => code);

describe('demo places', () => {
  it('places the site in Figline e Incisa Valdarno', () => {
    expect(placeByCode(SITE_CODE)?.name).toBe('Figline e Incisa Valdarno');
  });

  it('lists area comuni that exist today, in the province the table says', () => {
    for (const comune of AREA_COMUNI) {
      const place = placeByCode(comune.code);
      expect(place, comune.code).toBeDefined();
      expect(place?.active, comune.code).toBe(true);
      expect(place?.province, comune.code).toBe(comune.province);
    }
  });

  it('draws residences and employer sites only from the area comuni', () => {
    const area = new Set(AREA_COMUNI.map((comune) => comune.code));
    for (const code of [...codesOf(RESIDENCE_WEIGHTS), ...codesOf(EMPLOYER_COMUNE_WEIGHTS), ...EMPLOYER_SECTORS.flatMap((sector) => sector.comuni ?? [])]) {
      expect(area.has(code), code).toBe(true);
    }
    expect(RESIDENCE_WEIGHTS[0]?.[0]).toBe(SITE_CODE);
  });

  it('uses Italian birthplaces that exist (historical ones included) and foreign ones that are countries', () => {
    for (const code of [...codesOf(LOCAL_BIRTHPLACE_WEIGHTS), ...OTHER_ITALIAN_BIRTHPLACES]) {
      const place = placeByCode(code);
      expect(place, code).toBeDefined();
      expect(place?.foreign, code).toBe(false);
    }
    for (const code of codesOf(LOCAL_BIRTHPLACE_WEIGHTS)) expect(['FI', 'AR', 'SI'], code).toContain(placeByCode(code)?.province);
    for (const code of codesOf(SOUTHERN_BIRTHPLACE_WEIGHTS)) expect(SOUTHERN_PROVINCES.has(placeByCode(code)?.province ?? ''), code).toBe(true);
    for (const origin of FOREIGN_ORIGINS) expect(placeByCode(origin.code)?.foreign, origin.code).toBe(true);
    // The Figline and Incisa of before the 2014 merger, as people born there carry them.
    expect(placeByCode('D583')?.active).toBe(false);
    expect(placeByCode('E296')?.active).toBe(false);
  });

  it('weights every foreign origin exactly once', () => {
    expect(codesOf(FOREIGN_ORIGIN_WEIGHTS).sort()).toEqual(FOREIGN_ORIGINS.map((origin) => origin.code).sort());
    expect(codesOf(FOREIGN_ORIGIN_WEIGHTS).slice(0, 3)).toEqual(['Z100', 'Z129', 'Z330']);
  });
});

describe('demo names', () => {
  it('has no duplicates and no blanks in any list', () => {
    const lists = { MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, SOUTHERN_MALE_FIRST_NAMES, SOUTHERN_FEMALE_FIRST_NAMES, TUSCAN_SURNAMES, SOUTHERN_SURNAMES };
    for (const [label, list] of Object.entries(lists)) {
      expect(new Set(list).size, label).toBe(list.length);
      for (const name of list) expect(name.trim(), label).toBe(name);
    }
    for (const origin of FOREIGN_ORIGINS) {
      for (const name of [...origin.maleNames, ...origin.femaleNames, ...origin.surnames]) expect(name, origin.code).toMatch(/^[A-Za-z][A-Za-z' ]*$/);
    }
  });
});

describe('demo plant roles', () => {
  it('keeps probabilities in [0, 1] and skills short enough for the worker file', () => {
    for (const role of PLANT_ROLES) {
      expect(role.femaleShare).toBeGreaterThanOrEqual(0);
      expect(role.femaleShare).toBeLessThanOrEqual(1);
      for (const [, probability] of [...role.licences, ...role.optionalSkills]) {
        expect(probability).toBeGreaterThan(0);
        expect(probability).toBeLessThanOrEqual(1);
      }
      for (const skill of [...role.coreSkills, ...role.optionalSkills.map(([name]) => name)]) expect(skill.length).toBeLessThanOrEqual(60);
    }
    for (const { note } of PROTECTED_CATEGORY_NOTES) expect(note.length).toBeLessThanOrEqual(1000);
  });

  it('makes wire drawing and stranding the largest departments', () => {
    const largest = [...PLANT_ROLES].sort((a, b) => b.headcountWeight - a.headcountWeight).slice(0, 2);
    expect(largest.map((role) => role.department).sort()).toEqual(['Cordatura', 'Trafilatura']);
  });
});

describe('demo employer sectors', () => {
  it('carries ATECO 2007 codes whose section matches their division', () => {
    for (const { ateco } of EMPLOYER_SECTORS) {
      expect(atecoCodeSchema.safeParse({ ...ateco, version: '2007' }).success, ateco.code).toBe(true);
      expect(sectionOfDivision(Number(ateco.code.slice(0, 2))), ateco.code).toBe(ateco.section);
      expect(ateco.description.length).toBeGreaterThan(0);
    }
    expect(new Set(EMPLOYER_SECTORS.map(({ ateco }) => ateco.code)).size).toBe(EMPLOYER_SECTORS.length);
  });

  it('uses the Firenze and Arezzo office codes in partite IVA', () => {
    expect(PARTITA_IVA_OFFICE).toEqual({ FI: '048', AR: '051' });
  });
});
