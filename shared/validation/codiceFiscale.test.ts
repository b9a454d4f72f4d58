import { describe, expect, it } from 'vitest';
import * as codiceFiscaleLibrary from 'codice-fiscale-js';
import {
  codiceFiscaleMismatches,
  computeCheckCharacter,
  computeCodiceFiscale,
  nameCode,
  normalizeCodiceFiscale,
  omocodicVariants,
  sameCodiceFiscalePerson,
  surnameCode,
  validateCodiceFiscale,
  type CodiceFiscaleInfo,
} from './codiceFiscale';

// The library's typings declare only a default export, but under Node ESM its CommonJS bundle
// exposes the class as the named export `CodiceFiscale`; we only need its check character.
const { CodiceFiscale: library } = codiceFiscaleLibrary as unknown as { CodiceFiscale: { getCheckCode(first15: string): string } };

const REFERENCE = { referenceYear: 2025 };
/** A code with the right check character, computed by the library (independent of our code). */
const withCheck = (first15: string) => first15 + library.getCheckCode(first15);

function valid(cf: string): CodiceFiscaleInfo {
  const result = validateCodiceFiscale(cf, REFERENCE);
  if (!result.ok) throw new Error(`${cf} rejected: ${result.error}`);
  return result.value;
}

function errorOf(cf: string, options = REFERENCE): string | undefined {
  const result = validateCodiceFiscale(cf, options);
  return result.ok ? undefined : result.error;
}

describe('check character', () => {
  it('matches the well-known example and the library', () => {
    expect(computeCheckCharacter('RSSMRA80A01H501')).toBe('U');
    for (const body of ['BNCNNA85L55D583', 'VRDGPP13R10B293', 'XXXXXX00A01Z100', 'LLLLLLLLALLLLLL', 'ZZZZZZVVTVVZVVV']) {
      expect(computeCheckCharacter(body)).toBe(library.getCheckCode(body));
    }
  });
});

describe('normalizeCodiceFiscale', () => {
  it('trims, removes inner spaces and upper-cases', () => {
    expect(normalizeCodiceFiscale('  rss mra 80a01 h501u ')).toBe('RSSMRA80A01H501U');
    expect(normalizeCodiceFiscale('RSSMRA80A01H501U\t')).toBe('RSSMRA80A01H501U');
  });
});

describe('valid codes', () => {
  it('decodes a man born in Rome', () => {
    expect(valid(' rssmra80a01h501u ')).toEqual({
      normalized: 'RSSMRA80A01H501U',
      canonical: 'RSSMRA80A01H501U',
      omocodic: false,
      birthDate: '1980-01-01',
      sex: 'M',
      birthplaceCode: 'H501',
      birthplace: { code: 'H501', name: 'Roma', province: 'RM', active: true, foreign: false },
      surnameCode: 'RSS',
      nameCode: 'MRA',
    });
  });

  it('decodes a woman: day + 40, born in a comune that no longer exists', () => {
    const cf = computeCodiceFiscale({ surname: 'Bianchi', name: 'Anna', birthDate: '1985-07-15', sex: 'F', birthplaceCode: 'D583' });
    expect(cf).toBe(withCheck('BNCNNA85L55D583'));
    const info = valid(cf);
    expect(info).toMatchObject({ birthDate: '1985-07-15', sex: 'F', birthplaceCode: 'D583', surnameCode: 'BNC', nameCode: 'NNA' });
    expect(info.birthplace).toMatchObject({ name: 'Figline Valdarno', active: false });
  });

  it.each([
    ['01', '1970-01-01', 'M'],
    ['31', '1970-01-31', 'M'],
    ['41', '1970-01-01', 'F'],
    ['71', '1970-01-31', 'F'],
  ])('day %s means %s, sex %s', (day, birthDate, sex) => {
    expect(valid(withCheck(`RSSMRA70A${day}H501`))).toMatchObject({ birthDate, sex });
  });

  it.each([
    ['Z100', 'Albania'],
    ['Z129', 'Romania'],
    ['Z330', 'Marocco'],
  ])('accepts foreign birthplace %s (%s)', (code, country) => {
    const cf = computeCodiceFiscale({ surname: 'Hoxha', name: 'Arben', birthDate: '1990-03-12', sex: 'M', birthplaceCode: code });
    expect(valid(cf).birthplace).toMatchObject({ code, name: country, foreign: true, province: 'EE' });
  });

  it('resolves the century so the person is 0-99 years old at the reference year', () => {
    expect(valid(withCheck('RSSMRA10A01H501')).birthDate).toBe('2010-01-01');
    expect(validateCodiceFiscale(withCheck('RSSMRA10A01H501'), { referenceYear: 2005 })).toMatchObject({ value: { birthDate: '1910-01-01' } });
    expect(valid(withCheck('RSSMRA25A01H501')).birthDate).toBe('2025-01-01');
    expect(valid(withCheck('RSSMRA26A01H501')).birthDate).toBe('1926-01-01');
  });

  it('accepts 29 February only in leap years', () => {
    expect(valid(withCheck('RSSMRA80B29H501')).birthDate).toBe('1980-02-29');
    expect(valid(withCheck('RSSMRA80B69H501')).birthDate).toBe('1980-02-29');
    expect(errorOf(withCheck('RSSMRA81B29H501'))).toBe('date');
    expect(errorOf(withCheck('RSSMRA81B69H501'))).toBe('date');
    // 00 is 2000 (leap, divisible by 400) seen from 2025, but 1900 (not leap) seen from 1999.
    expect(valid(withCheck('RSSMRA00B29H501')).birthDate).toBe('2000-02-29');
    expect(errorOf(withCheck('RSSMRA00B29H501'), { referenceYear: 1999 })).toBe('date');
  });
});

