// The coordinator store: the merged state of the programme as the headless coordinator holds it
// (SyncData + conflicts, device registry inside records.devices, peers, applied bundles), encrypted
// with age to the programme recipient, so it is never in clear on disk.
//
// Version 2 (written): NDJSON. Line 1 is the header (the small fields and how many lines of each
// kind follow), then one line per record, event, audit row, statistic, conflict, channel, applied
// bundle and recovery key. A year of a 30,000-worker programme is hundreds of megabytes of JSON,
// more than the longest string a JS engine makes (V8: 2^29 − 24 characters): the store is written
// a batch of lines at a time as age encrypts it, and read a line at a time as age decrypts it,
// with the bundle's own helpers (shared/sync/bundle: payloadChunks, lineSplitter, age streams).
// Version 1 (still read): the whole store as one JSON document.
import { access } from 'node:fs/promises';
import { z } from 'zod';
import { EMPTY_MEMORY_STATE, versionVectorSchema, type AnyRecord, type Conflict, type MemoryState, type SyncEvent, type SyncTable } from '../../shared/sync';
import { eachPiece, encryptChunks, openEncrypted } from '../../shared/sync/bundle/age';
import { PAYLOAD_BATCH_CHARS, lineSplitter, payloadChunks } from '../../shared/sync/bundle/payload';
import { utf8Decode, utf8DecodePiece } from '../../shared/sync/bytes';
import type { AuditEntry } from '../../shared/domain/audit';
import type { StatisticalRecord } from '../../shared/gdpr/statisticalRecord';
import { CliError } from '../io';
import type { ProgrammeIdentity } from './identity';
import { readBytes, writeBytesAtomically } from './files';

export const STORE_FORMAT = 'pco-store';
/** The version written; every earlier one is still read. */
export const STORE_VERSION = 2;
/** Characters of JSON per chunk handed to age when writing (the bundle payload's batch). */
export const STORE_BATCH_CHARS = PAYLOAD_BATCH_CHARS;

const anchorSchema = z.object({ deviceId: z.string().min(1), label: z.string(), signPublicKey: z.string().min(1) });
/** `code`: the enrolment code the coordinator gave with the file (`--code`); without it the laptop's first bundle cannot be proven. */
const pendingSchema = z.object({ enrolmentId: z.string().min(1), counselorId: z.string().min(1), code: z.string().min(1).optional() });
const peerSchema = z.object({ knows: versionVectorSchema, caseload: z.array(z.string()), lastBundleId: z.string(), lastSeenAt: z.string() });
const appliedSchema = z.object({
  bundleId: z.string(),
  sender: z.string(),
  receiver: z.string(),
  createdAt: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  appliedAt: z.string(),
});
const withId = z.looseObject({ id: z.string().min(1) });
// Rows are checked for shape only: the store is ours, authenticated by who can decrypt it, and a
// full zod pass over a year of 30,000 workers would cost more than the merge itself.
const stateSchema = z.object({
  records: z.record(z.string(), z.array(withId)),
  events: z.array(withId),
  audit: z.array(withId),
  statistics: z.array(withId),
  conflicts: z.array(withId),
});

/** Version 1: the whole store, one JSON document. Also the shape of the store in memory. */
export const storeSchema = z.object({
  format: z.literal(STORE_FORMAT),
  version: z.number().int().positive(),
  programmeId: z.string().min(1),
  /** The coordinator device named by an enrolment file: trusted until the registry names it. */
  anchor: anchorSchema,
  /** Enrolment files seen whose laptop may announce itself with its first bundle. */
  pendingEnrolments: z.array(pendingSchema),
  state: stateSchema,
  /** By channel `${senderDeviceId}>${receiverDeviceId}`: the last bundle applied on it. */
  peers: z.record(z.string(), peerSchema),
  applied: z.array(appliedSchema),
  recoveryKeys: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});

export type Store = Omit<z.infer<typeof storeSchema>, 'state'> & { state: MemoryState };
export type StoreAnchor = z.infer<typeof anchorSchema>;
export type AppliedEntry = z.infer<typeof appliedSchema>;

export function emptyStore(programmeId: string, anchor: StoreAnchor, nowIso: string): Store {
  return { format: STORE_FORMAT, version: STORE_VERSION, programmeId, anchor, pendingEnrolments: [], state: EMPTY_MEMORY_STATE, peers: {}, applied: [], recoveryKeys: {}, updatedAt: nowIso };
}

export async function storeExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

// ---- Version 2: the lines ----

