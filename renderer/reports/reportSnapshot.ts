// The reports' input kept in step with the records. Every row the reports read of the large tables
// (worker files, events, candidacies, enrolments, ventures, offers, employers, meetings, courses) is
// kept, cut down and opened, in one of SNAPSHOT_PARTS sealed parts in `meta`, placed by its subject
// (shared/reports/partition.ts). The Dexie middleware renderer/db/reportResultsGuard.ts marks, inside
// the transaction of any write, the parts that hold the rows written (a new stamp replaces the part)
// or, for a write too wide, every part (a new generation). An opening reads the parts still whole,
// reads again from the records only the rows of the marked ones, and stores them back, unless a
// write came meanwhile: a part is stored only if its stamp and the generation are those read before
// its rows were. So after a save the next opening reads ~60 files and ~1,400 events instead of
// 30,000 and 720,000, and whatever it shows equals a reading of every record (reportSource.ts, the
// reference; renderer/reports/reportResults.property.test.ts). It is a cache: losing it costs time.
import type { Sealed } from '../../shared/crypto/sealed';
import { isSealed } from '../../shared/crypto/sealed';
import type { EventPayload } from '../../shared/domain/events';
import { partOf, SNAPSHOT_PARTS } from '../../shared/reports/partition';
import { createInterner, isReportedKind, toReportEvent, type Interner, type ReportEvent, type ReportPayload } from '../../shared/reports/reportEvent';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import { REPORT_SNAPSHOT_GENERATION_KEY, REPORT_SNAPSHOT_PREFIX, snapshotPartKey } from '../db/reportResultsGuard';
import type { ReadScope } from '../db/scope';
import type { CacheOptions } from './reportEventCache';
import { buildVersion } from './reportResultCache';
import { assembleReport, RAW_TABLES, rawWorkers, readAllRows, readBaseRows, readRawTables, type LoadedReport, type RawTables, type RawWorker } from './reportSource';

type Entry = [id: string, subjectId: string, occurredOn: string, hlc: string, payload: ReportPayload];

/** One part: its rows as the reports read them, each list in id order. */
export interface PartContent {
  workers: RawWorker[];
  events: Entry[];
  tables: RawTables;
}

/**
 * A part's events as stored: five indexes an event into one table of strings (ids, subjects, days,
 * HLCs, and payloads as JSON). At 30,000 workers the parts hold 720,000 events, as tuples ≈ 130 MB
 * of JSON to open at each reading; most subjects, days and payloads repeat.
 */
interface PackedEvents {
  strings: string[];
  rows: number[];
}

/** What a part stores: its lists, the events packed. */
type SealedContent = Omit<PartContent, 'events'> & { events: PackedEvents };

function packEvents(entries: readonly Entry[]): PackedEvents {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (text: string) => {
    let found = index.get(text);
    if (found === undefined) {
      found = strings.push(text) - 1;
      index.set(text, found);
    }
    return found;
  };
  const rows: number[] = [];
  for (const [id, subjectId, occurredOn, hlc, payload] of entries) rows.push(at(id), at(subjectId), at(occurredOn), at(hlc), at(JSON.stringify(payload)));
  return { strings, rows };
}

function unpackEvents({ strings, rows }: PackedEvents): Entry[] {
  const payloads = new Map<number, ReportPayload>();
  const payloadAt = (i: number) => {
    let payload = payloads.get(i);
    if (payload === undefined) {
      payload = JSON.parse(strings[i] ?? 'null') as ReportPayload;
      payloads.set(i, payload);
    }
    return payload;
  };
  const entries: Entry[] = [];
  for (let r = 0; r + 4 < rows.length; r += 5) entries.push([strings[rows[r] ?? -1] ?? '', strings[rows[r + 1] ?? -1] ?? '', strings[rows[r + 2] ?? -1] ?? '', strings[rows[r + 3] ?? -1] ?? '', payloadAt(rows[r + 4] ?? -1)]);
  return entries;
}

interface StoredPart {
  stamp: string;
  generation?: string;
  sealed?: Sealed;
}

