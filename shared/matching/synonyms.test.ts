import { describe, expect, it } from 'vitest';
import { createSynonymIndex, mergeGroups } from './synonyms';
import { searchKey } from '../text/fold';

describe('synonym dictionary', () => {
  const synonyms = createSynonymIndex();

  it('normalises case, accents and punctuation', () => {
    expect(searchKey('  Controllo Qualità ')).toBe('controllo qualita');
    expect(searchKey("Filo d'acciaio")).toBe('filo d acciaio');
  });

  it('knows the plant’s trades and the area’s jobs', () => {
    expect(synonyms.same('trafilatura', 'wire drawing')).toBe(true);
    expect(synonyms.same('carrellista', 'muletto')).toBe(true);
    expect(synonyms.same('Magazziniere', 'gestione magazzino')).toBe(true);
    expect(synonyms.same('steel cord', 'cordatura')).toBe(true);
    expect(synonyms.same('trafilatura', 'galvanica')).toBe(false);
  });

  it('reads roles that contain a term as whole words', () => {
    expect(synonyms.same('Manutentore elettrico-elettronico', 'Manutentore elettrico')).toBe(true);
    expect(synonyms.same('Addetto al controllo qualità', 'Addetto controllo qualità')).toBe(true);
    expect(synonyms.same('Operatore di trafilatura', 'Manutentore meccanico')).toBe(false);
  });

  it('treats unknown identical texts as the same and unknown different texts as different', () => {
    expect(synonyms.same('Fotografia', 'fotografia')).toBe(true);
    expect(synonyms.same('Fotografia', 'Ceramica')).toBe(false);
  });

  it("adds the coordinator's groups: extending built-in ones or as new ones", () => {
    const extended = createSynonymIndex([['muletto', 'transpallet elettrico'], ['vetrinista', 'allestimento vetrine']]);
    expect(extended.same('carrellista', 'transpallet elettrico')).toBe(true);
    expect(extended.same('vetrinista', 'allestimento vetrine')).toBe(true);
    expect(synonyms.same('vetrinista', 'allestimento vetrine')).toBe(false);
  });

  it('merges without duplicating terms', () => {
    const merged = mergeGroups([['a b', 'c']], [['C', 'd'], ['e', 'f']]);
    expect(merged).toEqual([['a b', 'c', 'd'], ['e', 'f']]);
  });
});