const count = z.number().int().nonnegative();
/** How many lines of each kind follow the header: a store cut short, or with lines added, is refused. */
const countsSchema = z.object({
  records: z.record(z.string(), count),
  events: count,
  audit: count,
  statistics: count,
  conflicts: count,
  peers: count,
  applied: count,
  recoveryKeys: count,
});
type StoreCounts = z.infer<typeof countsSchema>;

/** Line 1: enough of it to tell a store and its version. */
const headSchema = z.looseObject({ format: z.literal(STORE_FORMAT), version: z.number().int().positive() });
const headerSchema = z.object({
  format: z.literal(STORE_FORMAT),
  version: z.literal(2),
  programmeId: z.string().min(1),
  anchor: anchorSchema,
  pendingEnrolments: z.array(pendingSchema),
  updatedAt: z.string(),
  counts: countsSchema,
});
type StoreHeader = z.infer<typeof headerSchema>;

const storeLineSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('record'), table: z.string().min(1), record: withId }),
  z.object({ t: z.literal('event'), event: withId }),
  z.object({ t: z.literal('audit'), entry: withId }),
  z.object({ t: z.literal('statistic'), record: withId }),
  z.object({ t: z.literal('conflict'), conflict: withId }),
  z.object({ t: z.literal('peer'), channel: z.string().min(1), peer: peerSchema }),
  z.object({ t: z.literal('applied'), entry: appliedSchema }),
  z.object({ t: z.literal('recoveryKey'), deviceId: z.string().min(1), wrappedDataKey: z.string() }),
]);

/** The lines after the header, as written. */
type StoreLine =
  | { readonly t: 'record'; readonly table: string; readonly record: AnyRecord }
  | { readonly t: 'event'; readonly event: SyncEvent }
  | { readonly t: 'audit'; readonly entry: AuditEntry }
  | { readonly t: 'statistic'; readonly record: StatisticalRecord }
  | { readonly t: 'conflict'; readonly conflict: Conflict }
  | { readonly t: 'peer'; readonly channel: string; readonly peer: Store['peers'][string] }
  | { readonly t: 'applied'; readonly entry: AppliedEntry }
  | { readonly t: 'recoveryKey'; readonly deviceId: string; readonly wrappedDataKey: string };

function countsOf(store: Store): StoreCounts {
  const { state } = store;
  return {
    records: Object.fromEntries(Object.entries(state.records).map(([table, rows]) => [table, rows?.length ?? 0])),
    events: state.events.length,
    audit: state.audit.length,
    statistics: state.statistics.length,
    conflicts: state.conflicts.length,
    peers: Object.keys(store.peers).length,
    applied: store.applied.length,
    recoveryKeys: Object.keys(store.recoveryKeys).length,
  };
}

/** Every line of the version 2 plaintext, the header first, made one at a time. */
function* storeFileLines(store: Store): Generator<StoreHeader | StoreLine> {
  const { state } = store;
  yield { format: STORE_FORMAT, version: 2, programmeId: store.programmeId, anchor: store.anchor, pendingEnrolments: store.pendingEnrolments, updatedAt: store.updatedAt, counts: countsOf(store) };
  for (const [table, rows] of Object.entries(state.records)) for (const record of rows ?? []) yield { t: 'record', table, record };
  for (const event of state.events) yield { t: 'event', event };
  for (const entry of state.audit) yield { t: 'audit', entry };
  for (const record of state.statistics) yield { t: 'statistic', record };
  for (const conflict of state.conflicts) yield { t: 'conflict', conflict };
  for (const [channel, peer] of Object.entries(store.peers)) yield { t: 'peer', channel, peer };
  for (const entry of store.applied) yield { t: 'applied', entry };
  for (const [deviceId, wrappedDataKey] of Object.entries(store.recoveryKeys)) yield { t: 'recoveryKey', deviceId, wrappedDataKey };
}

/** The plaintext's UTF-8 chunks: `lines.map(JSON.stringify).join('\n')`, a batch of lines at a time. */
function storeChunks(store: Store, batchChars: number): Generator<Uint8Array> {
  return payloadChunks(storeFileLines(store), batchChars);
}

/**
 * The store file: its version 2 plaintext encrypted to `recipient`. The plaintext is never whole:
 * it is serialised once to learn its length (which age needs first), then again a batch at a time
 * as age encrypts it into the file's bytes. `batchChars` is for tests.
 */
export async function encryptStore(store: Store, recipient: string, batchChars = STORE_BATCH_CHARS): Promise<Uint8Array> {
  let plaintextBytes = 0;
  for (const chunk of storeChunks(store, batchChars)) plaintextBytes += chunk.length;
  let written = 0;
  function* plaintext(): Generator<Uint8Array> {
    for (const chunk of storeChunks(store, batchChars)) {
      written += chunk.length;
      if (written > plaintextBytes) break;
      yield chunk;
    }
    if (written !== plaintextBytes) throw new Error('The store changed while it was being written');
  }
  return encryptChunks(plaintext(), plaintextBytes, [recipient]);
}

