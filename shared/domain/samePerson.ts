// Files that are the same person: the same codice fiscale once omocodia is undone (the canonical
// code). Two counselors offline may each register the same worker; the coordinator sees the pairs.
import { validateCodiceFiscale } from '../validation/codiceFiscale';

/** The key that is equal for every spelling of one person's code; undefined for a code that is not valid. */
export function personKey(codiceFiscale: string): string | undefined {
  const result = validateCodiceFiscale(codiceFiscale);
  return result.ok ? result.value.canonical : undefined;
}

/** Groups of two or more ids with the same person key, each in the order given, groups by their first id. */
export function samePersonGroups<T extends { readonly id: string; readonly codiceFiscale: string }>(items: readonly T[]): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = personKey(item.codiceFiscale);
    if (key === undefined) continue;
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.values()].filter((group) => group.length > 1);
}
