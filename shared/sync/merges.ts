// Two files of one person, merged. Two counselors offline can each register the same worker; the
// coordinator merges the files: the survivor takes the chosen value of every field, the other file
// becomes a tombstone with a pointer to the survivor (`mergedInto`). It keeps its fields and their
// clocks: they are what tells every laptop which writes were already seen (version vectors are
// computed from the clocks held), and the survivor holds the same person's data anyway.
// Nothing else is rewritten: events are immutable, and the rows and events that still name the
// absorbed id are read as the survivor's (`redirectsOf`), on every laptop, whenever they arrive.
// An edit made offline to the absorbed file after the merge reaches the survivor by `foldAbsorbed`,
// field by field by HLC like any merge, so every laptop computes the same survivor from the same
// rows, whatever order they came in.
import { latestClock as latestOf, sameValue, type Author } from './record';
import type { AnyRecord } from './types';

/** The field of an absorbed worker's tombstone that names the file it was merged into. */
export const MERGED_INTO = 'mergedInto';

/** What a redirect is read from: a worker's id, tombstone and fields (the pointer is not sensitive). */
export type MergeableRow = Pick<AnyRecord, 'id' | 'deletedAt'> & { readonly data: Readonly<Record<string, unknown>> };

/** The survivor an absorbed worker points to, or undefined for a file that was not merged. */
export function mergedIntoOf(record: MergeableRow): string | undefined {
  const target = record.data[MERGED_INTO];
  return record.deletedAt !== null && typeof target === 'string' && target !== '' ? target : undefined;
}

/**
 * Absorbed worker id → the file it finally lives in (chains followed: A into B, B into C gives A → C).
 * A cycle, which one coordinator cannot make but two could, is broken at its smallest id, the same
 * on every laptop: that file keeps its own id.
 */
export function redirectsOf(workers: readonly MergeableRow[]): Map<string, string> {
  const pointer = new Map<string, string>();
  for (const worker of workers) {
    const target = mergedIntoOf(worker);
    if (target !== undefined && target !== worker.id) pointer.set(worker.id, target);
  }
  const resolved = new Map<string, string>();
  for (const start of pointer.keys()) {
    const path: string[] = [];
    let current = start;
    while (pointer.has(current) && !path.includes(current)) {
      path.push(current);
      current = pointer.get(current) ?? current;
    }
    // Back at a file already on the path: a cycle, rooted at its smallest id.
    const end = path.includes(current) ? [...path.slice(path.indexOf(current))].sort()[0] ?? current : current;
    for (const id of path) if (id !== end) resolved.set(id, end);
  }
  return resolved;
}

export function resolveWorker(id: string, redirects: ReadonlyMap<string, string>): string {
  return redirects.get(id) ?? id;
}

/** Every id that is read as `survivorId`'s: itself and the files merged into it. */
export function aliasesOf(survivorId: string, redirects: ReadonlyMap<string, string>): string[] {
  const ids = [survivorId];
  for (const [absorbed, survivor] of redirects) if (survivor === survivorId) ids.push(absorbed);
  return ids;
}

/** Per differing field, whose value the survivor keeps. */
export type MergeChoices = Readonly<Record<string, 'survivor' | 'absorbed'>>;

/** The fields on which two files differ, and which side holds the newer value of each. */
export function differingFields(survivor: AnyRecord, absorbed: AnyRecord): { field: string; newer: 'survivor' | 'absorbed' }[] {
  const fields = new Set([...Object.keys(survivor.data), ...Object.keys(absorbed.data)]);
  fields.delete(MERGED_INTO);
  const differing: { field: string; newer: 'survivor' | 'absorbed' }[] = [];
  for (const field of [...fields].sort()) {
    if (sameValue(survivor.data[field], absorbed.data[field])) continue;
    differing.push({ field, newer: (absorbed.clock[field] ?? '') > (survivor.clock[field] ?? '') ? 'absorbed' : 'survivor' });
  }
  return differing;
}

export interface MergedPair {
  readonly survivor: AnyRecord;
  readonly absorbed: AnyRecord;
}

/**
 * The merge as two record versions written at `hlc`: every differing field of the survivor takes
 * the chosen value (the newer one by default) with the merge's HLC, so values the merge did not
 * see win only if they are newer; the absorbed file gets its pointer and is tombstoned at the same
 * HLC. The survivor returned is already folded with it (`foldAbsorbed`), so nothing moves later.
 */