describe('errors, each triggered by a specific input', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['RSSMRA80A01H501', 'length'],
    ['RSSMRA80A01H501UX', 'length'],
    ['RSSMRA80A01H5O1U', 'format'], // letter O where a digit belongs
    ['1SSMRA80A01H501U', 'format'],
    ['RSSMRA80A01150AU', 'format'], // digit where the birthplace letter belongs
    ['RSSMRA80A01H5011', 'format'],
    ['RSSMRA80A01H501A', 'checkChar'],
    ['RSSMRA80A01H502U', 'checkChar'],
    [withCheck('RSSMRA80F01H501'), 'month'], // F is not a month letter
    [withCheck('RSSMRA80A00H501'), 'day'],
    [withCheck('RSSMRA80A32H501'), 'day'],
    [withCheck('RSSMRA80A40H501'), 'day'],
    [withCheck('RSSMRA80A72H501'), 'day'],
    [withCheck('RSSMRA80B30H501'), 'date'],
    [withCheck('RSSMRA80D31H501'), 'date'], // 31 April
    [withCheck('RSSMRA80A01Z999'), 'birthplace'],
    [withCheck('RSSMRA80A01A000'), 'birthplace'],
  ])('%j → %s', (cf, error) => {
    expect(errorOf(cf)).toBe(error);
  });

  it('reports errors in the documented order', () => {
    // Wrong month and wrong check character: the check character is reported first.
    expect(errorOf('RSSMRA80F01H501A')).toBe('checkChar');
    // Bad day and unknown birthplace: the day is reported first.
    expect(errorOf(withCheck('RSSMRA80A32Z999'))).toBe('day');
  });
});

describe('omocodia', () => {
  const original = 'RSSMRA80A01H501U';
  /** Replaces the digits at the given 0-based positions with their omocodia letters. */
  const substitute = (cf: string, positions: number[]) => {
    const characters = cf.slice(0, 15).split('');
    for (const position of positions) characters[position] = 'LMNPQRSTUV'.charAt(Number(characters[position]));
    return withCheck(characters.join(''));
  };

  it.each([
    ['the last digit', [14]],
    ['two digits', [13, 14]],
    ['a day digit only', [10]],
    ['all seven digits', [6, 7, 9, 10, 12, 13, 14]],
  ])('recognises %s substituted as the same person', (_label, positions) => {
    const variant = substitute(original, positions);
    expect(variant).not.toBe(original);
    const info = valid(variant);
    expect(info).toMatchObject({ canonical: original, omocodic: true, birthDate: '1980-01-01', sex: 'M', birthplaceCode: 'H501' });
    expect(sameCodiceFiscalePerson(variant, original)).toBe(true);
  });

  it('decodes the fully substituted code of a woman born abroad', () => {
    const canonical = computeCodiceFiscale({ surname: 'Popescu', name: 'Ioana', birthDate: '1979-12-24', sex: 'F', birthplaceCode: 'Z129' });
    const variant = substitute(canonical, [6, 7, 9, 10, 12, 13, 14]);
    expect(variant.slice(6, 15)).toBe('TVTSQZMNV'); // 79 T 64 Z129 with every digit as a letter
    expect(valid(variant)).toMatchObject({ canonical, birthDate: '1979-12-24', sex: 'F', birthplaceCode: 'Z129' });
  });

  it('lists all 127 variants, each valid with the same canonical code', () => {
    const variants = omocodicVariants(original);
    expect(variants).toHaveLength(127);
    expect(new Set(variants).size).toBe(127);
    expect(variants).not.toContain(original);
    for (const variant of variants) {
      expect(variant.slice(15)).toBe(library.getCheckCode(variant.slice(0, 15)));
      expect(valid(variant).canonical).toBe(original);
    }
    expect(omocodicVariants('not a code')).toEqual([]);
  });

  it('does not confuse different people', () => {
    expect(sameCodiceFiscalePerson(original, withCheck('RSSMRA80A02H501'))).toBe(false);
    expect(sameCodiceFiscalePerson(original, 'RSSMRA80A01H501A')).toBe(false);
    expect(sameCodiceFiscalePerson(' rssmra80a01h501u', original)).toBe(true);
  });
});

