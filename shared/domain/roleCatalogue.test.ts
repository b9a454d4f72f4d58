import { describe, expect, it } from 'vitest';
import { ROLE_WORD_FORMS, roleKey, roleLabel, roleLabels } from './roleCatalogue';

describe('role catalogue', () => {
  it('gives the masculine and feminine titles of a role one key', () => {
    expect(roleKey('Magazziniera')).toBe(roleKey('magazziniere'));
    expect(roleKey('Impiegata amministrativa')).toBe(roleKey('IMPIEGATO AMMINISTRATIVO'));
    expect(roleKey('Operatrice di trafilatura')).toBe(roleKey('Operatore di trafilatura'));
    expect(roleKey('Manutentrice elettrica-elettronica')).toBe(roleKey('Manutentore elettrico-elettronico'));
    expect(roleKey('Addetta controllo qualità')).toBe(roleKey("Addetto controllo qualita'"));
    expect(roleKey('Magazziniere')).not.toBe(roleKey('Carrellista'));
    expect(roleKey('Impiegato tecnico')).not.toBe(roleKey('Impiegato amministrativo'));
  });

  it('lists each word once, in both forms', () => {
    const masculine = ROLE_WORD_FORMS.map(([m]) => m);
    const feminine = ROLE_WORD_FORMS.map(([, f]) => f);
    expect(new Set(masculine).size).toBe(masculine.length);
    expect(new Set(feminine).size).toBe(feminine.length);
    for (const [m, f] of ROLE_WORD_FORMS) expect(m).not.toBe(f);
  });

  it('labels a role in both forms only where its titles differ', () => {
    expect(roleLabel(['Magazziniera', 'Magazziniere'])).toBe('Magazziniere/a');
    expect(roleLabel(['Operaia trafilatura', 'Operaio trafilatura', 'Operaio trafilatura'])).toBe('Operaio/a trafilatura');
    expect(roleLabel(['Impiegata amministrativa', 'Impiegato amministrativo'])).toBe('Impiegato/a amministrativo/a');
    expect(roleLabel(['Operatrice di trafilatura', 'Operatore di trafilatura'])).toBe('Operatore/trice di trafilatura');
    expect(roleLabel(['Manutentrice elettrica-elettronica', 'Manutentore elettrico-elettronico'])).toBe('Manutentore/trice elettrico/a-elettronico/a');
    // A noun that merely looks feminine ("meccanica" the field) is left alone when every title writes it so.
    expect(roleLabel(['Addetta manutenzione meccanica', 'Addetto manutenzione meccanica'])).toBe('Addetto/a manutenzione meccanica');
    expect(roleLabel(['Impiegata amministrativa'])).toBe('Impiegata amministrativa');
    expect(roleLabel(['Carrellista', ' Carrellista '])).toBe('Carrellista');
  });

  it('labels the same whatever order the titles come in', () => {
    const titles = ['Magazziniera', 'Operaio', 'Magazziniere', 'Operaia', 'magazziniera'];
    const forward = roleLabels(titles);
    const backward = roleLabels([...titles].reverse());
    expect([...forward].sort()).toEqual([...backward].sort());
    expect(forward.get('Magazziniera')).toBe(forward.get('Magazziniere'));
    expect(forward.get('Operaia')).toBe('Operaio/a');
  });
});
