// The lists behind a report's figures, packed for storage: at 30,000 workers a month's report
// holds some 300,000 list lines, most naming a worker by id, and as JSON objects they took ~45 MB,
// read back slower than the records they were computed from. Packed, each list is a few columns of
// numbers, every text (ids, days, codes) written once in a table of strings. `unpackItems` gives
// back the same lines, field for field.
import type { DrillItem } from './types';

/** A list's columns: one entry per line, null where the line lacks the field; a column no line has is left out. */
export interface PackedItems {
  n: number;
  workerId?: (number | null)[];
  refId?: (number | null)[];
  date?: (number | null)[];
  employerId?: (number | null)[];
  code?: (number | null)[];
  amount?: (number | null)[];
}

export interface Packed<T> {
  strings: string[];
  value: T;
}

const TEXT_FIELDS = ['workerId', 'refId', 'date', 'employerId', 'code'] as const;

function isPackedItems(value: unknown): value is PackedItems {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { n?: unknown }).n === 'number';
}

/** Every `items` list inside `value` packed; the rest as it is. */
export function packItems<T>(value: T): Packed<unknown> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const text = (s: string) => {
    let at = index.get(s);
    if (at === undefined) {
      at = strings.length;
      strings.push(s);
      index.set(s, at);
    }
    return at;
  };
  const packList = (items: readonly DrillItem[]): PackedItems => {
    const packed: PackedItems = { n: items.length };
    for (const field of TEXT_FIELDS) {
      if (!items.some((item) => item[field] !== undefined)) continue;
      packed[field] = items.map((item) => {
        const v = item[field];
        return v === undefined ? null : text(v);
      });
    }
    if (items.some((item) => item.amount !== undefined)) packed.amount = items.map((item) => item.amount ?? null);
    return packed;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) out[key] = key === 'items' && Array.isArray(child) ? packList(child as DrillItem[]) : walk(child);
    return out;
  };
  return { strings, value: walk(value) };
}

/** The inverse of `packItems`. */
export function unpackItems<T>(packed: Packed<unknown>): T {
  const { strings } = packed;
  const unpackList = (list: PackedItems): DrillItem[] => {
    const items: DrillItem[] = new Array<DrillItem>(list.n);
    const workers = list.workerId;
    const others = TEXT_FIELDS.filter((field) => field !== 'workerId' && list[field] !== undefined);
    // Most lists name only workers (the enrolled tables list every enrolled worker): built in one go.
    if (workers && others.length === 0 && list.amount === undefined) {
      for (let i = 0; i < list.n; i++) {
        const at = workers[i];
        const workerId = at === undefined || at === null ? undefined : strings[at];
        items[i] = workerId === undefined ? {} : { workerId };
      }
      return items;
    }
    const columns = TEXT_FIELDS.flatMap((field) => {
      const column = list[field];
      return column ? [[field, column] as const] : [];
    });
    for (let i = 0; i < list.n; i++) {
      const item: DrillItem = {};
      for (const [field, column] of columns) {
        const at = column[i];
        const text = at === undefined || at === null ? undefined : strings[at];
        if (text !== undefined) item[field] = text;
      }
      const amount = list.amount?.[i];
      if (amount !== undefined && amount !== null) item.amount = amount;
      items[i] = item;
    }
    return items;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) out[key] = key === 'items' && isPackedItems(child) ? unpackList(child) : walk(child);
    return out;
  };
  return walk(packed.value) as T;
}
