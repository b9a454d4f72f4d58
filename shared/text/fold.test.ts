import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents, foldCase, foldText, searchKey, slug } from './fold';

describe('accent folding', () => {
  it('takes the accents off and keeps the case', () => {
    expect(foldAccents('Niccolò Forlì, Perché È')).toBe('Niccolo Forli, Perche E');
    // Decomposed input (e + combining grave) folds the same as the composed letter.
    expect(foldAccents('caffe\u0300')).toBe('caffe');
    expect(foldCase('Qualità')).toBe('qualita');
  });

  it('folds a search text: spaces and case, punctuation kept', () => {
    expect(foldText('  NICCOLÒ   D’Ancona ')).toBe('niccolo d’ancona');
  });

  it('makes search keys of letters and digits only', () => {
    expect(searchKey('Controllo Qualità!')).toBe('controllo qualita');
    expect(searchKey("Sant'Angelo in Vado (PU)")).toBe('sant angelo in vado pu');
    expect(searchKey('C.F.')).toBe('c f');
  });

  it('makes file-name slugs', () => {
    expect(slug('PCO Figline Valdarno – Filo d’acciaio')).toBe('pco-figline-valdarno-filo-d-acciaio');
    expect(slug('  Niccolò  ')).toBe('niccolo');
    expect(slug('ﬁle²')).toBe('file2');
    expect(slug('a b', '_')).toBe('a_b');
    expect(slug('—')).toBe('');
  });

  it('is idempotent and leaves no combining mark, for every text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const fold of [foldAccents, foldCase, foldText, searchKey, slug]) {
          const once = fold(text);
          expect(fold(once)).toBe(once);
          expect(/\p{M}/u.test(once.normalize('NFD'))).toBe(false);
        }
        expect(searchKey(text)).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
        expect(slug(text)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });
});
