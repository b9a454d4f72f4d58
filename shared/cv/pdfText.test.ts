import { describe, expect, it } from 'vitest';
import { makeEncodable, wrap, type MeasuringFont } from './pdfText';

/** Every character one unit wide; knows only printable ASCII and a few Latin-1 letters. */
const font: MeasuringFont = {
  getCharacterSet: () => [...Array.from({ length: 95 }, (_, i) => i + 32), ...'àèéìòù€'.split('').map((c) => c.codePointAt(0)!)],
  widthOfTextAtSize: (text) => [...text].length,
};

describe('wrap', () => {
  it('breaks between words, keeps paragraphs, cuts a word longer than a line', () => {
    expect(wrap('uno due tre quattro', font, 10, 8)).toEqual(['uno due', 'tre', 'quattro']);
    expect(wrap('a\n\nb', font, 10, 8)).toEqual(['a', '', 'b']);
    expect(wrap('abcdefghijklmnopqrst fine', font, 10, 8)).toEqual(['abcdefgh', 'ijklmnop', 'qrst', 'fine']);
  });
});

describe('makeEncodable', () => {
  it('keeps what the font has, strips accents it lacks, uses look-alikes, else "?"', () => {
    const clean = makeEncodable(font);
    expect(clean('città € ok')).toBe('città € ok');
    expect(clean('Ștefan Łukasz')).toBe('Stefan Lukasz');
    expect(clean('Жанна\ttab\u0007')).toBe('????? tab');
  });
});
