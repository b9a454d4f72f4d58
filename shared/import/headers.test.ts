import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { autoMapping, findLayout, headerMatcher, mappingToRemember } from './headers';
import { WORKER_FIELD_DEFINITIONS, WORKER_IMPORT_FIELDS } from './workerFields';
import { EMPLOYER_FIELD_DEFINITIONS } from './employerRules';
import type { Cell } from './cells';

const workers = headerMatcher(WORKER_FIELD_DEFINITIONS);

describe('header matching', () => {
  it('reads the headers of real HR lists', () => {
    const cases: [string, string][] = [
      ['COGNOME', 'surname'],
      ['Nome', 'name'],
      ['C.F.', 'codiceFiscale'],
      ['Cod. Fiscale', 'codiceFiscale'],
      ['CODICE FISCALE', 'codiceFiscale'],
      ['DATA DI NASCITA', 'birthDate'],
      ['Data nascita (gg/mm/aaaa)', 'birthDate'],
      ['Luogo nascita', 'birthplace'],
      ['COMUNE DI NASCITA', 'birthplace'],
      ['COMUNE DI RESIDENZA', 'residence'],
      ['Città', 'residence'],
      ['TELEFONO / CELLULARE', 'phone'],
      ['E-mail', 'email'],
      ['MANSIONE', 'formerRole'],
      ['Reparto', 'department'],
      ['DATA ASSUNZIONE', 'hireDate'],
      ['Livello', 'level'],
      ['TITOLO DI STUDIO', 'education'],
      ['Date of birth', 'birthDate'],
      ['Tax code', 'codiceFiscale'],
    ];
    for (const [header, field] of cases) expect([header, workers.match(header)]).toEqual([header, field]);
    expect(workers.match('Colore preferito')).toBeUndefined();
  });

  it('maps any casing, accents and punctuation of a known header to its field', () => {
    const known = WORKER_FIELD_DEFINITIONS.flatMap((definition) => definition.headers.map((header) => [header, definition.field] as const));
    const accents: Record<string, string[]> = { a: ['à', 'á', 'â'], e: ['è', 'é', 'ê'], i: ['ì', 'í'], o: ['ò', 'ó'], u: ['ù', 'ú'] };
    const spelling = fc.tuple(fc.constantFrom(...known), fc.infiniteStream(fc.nat(99)), fc.constantFrom('', '.', ':', ' ', '*', ' - ')).map(([[header, field], choices, ending]) => {
      const draws = choices.take(header.length * 3)[Symbol.iterator]();
      const next = () => draws.next().value ?? 0;
      let spelled = '';
      for (const character of header) {
        const lower = character.toLowerCase();
        const choice = next();
        let out = accents[lower] && choice % 4 === 0 ? (accents[lower][choice % accents[lower].length] ?? lower) : character;
        out = next() % 2 === 0 ? out.toUpperCase() : out.toLowerCase();
        const punctuation = next();
        spelled += out + (punctuation < 8 ? ['.', ' ', '_', '/'][punctuation % 4] : '');
      }
      return [` ${spelled}${ending}`, field] as const;
    });
    fc.assert(fc.property(spelling, ([header, field]) => workers.match(header) === field), { numRuns: 500 });
  });

  it('knows every worker field and the employer headers', () => {
    expect(new Set(WORKER_FIELD_DEFINITIONS.map((d) => workers.match(d.headers[0] ?? '')))).toEqual(new Set(WORKER_IMPORT_FIELDS));
    const employers = headerMatcher(EMPLOYER_FIELD_DEFINITIONS);
    expect(['RAGIONE SOCIALE', 'P.IVA', 'Codice ATECO', 'Versione ATECO', 'Sede', 'Referente', 'PEC'].map((h) => employers.match(h))).toEqual(['legalName', 'partitaIva', 'atecoCode', 'atecoVersion', 'comune', 'contactName', 'email']);
  });
});

describe('sheet layout', () => {
  it('skips titles and blank lines above the header row', () => {
    const rows: Cell[][] = [['Elenco dipendenti stabilimento di Figline'], [], [null, null], ['COGNOME', 'NOME', 'C.F.', 'NOTE'], ['ROSSI', 'MARIO', 'X', 'ok']];
    const layout = findLayout(rows, workers);
    expect(layout.headerRow).toBe(3);
    expect(layout.columns.map((c) => c.label)).toEqual(['COGNOME', 'NOME', 'C.F.', 'NOTE']);
    expect(autoMapping(layout.columns, workers)).toEqual(['surname', 'name', 'codiceFiscale', 'ignore']);
  });

  it('reads group headers of merged cells together with the header row', () => {
    // "DATA" merged over two columns: the reader gives it in the first cell only.
    const rows: Cell[][] = [
      ['ANAGRAFICA', null, 'DATA', null, 'RECAPITI'],
      ['COGNOME', 'NOME', 'NASCITA', 'ASSUNZIONE', 'TELEFONO'],
      ['ROSSI', 'MARIO', '01/01/1980', '02/02/2001', '333'],
    ];
    const layout = findLayout(rows, workers);
    expect(layout.headerRow).toBe(1);
    expect(autoMapping(layout.columns, workers)).toEqual(['surname', 'name', 'birthDate', 'hireDate', 'phone']);
    expect(layout.columns.map((c) => c.label)).toEqual(['COGNOME', 'NOME', 'DATA NASCITA', 'DATA ASSUNZIONE', 'TELEFONO']);
  });

  it('uses the mapping remembered for a header, and gives a field to one column only', () => {
    const layout = findLayout([['Cognome', 'Cellulare', 'Telefono', 'Qualifica interna']], workers);
    expect(autoMapping(layout.columns, workers)).toEqual(['surname', 'phone', 'ignore', 'formerRole']);
    const remembered = mappingToRemember(layout.columns, ['surname', 'ignore', 'phone', 'notes'] as const);
    expect(autoMapping(layout.columns, workers, remembered)).toEqual(['surname', 'ignore', 'phone', 'notes']);
  });
});

describe('group headers', () => {
  it('reads a group before or after the header, exact names first', () => {
    const rows: Cell[][] = [
      ['NASCITA', null, null, 'RESIDENZA', null, null],
      ['DATA', 'SESSO', 'LUOGO', 'COMUNE DI RESIDENZA', 'INDIRIZZO', 'CAP'],
    ];
    const layout = findLayout(rows, workers);
    expect(autoMapping(layout.columns, workers)).toEqual(['birthDate', 'sex', 'birthplace', 'residence', 'address', 'postcode']);
  });
});