/** Raise when what a part holds changes shape, so that parts stored by an older build are read again. */
const SNAPSHOT_FORMAT = 2;
/** Parts opened at once: bounds what is held twice (sealed and opened) at a time. */
const OPENED_AT_ONCE = 64;

export interface SnapshotOptions extends CacheOptions {
  /** Marked parts read again part by part, at most; past this every record is read once (as after an import). */
  rebuildAtMost?: number;
}

export interface SnapshotReading {
  loaded: LoadedReport;
  /** Parts read again from the records. */
  rebuilt: number;
  /** Whether every record was read (no snapshot yet, or most of it marked). */
  full: boolean;
}

interface SnapshotState {
  generation: string;
  parts: Map<number, StoredPart>;
}

const bindingOf = (db: PcoDatabase, part: number, stamp: string, generation: string) => `${snapshotPartKey(part)}|${stamp}|${generation}|${db.verno}|${SNAPSHOT_FORMAT}|${buildVersion()}`;

function isStoredPart(value: unknown): value is StoredPart {
  return typeof (value as Partial<StoredPart> | null)?.stamp === 'string';
}

const emptyTables = (): RawTables => ({ candidacies: [], enrolments: [], ventures: [], offers: [], employers: [], meetings: [], courses: [] });
const emptyPart = (): PartContent => ({ workers: [], events: [], tables: emptyTables() });
const byId = <R extends { id: string }>(a: R, b: R) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The row's own id first, also for the kinds whose id the reports cut: the events are merged in its order. */
const entryOf = (event: ReportEvent, id: string): Entry => [id, event.subjectId, event.occurredOn, event.hlc, event.payload];

async function readState(db: PcoDatabase): Promise<SnapshotState> {
  return db.transaction('r', db.meta, async () => {
    const [generation, rows] = await Promise.all([db.meta.get(REPORT_SNAPSHOT_GENERATION_KEY), db.meta.where('key').between(REPORT_SNAPSHOT_PREFIX, `${REPORT_SNAPSHOT_PREFIX}\uffff`).toArray()]);
    const parts = new Map<number, StoredPart>();
    for (const row of rows) if (isStoredPart(row.value)) parts.set(Number(row.key.slice(REPORT_SNAPSHOT_PREFIX.length)), row.value);
    return { generation: typeof generation?.value === 'string' ? generation.value : '', parts };
  });
}

/** The stamp a part had when read: '' for a part never marked nor stored. */
const stampOf = (state: SnapshotState, part: number) => state.parts.get(part)?.stamp ?? '';

/** The parts stored whole for this generation, opened; a part that fails to open counts as marked. */
async function openParts(db: PcoDatabase, codec: RecordCodec, state: SnapshotState, onProgress: (done: number) => void): Promise<Map<number, PartContent>> {
  const whole = [...state.parts].filter(([, stored]) => stored.generation === state.generation && isSealed(stored.sealed));
  const opened = new Map<number, PartContent>();
  for (let i = 0; i < whole.length; i += OPENED_AT_ONCE) {
    const batch = whole.slice(i, i + OPENED_AT_ONCE);
    const contents = await Promise.all(batch.map(([part, stored]) => (stored.sealed ? codec.openValue<SealedContent>(bindingOf(db, part, stored.stamp, state.generation), stored.sealed).then((content) => ({ ...content, events: unpackEvents(content.events) }), () => undefined) : undefined)));
    batch.forEach(([part, stored], j) => {
      const content = contents[j];
      if (content) opened.set(part, content);
      // The sealed copy is not needed once opened: at 30,000 workers the parts hold ≈ 60 MB of it.
      delete stored.sealed;
    });
    onProgress(Math.min(whole.length, i + OPENED_AT_ONCE) / Math.max(1, whole.length));
  }
  return opened;
}

/**
 * The rows of some parts, read from the records. Their events are those about the part's worker
 * files (live, erased or merged) and live candidacies and enrolments, read through the subject
 * index: an event about anything else is one no report counts (reportSource.ts drops it too).
 */
