import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as codiceFiscaleLibrary from 'codice-fiscale-js';
import { COMUNI } from 'codice-fiscale-js/src/lista-comuni.js';
import {
  codiceFiscaleMismatches,
  computeCheckCharacter,
  computeCodiceFiscale,
  nameCode,
  omocodicVariants,
  surnameCode,
  validateCodiceFiscale,
  type PersonData,
} from './codiceFiscale';

// See codiceFiscale.test.ts: the class is a named export at runtime despite the typings.
const { CodiceFiscale: library } = codiceFiscaleLibrary as unknown as {
  CodiceFiscale: { getCheckCode(first15: string): string; surnameCode(surname: string): string; nameCode(name: string): string };
};

const REFERENCE_YEAR = 2025;
const belfioreCodes = [...new Set(COMUNI.map(([code]) => code))];

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZàèéìòùÀÈÌÒÙäöüçñ';
const nameArbitrary = fc
  .array(fc.constantFrom(...letters.split(''), ' ', "'", '-'), { minLength: 1, maxLength: 24 })
  .map((characters) => characters.join(''));

// Two-digit years are read as the last 100 years, so stay inside that window.
const birthDateArbitrary = fc
  .date({ min: new Date(Date.UTC(REFERENCE_YEAR - 99, 0, 1)), max: new Date(Date.UTC(REFERENCE_YEAR, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const personArbitrary: fc.Arbitrary<PersonData> = fc.record({
  surname: nameArbitrary,
  name: nameArbitrary,
  birthDate: birthDateArbitrary,
  sex: fc.constantFrom('M' as const, 'F' as const),
  birthplaceCode: fc.constantFrom(...belfioreCodes),
});

describe('properties', () => {
  it('a computed code validates and decodes back to the person', () => {
    fc.assert(
      fc.property(personArbitrary, (person) => {
        const cf = computeCodiceFiscale(person);
        const result = validateCodiceFiscale(cf, { referenceYear: REFERENCE_YEAR });
        if (!result.ok) throw new Error(`${cf} for ${JSON.stringify(person)} rejected: ${result.error}`);
        expect(result.value).toMatchObject({
          canonical: cf,
          omocodic: false,
          birthDate: person.birthDate,
          sex: person.sex,
          birthplaceCode: person.birthplaceCode,
        });
        expect(codiceFiscaleMismatches(result.value, person)).toEqual([]);
      }),
    );
  });

  it('every omocodic variant has the same canonical code and decodes the same', () => {
    fc.assert(
      fc.property(personArbitrary, (person) => {
        const cf = computeCodiceFiscale(person);
        const variants = omocodicVariants(cf);
        expect(variants).toHaveLength(127);
        for (const variant of variants) {
          const result = validateCodiceFiscale(variant, { referenceYear: REFERENCE_YEAR });
          expect(result).toMatchObject({
            ok: true,
            value: { canonical: cf, omocodic: true, birthDate: person.birthDate, sex: person.sex, birthplaceCode: person.birthplaceCode },
          });
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the check character agrees with the library on any well-formed body', () => {
    const alphanumeric = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
    fc.assert(
      fc.property(fc.array(alphanumeric, { minLength: 15, maxLength: 15 }), (characters) => {
        const body = characters.join('');
        expect(computeCheckCharacter(body)).toBe(library.getCheckCode(body));
      }),
    );
  });

  it('surname and name codes agree with the library on plain letters', () => {
    const plainName = fc
      .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ '.split('')), { minLength: 1, maxLength: 20 })
      .map((characters) => characters.join(''));
    fc.assert(
      fc.property(plainName, (text) => {
        expect(surnameCode(text)).toBe(library.surnameCode(text));
        expect(nameCode(text)).toBe(library.nameCode(text));
      }),
    );
  });
});
