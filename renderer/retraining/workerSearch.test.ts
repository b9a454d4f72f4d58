import { describe, expect, it } from 'vitest';
import { workerMatcher } from './workerSearch';

const nicolo = { surname: "Dell'Anna", name: 'Nicolò', codiceFiscale: 'DLLNCL70A01D583X' };
const nicola = { surname: 'Bianchi', name: 'Nicola', codiceFiscale: 'BNCNCL68D12D583Y' };

describe('finding a worker by what is typed', () => {
  it('ignores accents, case and punctuation in names', () => {
    expect(workerMatcher('nicolo')(nicolo)).toBe(true);
    expect(workerMatcher('NICOLÒ')(nicolo)).toBe(true);
    expect(workerMatcher('dell anna')(nicolo)).toBe(true);
    expect(workerMatcher("dell'anna nicol")(nicolo)).toBe(true);
  });

  it('needs every word, each starting a word of the name, or inside the codice fiscale', () => {
    expect(workerMatcher('nicolo bianchi')(nicola)).toBe(false);
    expect(workerMatcher('icol')(nicola)).toBe(false);
    expect(workerMatcher('bnc')(nicola)).toBe(true);
    expect(workerMatcher('d583y')(nicola)).toBe(true);
  });

  it('an empty query matches everyone', () => {
    expect(workerMatcher('  ')(nicolo)).toBe(true);
  });
});