export async function writeStore(path: string, store: Store, key: ProgrammeIdentity): Promise<void> {
  await writeBytesAtomically(path, await encryptStore(store, key.recipient));
}

// ---- Reading, either version ----

/** A store that decrypted but whose content is wrong: the message, Italian and English. */
type Fault = { readonly it: string; readonly en: string; readonly kind: 'invalid' | 'newer' | 'damaged' };

const damaged = (it: string, en: string): Fault => ({ it, en, kind: 'damaged' });

/** Takes the plaintext a line at a time (a lineSplitter's lines); `finish` gives the store or the first fault. */
function storeReader() {
  let header: StoreHeader | null = null;
  let whole: Store | null = null;
  let fault: Fault | null = null;
  let index = 0;
  let records = new Map<string, unknown[]>();
  let events: unknown[] = [];
  let audit: unknown[] = [];
  let statistics: unknown[] = [];
  let conflicts: unknown[] = [];
  let peers = new Map<string, Store['peers'][string]>();
  let applied: AppliedEntry[] = [];
  let recoveryKeys = new Map<string, string>();
  const release = () => {
    records = new Map();
    events = [];
    audit = [];
    statistics = [];
    conflicts = [];
    peers = new Map();
    applied = [];
    recoveryKeys = new Map();
  };

  /** Line 1: the version 2 header, or the whole version 1 store. */
  const first = (bytes: Uint8Array, last: boolean): Fault | null => {
    let json: unknown;
    try {
      json = JSON.parse(utf8Decode(bytes));
    } catch {
      return { it: 'non è un archivio pco valido', en: 'is not a valid pco store', kind: 'invalid' };
    }
    const head = headSchema.safeParse(json);
    if (!head.success) return { it: 'non è un archivio pco valido', en: 'is not a valid pco store', kind: 'invalid' };
    const { version } = head.data;
    if (version > STORE_VERSION) return { it: `archivio versione ${version}: aggiornare pco`, en: `store version ${version}: update pco`, kind: 'newer' };
    if (version === 1) {
      if (!last) return damaged("dopo il documento della versione 1 c'è altro", 'there is more after the version 1 document');
      const parsed = storeSchema.safeParse(json);
      if (!parsed.success) return { it: 'non è un archivio pco valido', en: 'is not a valid pco store', kind: 'invalid' };
      // Shape checked above; the rows are the sync core's plain data written by writeStore.
      whole = parsed.data as unknown as Store;
      return null;
    }
    const parsed = headerSchema.safeParse(json);
    if (!parsed.success) return damaged('la riga 1 (intestazione) non è valida', 'line 1 (the header) is invalid');
    header = parsed.data;
    for (const table of Object.keys(header.counts.records)) records.set(table, []);
    return null;
  };

  /** Any line after the header: `n` is its number in the file (1: the header). */
  const take = (text: string, n: number): Fault | null => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return damaged(`la riga ${n} non è JSON`, `line ${n} is not JSON`);
    }
    const parsed = storeLineSchema.safeParse(json);
    if (!parsed.success) return damaged(`la riga ${n} non è una riga dell'archivio`, `line ${n} is not a store line`);
    const line = parsed.data;
    switch (line.t) {
      case 'record': {
        const rows = records.get(line.table);
        if (!rows) return damaged(`la riga ${n} è della tabella ${line.table}, assente dall'intestazione`, `line ${n} belongs to table ${line.table}, missing from the header`);
        rows.push(line.record);
        break;
      }
      case 'event':
        events.push(line.event);
        break;
      case 'audit':
        audit.push(line.entry);
        break;
      case 'statistic':
        statistics.push(line.record);
        break;
      case 'conflict':
        conflicts.push(line.conflict);
        break;
      case 'peer':
        if (peers.has(line.channel)) return damaged(`la riga ${n} ripete il canale ${line.channel}`, `line ${n} repeats channel ${line.channel}`);
        peers.set(line.channel, line.peer);
        break;
      case 'applied':
        applied.push(line.entry);
        break;
      case 'recoveryKey':
        if (recoveryKeys.has(line.deviceId)) return damaged(`la riga ${n} ripete la chiave di ${line.deviceId}`, `line ${n} repeats the key of ${line.deviceId}`);
        recoveryKeys.set(line.deviceId, line.wrappedDataKey);
        break;
    }
    return null;
  };

  /** The lines of each kind against the header's counts. */
  const missing = (counts: StoreCounts): Fault | null => {
    const found: [string, number, number][] = [
      ...[...records].map(([table, rows]): [string, number, number] => [table, rows.length, counts.records[table] ?? 0]),
      ['events', events.length, counts.events],
      ['audit', audit.length, counts.audit],
      ['statistics', statistics.length, counts.statistics],
      ['conflicts', conflicts.length, counts.conflicts],
      ['peers', peers.size, counts.peers],
      ['applied', applied.length, counts.applied],
      ['recoveryKeys', recoveryKeys.size, counts.recoveryKeys],
    ];
    const wrong = found.filter(([, got, expected]) => got !== expected);
    if (wrong.length === 0) return null;
    const got = found.reduce((sum, [, n]) => sum + n, 0);
    const expected = found.reduce((sum, [, , n]) => sum + n, 0);
    const kinds = wrong.map(([kind, n, of]) => `${kind} ${n}/${of}`).join(', ');
    const cut = got < expected;
    return damaged(`${got + 1} righe dove l'intestazione ne dichiara ${expected + 1} (${kinds})${cut ? ': troncato?' : ''}`, `${got + 1} lines where the header says ${expected + 1} (${kinds})${cut ? ': truncated?' : ''}`);
  };

  return {
    line(bytes: Uint8Array, last: boolean): void {
      if (fault !== null) return;
      const n = ++index;
      if (n === 1) {
        fault = first(bytes, last);
      } else if (whole === null) {
        // A newline after the last line is tolerated: the writer does not put one there.
        if (last && bytes.length === 0) return;
        let text: string;
        try {
          text = utf8DecodePiece(bytes);
        } catch {
          fault = damaged(`la riga ${n} non è UTF-8`, `line ${n} is not UTF-8`);
          return;
        }
        fault = take(text, n);
      }
      if (fault !== null) release();
    },
    finish(): Store | Fault {
      if (fault !== null) return fault;
      if (whole !== null) return whole;
      if (header === null) return damaged('è vuoto', 'it is empty');
      const shortfall = missing(header.counts);
      if (shortfall) return shortfall;
      const state = {
        records: Object.fromEntries(records) as Partial<Record<SyncTable, AnyRecord[]>>,
        events: events as SyncEvent[],
        audit: audit as AuditEntry[],
        statistics: statistics as StatisticalRecord[],
        conflicts: conflicts as Conflict[],
      } satisfies MemoryState;
      const { format, version, programmeId, anchor, pendingEnrolments, updatedAt } = header;
      return { format, version, programmeId, anchor, pendingEnrolments, state, peers: Object.fromEntries(peers), applied, recoveryKeys: Object.fromEntries(recoveryKeys), updatedAt };
    },
  };
}

