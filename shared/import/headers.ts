// Columns found by their headers, whatever the case, accents, punctuation or small words
// ("C.F.", "Cod. Fiscale", "Data di nascita", "DATA NASCITA", "Luogo nascita"), in Italian or
// English. The header row is looked for among the first rows (titles and blank lines above it are
// skipped); a row of merged group headers above it ("DATA" over "NASCITA" and "ASSUNZIONE") is
// read together with it.
import { searchKey } from '../text/fold';
import { cellText, isBlankRow, type Cell } from './cells';

export interface FieldHeaders<F extends string> {
  readonly field: F;
  /** Header texts that name the field, in any spelling: they are compared folded. */
  readonly headers: readonly string[];
}

/** Where a column goes: one of the entity's fields, the notes, or nowhere. */
export type ColumnTarget<F extends string> = F | 'notes' | 'ignore';

export interface SheetColumn {
  readonly index: number;
  /** The header as the file writes it (group header and header, when both exist). */
  readonly label: string;
  /** The folded header: what a remembered mapping is keyed by. */
  readonly key: string;
}

export interface SheetLayout {
  /** Index of the header row among the sheet's rows (0-based); -1 when the sheet has no header. */
  readonly headerRow: number;
  readonly columns: readonly SheetColumn[];
}

const SMALL_WORDS = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'de', 'd', 'e', 'ed', 'of', 'the', 'and', 'a', 'da', 'in', 'n', 'nr', 'no', 'num']);
const HEADER_SEARCH_ROWS = 30;
/** A header that begins with a known name longer than this is taken for it ("Telefono / cellulare"). */
const PREFIX_MIN = 4;

/** Two folded forms of a header: every word run together, and the same without the small words. */
export function headerKeys(text: string): readonly [string, string] {
  const words = searchKey(text).split(' ').filter(Boolean);
  return [words.join(''), words.filter((word) => !SMALL_WORDS.has(word)).join('')];
}

export interface HeaderMatcher<F extends string> {
  /** The field a header names: exactly, or by beginning with one of its names. */
  match(label: string): F | undefined;
  /** Only a header that is one of the field's names (folded). */
  matchExact(label: string): F | undefined;
}

export function headerMatcher<F extends string>(definitions: readonly FieldHeaders<F>[]): HeaderMatcher<F> {
  const exact = new Map<string, F>();
  const prefixes: [string, F][] = [];
  for (const { field, headers } of definitions) {
    for (const header of headers) {
      for (const key of headerKeys(header)) {
        if (!key) continue;
        exact.set(key, field);
        if (key.length >= PREFIX_MIN) prefixes.push([key, field]);
      }
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const matchExact = (label: string): F | undefined => {
    for (const key of headerKeys(label)) {
      const found = key ? exact.get(key) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const matchPrefix = (label: string): F | undefined => {
    for (const key of headerKeys(label)) {
      const found = prefixes.find(([prefix]) => key.startsWith(prefix));
      if (found) return found[1];
    }
    return undefined;
  };
  return { matchExact, match: (label) => matchExact(label) ?? matchPrefix(label) };
}

/** Group headers over merged cells: each blank cell takes the text on its left (the merge's first cell). */
function spreadGroupHeaders(row: readonly Cell[], width: number): string[] {
  const texts: string[] = [];
  let last = '';
  for (let index = 0; index < width; index++) {
    const text = cellText(row[index]);
    if (text) last = text;
    texts.push(text || last);
  }
  return texts;
}

function columnsOf<F extends string>(rows: readonly (readonly Cell[])[], headerRow: number, width: number, matcher: HeaderMatcher<F>): { columns: SheetColumn[]; matched: Set<F> } {
  const header = rows[headerRow] ?? [];
  const above = headerRow > 0 ? rows[headerRow - 1] : undefined;
  const filled = (row: readonly Cell[]) => row.filter((cell) => cellText(cell) !== '').length;
  // A row above counts as group headers when it has fewer texts than the header row and is not blank.
  const groups = above && !isBlankRow(above) && filled(above) < filled(header) ? spreadGroupHeaders(above, width) : [];
  const matched = new Set<F>();
  const columns: SheetColumn[] = [];
  for (let index = 0; index < width; index++) {
    const own = cellText(header[index]);
    const group = groups[index] ?? '';
    // The header alone first, then with its group before or after it ("NASCITA" over "DATA" is
    // "DATA NASCITA"); exact names before names a header merely begins with.
    const candidates = own && group && group !== own ? [own, `${group} ${own}`, `${own} ${group}`] : [own || group];
    const label = candidates.find((text) => matcher.matchExact(text) !== undefined) ?? candidates.find((text) => matcher.match(text) !== undefined) ?? candidates[1] ?? candidates[0] ?? '';
    const field = matcher.match(label);
    if (field) matched.add(field);
    columns.push({ index, label, key: headerKeys(label)[0] });
  }
  return { columns, matched };
}

/** The header row (the one among the first rows naming most known fields) and its columns. */
export function findLayout<F extends string>(rows: readonly (readonly Cell[])[], matcher: HeaderMatcher<F>): SheetLayout {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  let best: { headerRow: number; columns: SheetColumn[]; score: number } | undefined;
  let looked = 0;
  for (let row = 0; row < rows.length && looked < HEADER_SEARCH_ROWS; row++) {
    if (isBlankRow(rows[row] ?? [])) continue;
    looked++;
    const { columns, matched } = columnsOf(rows, row, width, matcher);
    if (!best || matched.size > best.score) best = { headerRow: row, columns, score: matched.size };
  }
  if (!best) return { headerRow: -1, columns: [] };
  return { headerRow: best.headerRow, columns: best.columns.filter((column) => column.label !== '' || rows.slice(best.headerRow + 1).some((row) => cellText(row[column.index]) !== '')) };
}

/**
 * Each column's target: what was chosen for the same header last time, else the field its header
 * names (the first column naming a field wins it), else nowhere.
 */
export function autoMapping<F extends string>(columns: readonly SheetColumn[], matcher: HeaderMatcher<F>, remembered: Readonly<Record<string, ColumnTarget<F>>> = {}): ColumnTarget<F>[] {
  const taken = new Set<string>();
  return columns.map((column) => {
    const chosen = column.key ? remembered[column.key] : undefined;
    const target = chosen ?? matcher.match(column.label) ?? 'ignore';
    if (target !== 'notes' && target !== 'ignore') {
      if (taken.has(target)) return 'ignore';
      taken.add(target);
    }
    return target;
  });
}

/** The mapping to remember: header key → target, for the columns that have a header. */
export function mappingToRemember<F extends string>(columns: readonly SheetColumn[], mapping: readonly ColumnTarget<F>[]): Record<string, ColumnTarget<F>> {
  const remembered: Record<string, ColumnTarget<F>> = {};
  columns.forEach((column, position) => {
    const target = mapping[position];
    if (column.key && target) remembered[column.key] = target;
  });
  return remembered;
}
