import { describe, expect, it } from 'vitest';
import { COMUNI } from 'codice-fiscale-js/src/lista-comuni.js';
import { formatPlace, placeByCode, provinceName, searchPlaces } from './comuni';
import { searchKey } from '../text/fold';

describe('the bundled data', () => {
  it('loads the comuni list from codice-fiscale-js', () => {
    expect(COMUNI.length).toBeGreaterThan(13000);
    expect(COMUNI.every(([code]) => /^[A-Z]\d{3}$/.test(code))).toBe(true);
  });
});

describe('placeByCode', () => {
  it.each([
    ['M321', "Figline e Incisa Valdarno", 'FI'],
    ['H901', 'San Giovanni Valdarno', 'AR'],
    ['H223', "Reggio nell'Emilia", 'RE'],
    ['H224', 'Reggio di Calabria', 'RC'],
    ['A345', "L'Aquila", 'AQ'],
    ['D612', 'Firenze', 'FI'],
    ['H501', 'Roma', 'RM'],
    ['D006', "Corigliano d'Otranto", 'LE'],
  ])('%s is %s (%s)', (code, name, province) => {
    expect(placeByCode(code)).toEqual({ code, name, province, active: true, foreign: false });
  });

  it('ignores case and surrounding spaces', () => {
    expect(placeByCode(' m321 ')?.name).toBe('Figline e Incisa Valdarno');
  });

  it('prefers the current name when a code has had several', () => {
    expect(placeByCode('A001')?.name).toBe('Abano Terme'); // formerly Abano Bagni
    expect(placeByCode('A087')).toMatchObject({ name: 'Agrate Brianza', province: 'MB', active: true }); // moved from MI
  });

  it('knows historical comuni, naming them by their last name', () => {
    expect(placeByCode('D583')).toEqual({ code: 'D583', name: 'Figline Valdarno', province: 'FI', active: false, foreign: false });
    expect(placeByCode('E296')).toMatchObject({ name: "Incisa in Val d'Arno", active: false });
  });

  it('knows foreign countries', () => {
    expect(placeByCode('Z100')).toEqual({ code: 'Z100', name: 'Albania', province: 'EE', active: true, foreign: true });
    expect(placeByCode('Z129')?.name).toBe('Romania');
    expect(placeByCode('Z330')?.name).toBe('Marocco');
    expect(placeByCode('Z404')?.name).toBe("Stati Uniti d'America");
  });

  it('picks the modern name of countries listed under several active names', () => {
    expect(placeByCode('Z300')?.name).toBe('Namibia');
    expect(placeByCode('Z206')?.name).toBe('Myanmar');
    expect(placeByCode('Z209')?.name).toBe('Sri Lanka');
  });

  it('treats countries the data wrongly flags inactive as current', () => {
    expect(placeByCode('Z112')).toMatchObject({ name: 'Germania', active: true });
  });

  it('returns undefined for unknown codes', () => {
    expect(placeByCode('Z999')).toBeUndefined();
    expect(placeByCode('A000')).toBeUndefined();
    expect(placeByCode('')).toBeUndefined();
  });
});

describe('display names', () => {
  const nameOf = (query: string) => searchPlaces(query, { limit: 1, includeHistorical: true })[0]?.name;

  it.each([
    ['cantu', 'Cantù'],
    ['citta del vaticano', 'Città del Vaticano'],
    ['aglie', 'Agliè'],
    ['cassina de pecchi', "Cassina de' Pecchi"],
    ['castelnovo ne monti', "Castelnovo ne' Monti"],
    ['ca d andrea', "Ca' d'Andrea"],
    ['gressoney la trinite', 'Gressoney-La-Trinité'],
    ['sotto il monte giovanni', 'Sotto il Monte Giovanni XXIII'],
    ['trezzo sull adda', "Trezzo sull'Adda"],
    ['bojano', 'Bojano'],
  ])('%s → %s', (query, name) => {
    expect(nameOf(query)).toBe(name);
  });

  it('restores the accents of historical Valdostan spellings (VERRE\'S, SAINT-RHE\'MY)', () => {
    const namesOf = (query: string) => searchPlaces(query, { includeHistorical: true }).map((place) => place.name);
    expect(namesOf('verres')).toEqual(expect.arrayContaining(['Verres', 'Verrès']));
    expect(namesOf('saint rhemy')).toEqual(expect.arrayContaining(['Saint-Rhemy-en-Bosses', 'Saint-Rhémy-en-Bosses']));
    expect(namesOf('fenis')).toContain('Fénis');
  });

  it('drops editorial notes from the source', () => {
    expect(placeByCode('A930')?.name).toBe('Bojano'); // source: "BOIANO (corr. BOJANO)"
  });
});

