// Reading skills and roles through the synonym dictionary. A text names a concept (a group of the
// dictionary) when it is one of the group's terms or contains one as whole words ("manutentore
// elettrico-elettronico" contains "manutentore elettrico"). Results are cached per text: a
// programme writes the same few hundred skills over and over, so 30,000 profiles cost little.
import { DEFAULT_SYNONYM_GROUPS } from './dictionary';
import { searchKey } from '../text/fold';

export interface SynonymIndex {
  /** Concept numbers (dictionary groups) a text names; empty when it names none. */
  concepts(text: string): readonly number[];
  /** True when two texts are the same term or name a common concept. */
  same(a: string, b: string): boolean;
  /** The groups in use, built-in merged with the coordinator's additions. */
  readonly groups: readonly (readonly string[])[];
}

/**
 * Merges the coordinator's groups into the built-in ones: an added group that shares a term with
 * built-in groups extends each of them; one that shares none becomes a new group.
 */
export function mergeGroups(base: readonly (readonly string[])[], added: readonly (readonly string[])[]): string[][] {
  const groups = base.map((group) => [...new Set(group.map(searchKey))]);
  const baseCount = groups.length;
  for (const extra of added) {
    const terms = [...new Set(extra.map(searchKey).filter(Boolean))];
    if (terms.length === 0) continue;
    const targets = groups.slice(0, baseCount).filter((group) => terms.some((term) => group.includes(term)));
    if (targets.length === 0) groups.push(terms);
    for (const group of targets) for (const term of terms) if (!group.includes(term)) group.push(term);
  }
  return groups;
}

export function createSynonymIndex(added: readonly (readonly string[])[] = [], base: readonly (readonly string[])[] = DEFAULT_SYNONYM_GROUPS): SynonymIndex {
  const groups = mergeGroups(base, added);
  const byTerm = new Map<string, number[]>();
  groups.forEach((group, concept) => {
    for (const term of group) byTerm.set(term, [...(byTerm.get(term) ?? []), concept]);
  });
  // Terms are at most a few words long: a bounded window of words keeps lookups cheap.
  const maxWords = Math.max(1, ...[...byTerm.keys()].map((term) => term.split(' ').length));
  const cache = new Map<string, readonly number[]>();
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = searchKey(text)));
    return key;
  };

  function concepts(text: string): readonly number[] {
    const cached = cache.get(text);
    if (cached) return cached;
    const words = keyOf(text).split(' ').filter(Boolean);
    const found = new Set<number>();
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= maxWords && start + length <= words.length; length++) {
        for (const concept of byTerm.get(words.slice(start, start + length).join(' ')) ?? []) found.add(concept);
      }
    }
    const result = [...found].sort((a, b) => a - b);
    cache.set(text, result);
    return result;
  }

  return {
    groups,
    concepts,
    same(a, b) {
      if (a === b || keyOf(a) === keyOf(b)) return true;
      const ofB = concepts(b);
      return concepts(a).some((concept) => ofB.includes(concept));
    },
  };
}
