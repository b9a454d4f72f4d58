// The preview of an import, before anything is written: every row with its fate and its problems,
// each problem on a column. Entity rules (workers, employers) say how a row's cells read; this
// module says what becomes of each row: new, an update of a file already held, unchanged, skipped
// (already held, updates not wanted), rejected (a problem, or the same person as an earlier row), or
// excluded by the user. It is recomputed whole after every edit: a row fixed in place may free or
// take an identity another row has.
import { messageWithValues } from '../domain/messages';

/** A problem of a row: an i18n message (with values, see shared/domain/messages.ts) on one of its columns. */
export interface RowProblem<F extends string> {
  readonly field: F;
  readonly message: string;
}

/** What the entity's rules read from a row's cells. */
export interface RowReading<F extends string, V> {
  /** The values to write, when the row has no problem. */
  readonly value?: V;
  /** Who the row is (a codice fiscale's canonical form, a partita IVA), when it can be told. */
  readonly key?: string;
  readonly problems: readonly RowProblem<F>[];
}

export interface FieldChange<F extends string> {
  readonly field: F;
  readonly before: string;
  readonly after: string;
}

export interface EntityRules<F extends string, V, E> {
  /** The field that identifies a row (duplicate problems are put on it). */
  readonly keyField: F;
  /** The i18n key of the problem of a second row with the same key; its value `row` names the first. */
  readonly duplicateMessage: string;
  read(cells: Readonly<Partial<Record<F, string>>>, notes: string): RowReading<F, V>;
  /** The fields an update would change on a file already held, old → new, as shown. */
  changes(value: V, existing: E): FieldChange<F>[];
}

export interface SourceRow<F extends string> {
  /** The row's number in the sheet, as the spreadsheet shows it (1 is the first row). */
  readonly rowNumber: number;
  readonly cells: Readonly<Partial<Record<F, string>>>;
  /** Columns sent to the notes, as "Header: value" lines. */
  readonly notes: string;
}

export interface ReadRow<F extends string, V> extends SourceRow<F> {
  readonly reading: RowReading<F, V>;
  readonly excluded: boolean;
}

export type RowFate = 'new' | 'update' | 'unchanged' | 'skip' | 'rejected' | 'excluded';

export interface PreviewRow<F extends string, V> extends ReadRow<F, V> {
  readonly fate: RowFate;
  /** The reading's problems and, for a second row of the same person, that one. */
  readonly problems: readonly RowProblem<F>[];
  readonly existingId?: string;
  readonly changes: readonly FieldChange<F>[];
}

export interface Existing<E> {
  readonly id: string;
  readonly data: E;
}

export interface PreviewOptions {
  /** Update the files already held with the file's values (otherwise their rows are skipped). */
  readonly updateExisting: boolean;
}

export type FateCounts = Record<RowFate, number>;

export function readRow<F extends string, V, E>(rules: EntityRules<F, V, E>, source: SourceRow<F>, excluded = false): ReadRow<F, V> {
  return { ...source, reading: rules.read(source.cells, source.notes), excluded };
}

/** Every row's fate, given the files already held by key and whether to update them. */
export function settle<F extends string, V, E>(rules: EntityRules<F, V, E>, rows: readonly ReadRow<F, V>[], existing: ReadonlyMap<string, Existing<E>>, options: PreviewOptions): PreviewRow<F, V>[] {
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const { key } = row.reading;
    if (key !== undefined && !row.excluded && !firstRowOf.has(key)) firstRowOf.set(key, row.rowNumber);
  }
  return rows.map((row): PreviewRow<F, V> => {
    const { key, value } = row.reading;
    const first = key === undefined ? undefined : firstRowOf.get(key);
    const problems = first !== undefined && first !== row.rowNumber ? [...row.reading.problems, { field: rules.keyField, message: messageWithValues(rules.duplicateMessage, { row: first }) }] : row.reading.problems;
    const held = key === undefined ? undefined : existing.get(key);
    const base = { ...row, problems, existingId: held?.id, changes: [] as FieldChange<F>[] };
    if (row.excluded) return { ...base, fate: 'excluded' };
    if (problems.length > 0 || value === undefined) return { ...base, fate: 'rejected' };
    if (!held) return { ...base, fate: 'new' };
    const changes = rules.changes(value, held.data);
    if (changes.length === 0) return { ...base, fate: 'unchanged' };
    return { ...base, changes, fate: options.updateExisting ? 'update' : 'skip' };
  });
}

export function countFates(rows: readonly { fate: RowFate }[]): FateCounts {
  const counts: FateCounts = { new: 0, update: 0, unchanged: 0, skip: 0, rejected: 0, excluded: 0 };
  for (const row of rows) counts[row.fate]++;
  return counts;
}