describe('searchPlaces', () => {
  it('puts names starting with the query first, current names before historical ones', () => {
    const names = searchPlaces('figline', { includeHistorical: true }).map(formatPlace);
    expect(names.slice(0, 2)).toEqual(['Figline e Incisa Valdarno (FI)', 'Figline Vegliaturo (CS)']);
    expect(names).toContain('Figline Valdarno (FI)');
    expect(names.indexOf('Figline Valdarno (FI)')).toBeGreaterThan(1);
  });

  it('leaves out historical names unless asked', () => {
    expect(searchPlaces('figline valdarno')).toEqual([]);
    expect(searchPlaces('figline valdarno', { includeHistorical: true })[0]?.code).toBe('D583');
  });

  it('matches word starts before other substrings', () => {
    const names = searchPlaces('valdarno', { limit: 20 }).map((place) => place.name);
    expect(names).toContain('San Giovanni Valdarno');
    expect(names).toContain('Figline e Incisa Valdarno');
    const inside = searchPlaces('isa', { limit: 50 }).map((place) => place.name);
    expect(inside.indexOf('Pisa')).toBeGreaterThan(-1);
    expect(inside.indexOf('Isasca')).toBeLessThan(inside.indexOf('Pisa'));
  });

  it('ignores case, accents and punctuation', () => {
    expect(searchPlaces('CANTÙ')[0]?.name).toBe('Cantù');
    expect(searchPlaces("reggio nell'emilia")[0]?.code).toBe('H223');
    expect(searchPlaces('REGGIO-NELL EMILIA')[0]?.code).toBe('H223');
  });

  it('includes foreign countries unless excluded', () => {
    expect(searchPlaces('albania')[0]).toMatchObject({ code: 'Z100', foreign: true });
    expect(searchPlaces('albania', { includeForeign: false })).toEqual([]);
  });

  it('respects the limit and ignores empty queries', () => {
    expect(searchPlaces('san', { limit: 5 })).toHaveLength(5);
    expect(searchPlaces('san')).toHaveLength(10);
    expect(searchPlaces('   ')).toEqual([]);
    expect(searchPlaces("'-")).toEqual([]);
  });

  it('answers an autocomplete keystroke quickly once the index exists', () => {
    searchPlaces('a');
    const start = performance.now();
    for (let i = 0; i < 20; i++) searchPlaces('zzq', { includeHistorical: true });
    expect((performance.now() - start) / 20).toBeLessThan(25);
  });
});

describe('formatPlace, provinceName and searchKey', () => {
  it('formats comuni with their province and countries alone', () => {
    const figline = placeByCode('M321');
    const albania = placeByCode('Z100');
    expect(figline && formatPlace(figline)).toBe('Figline e Incisa Valdarno (FI)');
    expect(albania && formatPlace(albania)).toBe('Albania');
  });

  it('names provinces', () => {
    expect(provinceName('FI')).toBe('Firenze');
    expect(provinceName('ar')).toBe('Arezzo');
    expect(provinceName('XX')).toBeUndefined();
  });

  it('folds text for comparison', () => {
    expect(searchKey("  Sant'Angelo  a   Fasanella ")).toBe('sant angelo a fasanella');
    expect(searchKey('Città')).toBe('citta');
  });
});