/**
 * The store in the file `bytes` (named `path` in errors), either version. age decrypts it 64 KiB at
 * a time and the plaintext is read a line at a time: no text longer than a line is made from it.
 * Damage age finds (a chunk that fails authentication, a file cut short) wins over any line's fault,
 * as when the whole file was decrypted first.
 */
export async function openStore(bytes: Uint8Array, path: string, key: Pick<ProgrammeIdentity, 'identity'>): Promise<Store> {
  const unreadable = (reason: 'notForThisDevice' | 'corrupted', detail: string) =>
    reason === 'notForThisDevice'
      ? new CliError(`l'archivio ${path} non si apre con questa identità`, `the store ${path} does not open with this identity`)
      : new CliError(`l'archivio ${path} è danneggiato o troncato (${detail})`, `the store ${path} is damaged or truncated (${detail})`);
  const opened = await openEncrypted(bytes, [key.identity]);
  if (!opened.ok) throw unreadable(opened.reason, opened.detail);
  const reader = storeReader();
  const lines = lineSplitter(reader.line);
  const failure = await eachPiece(opened.next, (piece) => lines.push(piece));
  if (failure) throw unreadable('corrupted', failure.detail);
  lines.end();
  const result = reader.finish();
  if ('state' in result) return result;
  if (result.kind === 'invalid') throw new CliError(`${path} ${result.it}`, `${path} ${result.en}`);
  if (result.kind === 'newer') throw new CliError(result.it, result.en);
  throw new CliError(`l'archivio ${path} è danneggiato: ${result.it}`, `the store ${path} is damaged: ${result.en}`);
}

export async function readStore(path: string, key: ProgrammeIdentity): Promise<Store> {
  return openStore(await readBytes(path, { it: "l'archivio", en: 'the store' }), path, key);
}
