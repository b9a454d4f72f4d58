// Small rules of written Italian the interface and the documents follow.
import { foldCase } from './fold';

/**
 * The preposition "a" or the conjunction "e" with the d eufonica before a word starting with the
 * same vowel, as current usage wants: "ad Arezzo", "a Empoli", "ed Empoli", "e Arezzo".
 */
export function euphonic(word: 'a' | 'e', next: string): 'a' | 'ad' | 'e' | 'ed' {
  const first = foldCase(next.trim().replace(/^[«"'“‘(]+/, '')).charAt(0);
  if (word === 'a') return first === 'a' ? 'ad' : 'a';
  return first === 'e' ? 'ed' : 'e';
}

/** "ad Arezzo", "a Figline e Incisa Valdarno": a place after "a", the d added where it belongs. */
export function atPlace(place: string): string {
  return `${euphonic('a', place)} ${place.trim()}`;
}