describe('surname and name codes', () => {
  it.each([
    ['Rossi', 'RSS'],
    ['Fo', 'FOX'],
    ['Ai', 'AIX'],
    ["D'Angelo", 'DNG'],
    ['De Luca', 'DLC'],
    ['Nicolò', 'NCL'],
    ['Müller', 'MLL'],
    ['Øster', 'STR'],
    ['Yu', 'YUX'],
  ])('surname %s → %s', (surname, code) => {
    expect(surnameCode(surname)).toBe(code);
  });

  it.each([
    ['Mario', 'MRA'],
    ['Giancarlo', 'GCR'], // G N C R L: 1st, 3rd, 4th
    ['Maria Grazia', 'MGR'],
    ['Luca', 'LCU'],
    ['Ada', 'DAA'],
    ['Al', 'LAX'],
    ['Ève', 'VEE'],
    ['Anna-Lisa', 'NLS'],
  ])('name %s → %s', (name, code) => {
    expect(nameCode(name)).toBe(code);
  });
});

describe('codiceFiscaleMismatches', () => {
  const person = { surname: 'Rossi', name: 'Mario', birthDate: '1980-01-01', sex: 'M', birthplaceCode: 'H501' } as const;
  const info = valid('RSSMRA80A01H501U');

  it('finds nothing when the typed data matches', () => {
    expect(codiceFiscaleMismatches(info, person)).toEqual([]);
    expect(codiceFiscaleMismatches(info, { ...person, surname: ' rossi ', birthplaceCode: 'h501' })).toEqual([]);
  });

  it.each([
    ['surname', { surname: 'Bianchi' }],
    ['name', { name: 'Marco' }],
    ['birthDate', { birthDate: '1980-01-02' }],
    ['sex', { sex: 'F' }],
    ['birthplace', { birthplaceCode: 'D612' }],
  ] as const)('flags %s', (field, change) => {
    expect(codiceFiscaleMismatches(info, { ...person, ...change })).toEqual([field]);
  });

  it('compares only the fields provided', () => {
    expect(codiceFiscaleMismatches(info, {})).toEqual([]);
    expect(codiceFiscaleMismatches(info, { surname: '', name: '  ', birthDate: '', birthplaceCode: '' })).toEqual([]);
    expect(codiceFiscaleMismatches(info, { name: 'Luigi', sex: 'F' })).toEqual(['name', 'sex']);
  });

  it('compares the birth year on the two digits the code carries', () => {
    expect(codiceFiscaleMismatches(info, { birthDate: '1880-01-01' })).toEqual([]);
    expect(codiceFiscaleMismatches(info, { birthDate: '1981-01-01' })).toEqual(['birthDate']);
  });

  it('compares omocodic codes on what they decode to', () => {
    const omocodic = valid(withCheck('RSSMRA80A0MH50M'));
    expect(codiceFiscaleMismatches(omocodic, person)).toEqual([]);
  });
});

describe('computeCodiceFiscale', () => {
  it('computes the canonical code', () => {
    expect(computeCodiceFiscale({ surname: 'Rossi', name: 'Mario', birthDate: '1980-01-01', sex: 'M', birthplaceCode: 'H501' })).toBe('RSSMRA80A01H501U');
  });

  it('rejects malformed input', () => {
    const base = { surname: 'Rossi', name: 'Mario', sex: 'M', birthplaceCode: 'H501' } as const;
    expect(() => computeCodiceFiscale({ ...base, birthDate: '1980-02-30' })).toThrow(RangeError);
    expect(() => computeCodiceFiscale({ ...base, birthDate: '01/01/1980' })).toThrow(RangeError);
    expect(() => computeCodiceFiscale({ ...base, birthDate: '1980-01-01', birthplaceCode: 'Roma' })).toThrow(RangeError);
  });
});
