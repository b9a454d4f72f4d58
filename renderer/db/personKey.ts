// Finding the file of the same person without opening every worker: each worker row carries a
// blind index of its codice fiscale, `personKey`, an HMAC-SHA-256 of the canonical code (omocodic
// variants share it) under a key derived from the data key. The column is indexed, so the duplicate
// check on a save reads the few rows with the same key instead of decrypting the programme. Without
// the data key the column says nothing: the code is never stored or indexed in clear, and an erased
// worker's row loses the column with its fields.
// The column is written wherever a worker row is sealed (storedRows.ts: repositories, sync, bulk
// import, demo), outside any transaction's wait. Rows written before schema v10 get it once after
// unlock (`fillPersonKeys`); until then the check also opens the rows that still lack it.
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { validateCodiceFiscale } from '../../shared/validation/codiceFiscale';
import type { Worker } from '../../shared/domain/worker';
import type { RecordCodec } from './codec';
import type { PcoDatabase } from './database';
import type { WorkerRow } from './rows';
import { PERSON_KEYS_META_KEY } from './schema';

/**
 * The data key is a non-extractable AES-GCM key: the only way to draw a secret from it is to encrypt.
 * One fixed IV, used for nothing else and always with the same zero plaintext, gives the same
 * keystream on every run (AES in counter mode as a PRF of the key); a random IV of a seal equals it
 * with probability 2^-96. HKDF turns that keystream into the HMAC key, named for its one purpose.
 */
const DERIVATION_IV = utf8ToBytes('pco-blindidx');
const DERIVATION_INFO = utf8ToBytes('pco-desk/worker-person-key/v1');
/** 128 bits of the HMAC: a chance collision only costs opening one more file (the match is confirmed). */
const KEY_BYTES = 16;
/** Rows opened and written per step of the one-time fill. */
const FILL_PAGE = 500;

const indexKeys = new WeakMap<CryptoKey, Promise<Uint8Array>>();

function indexKey(codec: RecordCodec): Promise<Uint8Array> {
  let key = indexKeys.get(codec.dataKey);
  if (!key) {
    key = crypto.subtle
      .encrypt({ name: 'AES-GCM', iv: DERIVATION_IV }, codec.dataKey, new Uint8Array(32))
      .then((stream) => hkdf(sha256, new Uint8Array(stream, 0, 32), undefined, DERIVATION_INFO, 32));
    indexKeys.set(codec.dataKey, key);
  }
  return key;
}

/** The canonical code of a codice fiscale, or undefined when it is not a valid one (never matched). */
export function canonicalCodiceFiscale(codiceFiscale: string | undefined): string | undefined {
  if (codiceFiscale === undefined) return undefined;
  const result = validateCodiceFiscale(codiceFiscale);
  return result.ok ? result.value.canonical : undefined;
}

/** The blind index of a canonical codice fiscale under this data key. */
export async function personKeyOf(codec: RecordCodec, canonical: string): Promise<string> {
  return bytesToHex(hmac(sha256, await indexKey(codec), utf8ToBytes(canonical)).subarray(0, KEY_BYTES));
}

/** The `personKey` column of a worker row sealed from `data`: none without a valid codice fiscale. */
export async function personKeyColumn(codec: RecordCodec, data: { readonly codiceFiscale?: unknown }): Promise<{ personKey?: string }> {
  const canonical = typeof data.codiceFiscale === 'string' ? canonicalCodiceFiscale(data.codiceFiscale) : undefined;
  return canonical === undefined ? {} : { personKey: await personKeyOf(codec, canonical) };
}

/** A worker row without its blind index (an erased row, or a pointer left by a merge). */
export function withoutPersonKey(row: WorkerRow): WorkerRow {
  const { personKey: _dropped, ...rest } = row;
  return rest;
}

/**
 * The rows that may be the person with this canonical code: those with its key, and while the
 * one-time fill has not finished, every row still without one. Deleted rows included: the caller
 * decides what counts.
 */
export async function personCandidates(db: PcoDatabase, codec: RecordCodec, canonical: string): Promise<WorkerRow[]> {
  const [keyed, unfilled] = await Promise.all([db.workers.where('personKey').equals(await personKeyOf(codec, canonical)).toArray(), db.meta.get(PERSON_KEYS_META_KEY)]);
  if (!unfilled) return keyed;
  const rest = await db.workers.filter((row) => row.personKey === undefined && row.sealed !== null).toArray();
  return [...keyed, ...rest].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Gives every worker row written before schema v10 its key, a page at a time, then drops the marker
 * the upgrade left. A row changed meanwhile was sealed again with its key: the write skips it.
 */
export async function fillPersonKeys(db: PcoDatabase, codec: RecordCodec, signal?: AbortSignal): Promise<number> {
  if (!(await db.meta.get(PERSON_KEYS_META_KEY))) return 0;
  const ids = await db.workers.toCollection().primaryKeys();
  let filled = 0;
  for (let start = 0; start < ids.length; start += FILL_PAGE) {
    signal?.throwIfAborted();
    const rows = (await db.workers.bulkGet(ids.slice(start, start + FILL_PAGE))).filter((row): row is WorkerRow => row !== undefined && row.personKey === undefined && row.sealed !== null);
    const opened = await Promise.all(
      rows.map(async (row) => {
        if (!row.sealed) return null;
        const { personKey } = await personKeyColumn(codec, await codec.openSealedFields<Worker>('workers', row.id, row.sealed));
        return personKey ? ([row.id, { iv: row.sealed.iv, personKey }] as const) : null;
      }),
    );
    const keyed = new Map(opened.filter((entry) => entry !== null));
    if (keyed.size === 0) continue;
    filled += await db.transaction('rw', db.workers, async () => {
      const current = await db.workers.bulkGet([...keyed.keys()]);
      const updated = current.flatMap((row) => {
        const key = row && keyed.get(row.id);
        return row && key && row.sealed?.iv === key.iv && row.personKey === undefined ? [{ ...row, personKey: key.personKey }] : [];
      });
      await db.workers.bulkPut(updated);
      return updated.length;
    });
  }
  await db.meta.delete(PERSON_KEYS_META_KEY);
  return filled;
}
