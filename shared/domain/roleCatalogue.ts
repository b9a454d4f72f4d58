// Job titles in their masculine and feminine forms. A former role is free text, typed as the person
// is ("Magazziniera", "Impiegata amministrativa"), so reports would count one role twice, once per
// grammatical gender. Titles are compared word by word with each feminine form read as its
// masculine one; a report row shows both forms where its titles differ ("Operaio/a trafilatura").
import { searchKey } from '../text/fold';

/** Masculine and feminine forms of the words of job titles (nouns and the adjectives that agree with them). */
export const ROLE_WORD_FORMS: readonly (readonly [masculine: string, feminine: string])[] = [
  ['operaio', 'operaia'],
  ['operatore', 'operatrice'],
  ['addetto', 'addetta'],
  ['impiegato', 'impiegata'],
  ['magazziniere', 'magazziniera'],
  ['manutentore', 'manutentrice'],
  ['tecnico', 'tecnica'],
  ['programmatore', 'programmatrice'],
  ['ingegnere', 'ingegnera'],
  ['saldatore', 'saldatrice'],
  ['montatore', 'montatrice'],
  ['assemblatore', 'assemblatrice'],
  ['tornitore', 'tornitrice'],
  ['fresatore', 'fresatrice'],
  ['verniciatore', 'verniciatrice'],
  ['collaudatore', 'collaudatrice'],
  ['conduttore', 'conduttrice'],
  ['disegnatore', 'disegnatrice'],
  ['coordinatore', 'coordinatrice'],
  ['collaboratore', 'collaboratrice'],
  ['lavoratore', 'lavoratrice'],
  ['venditore', 'venditrice'],
  ['direttore', 'direttrice'],
  ['spedizioniere', 'spedizioniera'],
  ['ragioniere', 'ragioniera'],
  ['infermiere', 'infermiera'],
  ['cameriere', 'cameriera'],
  ['segretario', 'segretaria'],
  ['perito', 'perita'],
  ['commesso', 'commessa'],
  ['cuoco', 'cuoca'],
  ['meccanico', 'meccanica'],
  ['elettrico', 'elettrica'],
  ['elettronico', 'elettronica'],
  ['amministrativo', 'amministrativa'],
  ['specializzato', 'specializzata'],
  ['qualificato', 'qualificata'],
  ['generico', 'generica'],
  ['esperto', 'esperta'],
];

const MASCULINE_OF = new Map(ROLE_WORD_FORMS.map(([masculine, feminine]) => [feminine, masculine]));
const FEMININE_OF = new Map(ROLE_WORD_FORMS.map(([masculine, feminine]) => [masculine, feminine]));

/** The key titles of one role share: folded, each feminine word read as masculine ("Impiegata Amministrativa" → "impiegato amministrativo"). */
export function roleKey(title: string): string {
  return searchKey(title)
    .split(' ')
    .map((word) => MASCULINE_OF.get(word) ?? word)
    .join(' ');
}

/** Words and what separates them: ["Manutentrice", " ", "elettrica", "-", "elettronica"]. */
const pieces = (title: string) => title.trim().split(/([^\p{L}\p{N}]+)/u);

/** "operaio" + "operaia" → "operaio/a"; "operatore" + "operatrice" → "operatore/trice". */
function bothForms(word: string, feminine: string): string {
  const masculine = searchKey(word);
  let common = 0;
  while (common < masculine.length && masculine[common] === feminine[common]) common += 1;
  // "-tore/-trice" is written from the t, as Italian job ads do.
  if (masculine.endsWith('tore') && feminine.endsWith('trice')) common = feminine.length - 'trice'.length;
  return `${word}/${feminine.slice(common)}`;
}

/**
 * One label for titles of the same role: the title itself when they all agree; otherwise the most
 * masculine of them (then the first in order, so the label never depends on who was read first),
 * each word the titles write in both genders shown in both ("Manutentore/trice meccanico/a").
 */
export function roleLabel(titles: readonly string[]): string {
  const distinct = [...new Set(titles.map((title) => title.trim()))].sort();
  const first = distinct[0];
  if (first === undefined || distinct.length === 1) return first ?? '';
  const feminineWords = (title: string) => searchKey(title).split(' ').filter((word) => MASCULINE_OF.has(word)).length;
  const base = distinct.reduce((best, title) => (feminineWords(title) < feminineWords(best) ? title : best), first);
  const variants = distinct.map(pieces);
  const baseTitle = pieces(base);
  if (variants.some((variant) => variant.length !== baseTitle.length)) return base;
  return baseTitle
    .map((piece, index) => {
      if (index % 2 === 1) return piece;
      const folded = searchKey(piece);
      const feminine = FEMININE_OF.get(folded);
      const bothUsed = feminine !== undefined && variants.some((variant) => searchKey(variant[index] ?? '') === feminine);
      return bothUsed ? bothForms(piece, feminine) : piece;
    })
    .join('');
}

/** For each title, the label of its role among `titles`: what a report shows in the title's place. */
export function roleLabels(titles: Iterable<string>): Map<string, string> {
  const byKey = new Map<string, string[]>();
  for (const title of titles) {
    const key = roleKey(title);
    const group = byKey.get(key);
    if (group) group.push(title);
    else byKey.set(key, [title]);
  }
  const labels = new Map<string, string>();
  for (const group of byKey.values()) {
    const label = roleLabel(group);
    for (const title of group) labels.set(title, label);
  }
  return labels;
}
