// Text for the PDF's standard fonts. Helvetica is written in WinAnsi encoding (Windows-1252):
// Italian accents (à è é ì ò ù), the euro sign and typographic quotes are in it, but many other
// letters (ł, ő, ș, Cyrillic, Arabic…) are not, and pdf-lib throws on them. Such characters are
// replaced here first: by the letter without its accent when that exists, else by "?".
import { foldAccents } from '../text/fold';

export interface MeasuringFont {
  getCharacterSet(): number[];
  widthOfTextAtSize(text: string, size: number): number;
}

/** Look-alikes for letters that decomposing does not reduce to a WinAnsi letter. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ø': 'o', 'ŋ': 'n',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2015': '—',
  '\u2032': "'", '\u2033': '"', '\u00a0': ' ', '\u202f': ' ', '\u2007': ' ', '\u2009': ' ', '\t': ' ',
};

export function makeEncodable(font: MeasuringFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  const encodable = (char: string) => [...char].every((c) => supported.has(c.codePointAt(0) ?? -1));
  return (text) => {
    let out = '';
    for (const char of text.normalize('NFC')) {
      if (char === '\n') out += char;
      else if (/\p{Cc}/u.test(char) && char !== '\t') continue;
      else if (encodable(char)) out += char;
      else {
        const bare = foldAccents(char);
        const alike = LOOK_ALIKES[char];
        out += bare !== '' && encodable(bare) ? bare : alike !== undefined && encodable(alike) ? alike : '?';
      }
    }
    return out;
  };
}

/** Breaks a paragraph into lines no wider than `width`; words longer than a line are cut. */
export function wrap(text: string, font: MeasuringFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        current = candidate;
        continue;
      }
      if (current !== '') lines.push(current);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      current = rest;
    }
    lines.push(current);
  }
  return lines;
}