export async function readParts(db: PcoDatabase, codec: RecordCodec, parts: ReadonlySet<number>, intern: Interner = createInterner()): Promise<Map<number, PartContent>> {
  const mine = (id: string) => parts.has(partOf(id));
  const [workerIds, tables] = await Promise.all([db.workers.toCollection().primaryKeys(), readRawTables(db, codec, mine)]);
  const ownIds = workerIds.filter(mine);
  const subjects = [...ownIds, ...tables.candidacies.map((c) => c.id), ...tables.enrolments.map((e) => e.id)];
  const [workerRows, subjectRows] = await Promise.all([db.workers.bulkGet(ownIds), subjects.length > 0 ? db.events.where('subjectId').anyOf(subjects).toArray() : []]);
  const eventRows = subjectRows.filter((row) => isReportedKind(row.kind));
  const [workers, payloads] = await Promise.all([rawWorkers(codec, workerRows.filter((row) => row !== undefined), intern), Promise.all(eventRows.map((row) => codec.openValue<EventPayload>(`events:${row.id}`, row.payload)))]);
  const contents = new Map<number, PartContent>([...parts].map((part) => [part, emptyPart()]));
  const at = (id: string) => contents.get(partOf(id));
  for (const worker of workers) at(worker.id)?.workers.push(worker);
  for (const table of RAW_TABLES) for (const row of tables[table]) (at(row.id)?.tables[table] as { id: string }[] | undefined)?.push(row);
  eventRows.forEach((row, i) => {
    const payload = payloads[i];
    const event = payload && toReportEvent({ id: row.id, subjectId: row.subjectId, occurredOn: row.occurredOn, hlc: row.hlc, payload }, intern);
    if (event) at(event.subjectId)?.events.push(entryOf(event, row.id));
  });
  for (const content of contents.values()) {
    content.workers.sort(byId);
    content.events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  return contents;
}

/** Stores parts read from the records, each only if no write marked it (or every part) since `state` was read. */
async function storeParts(db: PcoDatabase, codec: RecordCodec, state: SnapshotState, contents: ReadonlyMap<number, PartContent>): Promise<void> {
  const sealed = new Map<number, Sealed>();
  const parts = [...contents.keys()];
  for (let i = 0; i < parts.length; i += OPENED_AT_ONCE) {
    const batch = parts.slice(i, i + OPENED_AT_ONCE);
    const values = await Promise.all(
      batch.map((part) => {
        const content = contents.get(part) ?? emptyPart();
        return codec.sealValue(bindingOf(db, part, stampOf(state, part), state.generation), { ...content, events: packEvents(content.events) } satisfies SealedContent);
      }),
    );
    batch.forEach((part, j) => {
      const value = values[j];
      if (value) sealed.set(part, value);
    });
  }
  await db.transaction('rw', db.meta, async () => {
    const [generation, rows] = await Promise.all([db.meta.get(REPORT_SNAPSHOT_GENERATION_KEY), db.meta.bulkGet(parts.map(snapshotPartKey))]);
    if ((typeof generation?.value === 'string' ? generation.value : '') !== state.generation) return;
    const stampNow = new Map(
      parts.map((part, i) => {
        const value = rows[i]?.value;
        return [part, isStoredPart(value) ? value.stamp : ''];
      }),
    );
    const puts = [...sealed].filter(([part]) => stampNow.get(part) === stampOf(state, part));
    await db.meta.bulkPut(puts.map(([part, value]) => ({ key: snapshotPartKey(part), value: { stamp: stampOf(state, part), generation: state.generation, sealed: value } satisfies StoredPart })));
  });
}

/** Every part's lists merged, each in id order (the order a reading of every record gives). */
function merged(contents: Iterable<PartContent>): { workers: RawWorker[]; tables: RawTables; events: Entry[] } {
  const workers: RawWorker[] = [];
  const tables = emptyTables();
  const events: Entry[] = [];
  for (const content of contents) {
    workers.push(...content.workers);
    for (const table of RAW_TABLES) (tables[table] as { id: string }[]).push(...content.tables[table]);
    for (const entry of content.events) events.push(entry);
  }
  workers.sort(byId);
  for (const table of RAW_TABLES) (tables[table] as { id: string }[]).sort(byId);
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { workers, tables, events };
}

/** Reads every record once, and stores every part from it. */
async function rebuildAll(db: PcoDatabase, codec: RecordCodec, state: SnapshotState, scope: ReadScope, onProgress: (done: number) => void, options: CacheOptions): Promise<LoadedReport> {
  const intern = createInterner();
  const all = await readAllRows(db, codec, (done) => onProgress(0.9 * done), options, intern);
  const contents = new Map<number, PartContent>(Array.from({ length: SNAPSHOT_PARTS }, (_, part) => [part, emptyPart()]));
  const at = (id: string) => contents.get(partOf(id));
  for (const worker of all.workers) at(worker.id)?.workers.push(worker);
  for (const table of RAW_TABLES) for (const row of all.tables[table]) (at(row.id)?.tables[table] as { id: string }[] | undefined)?.push(row);
  // As readParts keeps them: the events about a worker file, a live candidacy or a live enrolment.
  const subjects = new Set([...all.workers.map((w) => w.id), ...all.tables.candidacies.map((c) => c.id), ...all.tables.enrolments.map((e) => e.id)]);
  const loaded = await assembleReport(all.base, all.workers, all.tables, (keep) => all.events((event, id) => {
    if (subjects.has(event.subjectId)) at(event.subjectId)?.events.push(entryOf(event, id));
    keep(event);
  }), scope);
  // A failure to store costs the next opening time, never this one its answer.
  await storeParts(db, codec, state, contents).catch(() => undefined);
  onProgress(1);
  return loaded;
}

/** The report's input within a scope, from the snapshot: what `loadReportInput` would give. */
export async function loadReportSnapshot(db: PcoDatabase, codec: RecordCodec, scope: ReadScope, onProgress: (done: number) => void = () => {}, options: SnapshotOptions = {}): Promise<SnapshotReading> {
  const state = await readState(db);
  const rebuildAtMost = options.rebuildAtMost ?? SNAPSHOT_PARTS / 8;
  const whole = [...state.parts.values()].filter((stored) => stored.generation === state.generation && stored.sealed).length;
  if (SNAPSHOT_PARTS - whole > rebuildAtMost) return { loaded: await rebuildAll(db, codec, state, scope, onProgress, options), rebuilt: SNAPSHOT_PARTS, full: true };
  const [base, opened] = await Promise.all([readBaseRows(db, codec), openParts(db, codec, state, (done) => onProgress(0.8 * done))]);
  const marked = new Set(Array.from({ length: SNAPSHOT_PARTS }, (_, part) => part).filter((part) => !opened.has(part)));
  if (marked.size > rebuildAtMost) return { loaded: await rebuildAll(db, codec, state, scope, onProgress, options), rebuilt: SNAPSHOT_PARTS, full: true };
  const intern = createInterner();
  const fresh = marked.size > 0 ? await readParts(db, codec, marked, intern) : new Map<number, PartContent>();
  if (fresh.size > 0) await storeParts(db, codec, state, fresh).catch(() => undefined);
  const { workers, tables, events } = merged([...opened.values(), ...fresh.values()]);
  const loaded = await assembleReport(base, workers, tables, async (keep) => {
    for (const [id, subjectId, occurredOn, hlc, payload] of events) {
      const event = toReportEvent({ id, subjectId, occurredOn, hlc, payload }, intern);
      if (event) keep(event);
    }
  }, scope);
  onProgress(1);
  return { loaded, rebuilt: marked.size, full: false };
}

/** What the snapshot holds now for every part stored whole, opened (tests compare it with the records). */
export async function storedParts(db: PcoDatabase, codec: RecordCodec): Promise<Map<number, PartContent>> {
  return openParts(db, codec, await readState(db), () => {});
}
