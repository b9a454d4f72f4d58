// Finding workers by what a counselor types: surname, name or codice fiscale, in any order and
// case, with or without accents ("nicolo" finds Nicolò, "dell anna" finds Dell'Anna).
import { searchKey } from '../../shared/text/fold';

export interface Searchable {
  readonly surname: string;
  readonly name: string;
  readonly codiceFiscale: string;
}

/** A matcher for the query: every word must start a word of the person's name or codice fiscale, or sit inside the code. */
export function workerMatcher(query: string): (person: Searchable) => boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (person) => {
    const nameWords = searchKey(`${person.surname} ${person.name}`).split(' ');
    const code = person.codiceFiscale.toLowerCase();
    return words.every((word) => nameWords.some((part) => part.startsWith(word)) || code.includes(word));
  };
}
