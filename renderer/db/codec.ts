// Encryption at rest for stored records: the sensitive fields of a record travel sealed
// (AES-GCM under the data key, bound to table and id); the rest stays readable for indexes.
// Opened records are cached per seal, so listing thousands after unlock decrypts each once, even
// when two screens list them at the same moment (the pending decryption is what is cached).
import { openJson, sealJson, type Sealed } from '../../shared/crypto/sealed';
import type { VersionedRecord } from '../../shared/sync/record';

export type StoredRecord<T extends object> = Omit<VersionedRecord<T>, 'data'> & {
  /** Non-sensitive fields, in clear. */
  data: Partial<T>;
  /** Sensitive fields, sealed; null when the record has none (or after erasure). */
  sealed: Sealed | null;
};

export interface RecordCodec {
  /** The key itself, for a Web Worker that reads records on its own connection (it is never exported). */
  readonly dataKey: CryptoKey;
  seal<T extends object>(table: string, record: VersionedRecord<T>, sensitive: readonly (keyof T)[]): Promise<StoredRecord<T>>;
  open<T extends object>(table: string, row: StoredRecord<T>): Promise<VersionedRecord<T>>;
  /** Only the sealed fields of a record (as `open` would merge them), from the same cache. */
  openSealedFields<T extends object>(table: string, id: string, sealed: Sealed): Promise<Partial<T>>;
  sealValue(purpose: string, value: unknown): Promise<Sealed>;
  openValue<T>(purpose: string, sealed: Sealed): Promise<T>;
  /** Forget every decrypted value (on lock). */
  clear(): void;
}

export function createRecordCodec(dataKey: CryptoKey): RecordCodec {
  let cache = new Map<string, { iv: string; secret: Promise<object> }>();

  function openSealedFields<T extends object>(table: string, id: string, sealed: Sealed): Promise<Partial<T>> {
    const cacheKey = `${table}:${id}`;
    const hit = cache.get(cacheKey);
    if (hit && hit.iv === sealed.iv) return hit.secret as Promise<Partial<T>>;
    const secret = openJson<Partial<T>>(dataKey, sealed, cacheKey);
    const entry = { iv: sealed.iv, secret };
    cache.set(cacheKey, entry);
    // A failed opening is not remembered: the next read tries again (and reports again).
    secret.catch(() => cache.get(cacheKey) === entry && cache.delete(cacheKey));
    return secret;
  }

  return {
    async seal<T extends object>(table: string, record: VersionedRecord<T>, sensitive: readonly (keyof T)[]): Promise<StoredRecord<T>> {
      const clear: Record<string, unknown> = {};
      const secret: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record.data)) {
        if ((sensitive as readonly string[]).includes(key)) secret[key] = value;
        else clear[key] = value;
      }
      const sealed = Object.keys(secret).length > 0 ? await sealJson(dataKey, secret, `${table}:${record.id}`) : null;
      if (sealed) cache.set(`${table}:${record.id}`, { iv: sealed.iv, secret: Promise.resolve(secret) });
      return { ...record, data: clear as Partial<T>, sealed };
    },

    async open<T extends object>(table: string, row: StoredRecord<T>): Promise<VersionedRecord<T>> {
      const { sealed, data: clearPart, ...meta } = row;
      // The casts to T are sound: both halves were split from a schema-validated T by `seal`.
      if (!sealed) return { ...meta, data: clearPart as T };
      return { ...meta, data: { ...clearPart, ...(await openSealedFields<T>(table, row.id, sealed)) } as T };
    },

    openSealedFields,
    dataKey,
    sealValue: (purpose, value) => sealJson(dataKey, value, purpose),
    openValue: (purpose, sealed) => openJson(dataKey, sealed, purpose),

    clear() {
      cache = new Map();
    },
  };
}