export function mergeFiles(survivor: AnyRecord, absorbed: AnyRecord, choices: MergeChoices, hlc: string, author: Author): MergedPair {
  const fromAbsorbed = new Set<string>();
  const clock: Record<string, string> = { ...survivor.clock };
  for (const { field, newer } of differingFields(survivor, absorbed)) {
    if ((choices[field] ?? newer) === 'absorbed') fromAbsorbed.add(field);
    clock[field] = hlc;
  }
  // A field the chosen side does not have (an optional one left empty) leaves the survivor.
  const fields = new Set([...Object.keys(survivor.data), ...fromAbsorbed]);
  const data = Object.fromEntries(
    [...fields].flatMap((field) => {
      const source = fromAbsorbed.has(field) ? absorbed.data : survivor.data;
      return field in source ? [[field, source[field]] as const] : [];
    }),
  );
  const touched = { updatedAt: author.nowIso, updatedBy: author.counselorId, deviceId: author.deviceId };
  const tombstoned: AnyRecord = { ...absorbed, data: { ...absorbed.data, [MERGED_INTO]: survivor.id }, clock: { ...absorbed.clock, [MERGED_INTO]: hlc }, deletedAt: hlc, ...touched };
  return { survivor: foldAbsorbed({ ...survivor, data, clock, ...touched }, [tombstoned]).record, absorbed: tombstoned };
}

/**
 * The survivor with every field an absorbed file wrote later than the survivor's own value (an
 * edit made offline to the old file after the merge), when it differs: copied with its own HLC, so
 * the value is the same in any order and on any laptop. A deleted survivor (erased) takes nothing.
 */
export function foldAbsorbed(survivor: AnyRecord, absorbed: readonly AnyRecord[]): { record: AnyRecord; changed: boolean } {
  if (survivor.deletedAt !== null) return { record: survivor, changed: false };
  let data: Record<string, unknown> | null = null;
  let clock: Record<string, string> | null = null;
  let latest: { hlc: string; file: AnyRecord } | null = null;
  for (const file of absorbed) {
    for (const [field, value] of Object.entries(file.data)) {
      if (field === MERGED_INTO) continue;
      const hlc = file.clock[field] ?? '';
      // An equal value is not copied: the survivor keeps its own clock, and with it the knowledge of
      // who wrote what (version vectors are computed from the clocks a laptop holds).
      if (hlc <= ((clock ?? survivor.clock)[field] ?? '') || sameValue(value, (data ?? survivor.data)[field])) continue;
      data ??= { ...survivor.data };
      clock ??= { ...survivor.clock };
      data[field] = value;
      clock[field] = hlc;
      if (!latest || hlc > latest.hlc) latest = { hlc, file };
    }
  }
  if (!data || !clock || !latest) return { record: survivor, changed: false };
  const { updatedAt, updatedBy, deviceId } = latest.file;
  const newerThanSurvivor = latest.hlc > latestOf(survivor);
  return { record: { ...survivor, data, clock, ...(newerThanSurvivor ? { updatedAt, updatedBy, deviceId } : {}) }, changed: true };
}

/**
 * The survivors `touched` ids resolve to, folded with every file merged into them: the records to
 * write (those that changed). `workers`: every worker row the laptop holds, after the merge of a
 * bundle or a local change.
 */
export function foldSurvivors(workers: readonly AnyRecord[], touched: Iterable<string>): AnyRecord[] {
  const redirects = redirectsOf(workers);
  const byId = new Map(workers.map((worker) => [worker.id, worker]));
  const survivors = new Set<string>();
  for (const id of touched) survivors.add(resolveWorker(id, redirects));
  const absorbedBySurvivor = new Map<string, AnyRecord[]>();
  for (const [absorbed, survivor] of redirects) {
    const record = byId.get(absorbed);
    if (!record || !survivors.has(survivor)) continue;
    const list = absorbedBySurvivor.get(survivor);
    if (list) list.push(record);
    else absorbedBySurvivor.set(survivor, [record]);
  }
  const written: AnyRecord[] = [];
  for (const [id, files] of absorbedBySurvivor) {
    const survivor = byId.get(id);
    if (!survivor) continue;
    const folded = foldAbsorbed(survivor, files);
    if (folded.changed) written.push(folded.record);
  }
  return written;
}
